import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { EXERCISES, findExercise } from '../../src/shared/clinical/catalogue/exercises';
import { itemFromExercise } from '../../src/shared/clinical/program-builder';
import type { RedFlagScreen } from '../../src/shared/clinical/red-flag-screen';
import { suggestReturnToRunPlan } from '../../src/shared/clinical/return-to-run';
import { DEFAULT_CLINIC_PROFILE, type ClinicProfile } from '../../src/shared/domain/clinic-profile';
import type { ProgramItem, StoredProgramContent } from '../../src/shared/domain/program';
import type { HandoutSource } from '../../src/main/pdf/build-handout-data';

/** The fonts shipped with the app, as the tests find them in the source tree. */
export const FONTS_DIRECTORY = resolve('resources/fonts');

export const CLEAR_SCREEN: RedFlagScreen = {
  complete: true,
  unanswered: [],
  reasons: [],
  referralAdvised: false,
  stressFractureSuspected: false,
  noRunning: false,
  noHopping: false,
};

export const RED_FLAG_SCREEN: RedFlagScreen = {
  ...CLEAR_SCREEN,
  reasons: ['constant night or rest pain'],
  referralAdvised: true,
  noRunning: true,
  noHopping: true,
};

/** Library exercises with no running or hopping, so any screen allows them. */
export const SAFE_EXERCISES = EXERCISES.filter(
  (exercise) => exercise.cautions.length === 0 && exercise.category !== 'running-drill',
);

export const SAMPLE_CLINIC: ClinicProfile = {
  ...DEFAULT_CLINIC_PROFILE,
  name: 'Harbourside Physiotherapy',
  address: '12 Wharf Street\nPort Seaton 4021',
  phone: '+61 7 5555 0142',
  email: 'reception@harbourside.example',
  website: 'harbourside.example',
};

/** Program items for the first `count` safe library exercises, alternating sides. */
export function sampleItems(count: number): ProgramItem[] {
  return SAFE_EXERCISES.slice(0, count).map((exercise, index) => {
    const item = itemFromExercise(exercise, randomUUID);
    if (!exercise.oneSided) return item;
    const side = (['left', 'both', 'right'] as const)[index % 3]!;
    return side === 'both'
      ? { ...item, side, extraSetsOn: 'left', extraSets: 1 }
      : { ...item, side, extraSetsOn: null, extraSets: 0 };
  });
}

export function sampleContent(overrides: Partial<StoredProgramContent> = {}): StoredProgramContent {
  return {
    title: 'Hip strength and running return',
    goal: 'Run 10 km without outer hip pain by the end of March.',
    protocols: [],
    items: sampleItems(6),
    returnToRun: suggestReturnToRunPlan(
      {
        redFlags: CLEAR_SCREEN,
        painNow: 1,
        painDuringRun: 2,
        weeklyDistanceKm: 20,
        findings: [],
      },
      randomUUID,
    ),
    savedBy: 'Alex Morgan',
    ...overrides,
  };
}

/** A complete handout source; change what a test cares about. */
export function sampleHandoutSource(overrides: Partial<HandoutSource> = {}): HandoutSource {
  return {
    content: sampleContent(),
    patient: { firstName: 'Zoë', lastName: 'Łukasiewicz' },
    redFlags: CLEAR_SCREEN,
    clinic: SAMPLE_CLINIC,
    options: { nextAppointment: '2026-12-02T10:30', logWeeks: 4 },
    issuedAt: new Date('2026-11-22T09:00:00'),
    exerciseText: (id) => findExercise(id),
    photoFor: () => null,
    ...overrides,
  };
}
