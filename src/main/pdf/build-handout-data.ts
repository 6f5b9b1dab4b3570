import { format } from 'date-fns';
import type {
  ExerciseCategory,
  ExercisePosition,
} from '../../shared/clinical/catalogue/exercise-types';
import { describeDosage, describeFrequency, sideWord } from '../../shared/clinical/dosage-text';
import { drawIllustration } from '../../shared/illustration/draw-illustration';
import { illustrationOf } from '../../shared/illustration/exercises';
import { illustrationWorksOneSide } from '../../shared/illustration/illustration';
import type { RedFlagScreen } from '../../shared/clinical/red-flag-screen';
import { returnToRunRules, stageMinutes } from '../../shared/clinical/return-to-run';
import type { ClinicProfile } from '../../shared/domain/clinic-profile';
import type { HandoutOptions } from '../../shared/domain/handout';
import { fullName } from '../../shared/domain/patient';
import type {
  ProgramItem,
  ReturnToRunPlan,
  StoredProgramContent,
} from '../../shared/domain/program';
import type {
  HandoutClinic,
  HandoutData,
  HandoutExercise,
  HandoutIllustration,
  HandoutReturnToRun,
} from './handout-data';
import { safeFileNamePart } from './file-name';
import { EXERCISE_PAIN_GUIDE, RUNNING_PAIN_RULE, SEEK_HELP } from './handout-text';

/** The text of an exercise a handout needs, from the library or the clinic's own. */
export interface HandoutExerciseText {
  name: string;
  category: ExerciseCategory;
  position: ExercisePosition;
  oneSided: boolean;
  startingPosition: string;
  steps: string[];
  cues: string[];
  commonErrors: string[];
}

export interface HandoutSource {
  content: StoredProgramContent;
  patient: { firstName: string; lastName: string };
  /** The red-flag screen that holds now (a later visit's positive screen counts). */
  redFlags: RedFlagScreen;
  clinic: ClinicProfile;
  options: HandoutOptions;
  issuedAt: Date;
  exerciseText: (exerciseId: string) => HandoutExerciseText | undefined;
  /** The clinic's photo for one of its own exercises, if it has one. */
  photoFor: (exerciseId: string) => string | null;
}

/** The handout would be empty or wrong; the physio sees the message and nothing is made. */
export class HandoutNotPossibleError extends Error {}

/** "3 sets of 12, left leg only": a lying-on-side exercise names the working side instead. */
function sideLabel(item: ProgramItem, text: HandoutExerciseText): string | null {
  if (!text.oneSided) return null;
  const word = sideWord(text);
  if (item.side === 'both') return `Each ${word}`;
  return `${item.side === 'left' ? 'Left' : 'Right'} ${word} only`;
}

function exerciseFor(source: HandoutSource, item: ProgramItem, index: number): HandoutExercise {
  const text = source.exerciseText(item.exerciseId);
  if (!text) {
    throw new HandoutNotPossibleError(
      `An exercise in this program (${item.exerciseId}) is no longer known to the app, so the handout was not made.`,
    );
  }
  return {
    number: index + 1,
    name: text.name,
    dosage: describeDosage(item, text),
    side: sideLabel(item, text),
    startingPosition: text.startingPosition,
    steps: text.steps,
    cues: text.cues,
    avoid: text.commonErrors,
    note: item.note,
    illustration: illustrationFor(source, item),
  };
}

/**
 * The clinic's photo for its own exercise; else the library figure, mirrored for a right-side
 * item and with the prescribed band colour; else a frame with the name.
 */
function illustrationFor(source: HandoutSource, item: ProgramItem): HandoutIllustration {
  const photo = source.photoFor(item.exerciseId);
  if (photo) return { kind: 'photo', dataUrl: photo };
  const figure = illustrationOf(item.exerciseId);
  if (!figure) return { kind: 'placeholder' };
  const side = item.side === 'right' ? 'right' : 'left';
  const bothSides = item.side === 'both' && illustrationWorksOneSide(figure);
  return {
    kind: 'drawing',
    drawing: drawIllustration(figure, { side, band: item.band, bothSides }),
  };
}

/**
 * How often, for the program as a whole: one line when every exercise shares a rhythm,
 * otherwise the most common rhythm and a pointer to the exceptions.
 */
function programFrequency(items: ProgramItem[]): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    const line = describeFrequency(item);
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const [most] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const capital = (line: string) => line.charAt(0).toUpperCase() + line.slice(1);
  if (!most) return '';
  if (counts.size === 1) return `${capital(most[0])}.`;
  return `Most exercises ${most[0]}; each exercise says how often it is done.`;
}

function minutes(value: number): string {
  return value === 0 ? '-' : `${value} min`;
}

function returnToRunTable(plan: ReturnToRunPlan): HandoutReturnToRun {
  return {
    stages: plan.stages.map((stage, index) => ({
      stage: index + 1,
      walk: minutes(stage.walkMinutes),
      run: minutes(stage.runMinutes),
      repeats: stage.repeats === 1 ? 'once' : `${stage.repeats} times`,
      total: `${stageMinutes(stage)} min`,
      effort: `${stage.effort}/10`,
      sessions: `${stage.sessions} or more`,
      note: stage.note,
    })),
    rules: returnToRunRules(plan.weeklyIncreasePercent),
  };
}

/** The clinic's details as a letterhead shows them: the address a line at a time. */
export function letterheadClinic(clinic: ClinicProfile): HandoutClinic {
  return {
    name: clinic.name,
    addressLines: clinic.address
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    phone: clinic.phone,
    email: clinic.email,
    website: clinic.website,
    logo: clinic.logo,
  };
}

/**
 * The handout for one program version, in words. Refuses an empty program, and leaves out
 * every piece of running advice while a red flag is positive.
 */
export function buildHandoutData(source: HandoutSource): HandoutData {
  const { content, clinic, options, redFlags } = source;
  if (content.items.length === 0) {
    throw new HandoutNotPossibleError(
      'This program has no exercises, so there is nothing to print. Add at least one exercise and save the program first.',
    );
  }
  const referral = redFlags.referralAdvised ? { reasons: redFlags.reasons } : null;
  const withRunning = referral === null && content.returnToRun !== null;
  return {
    paperSize: clinic.paperSize,
    clinic: letterheadClinic(clinic),
    practitioner: content.savedBy,
    issuedOn: format(source.issuedAt, 'd MMMM yyyy'),
    patientName: fullName(source.patient),
    title: content.title,
    goal: content.goal ?? '',
    frequency: programFrequency(content.items),
    referral,
    exercises: content.items.map((item, index) => exerciseFor(source, item, index)),
    painGuide: {
      zones: EXERCISE_PAIN_GUIDE.zones,
      rule: withRunning
        ? `${EXERCISE_PAIN_GUIDE.rule} ${RUNNING_PAIN_RULE}`
        : EXERCISE_PAIN_GUIDE.rule,
    },
    seekHelp: SEEK_HELP,
    returnToRun: withRunning && content.returnToRun ? returnToRunTable(content.returnToRun) : null,
    log: {
      weeks: options.logWeeks,
      sessionsPerDay: Math.min(3, Math.max(...content.items.map((item) => item.timesPerDay))),
      daysPerWeek: Math.max(...content.items.map((item) => item.daysPerWeek)),
    },
    nextAppointment: options.nextAppointment
      ? format(new Date(options.nextAppointment), "EEEE d MMMM yyyy 'at' HH:mm")
      : null,
  };
}

/** "Home program - Zoë Łukasiewicz - 2026-11-22.pdf": no characters a file system refuses. */
export function handoutFileName(
  patient: { firstName: string; lastName: string },
  issuedAt: Date,
): string {
  const name = safeFileNamePart(fullName(patient));
  return `Home program - ${name} - ${format(issuedAt, 'yyyy-MM-dd')}.pdf`;
}
