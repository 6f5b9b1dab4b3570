import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/shared/clinical/catalogue/exercises';
import {
  buildHandoutData,
  handoutFileName,
  HandoutNotPossibleError,
} from '../../src/main/pdf/build-handout-data';
import {
  RED_FLAG_SCREEN,
  SAMPLE_CLINIC,
  sampleContent,
  sampleHandoutSource,
  sampleItems,
} from '../support/handout-samples';

const itemFor = (exerciseId: string, side: 'left' | 'right' | 'both') => {
  const [base] = sampleItems(1);
  const exercise = findExercise(exerciseId)!;
  return { ...base!, ...exercise.dosage, exerciseId, side, extraSetsOn: null, extraSets: 0 };
};

describe('the handout data built from a program', () => {
  it('names the side plainly: legs standing, the working side lying down, none for two legs', () => {
    const data = buildHandoutData(
      sampleHandoutSource({
        content: sampleContent({
          items: [
            itemFor('single-leg-bridge', 'left'),
            itemFor('clamshell', 'right'),
            itemFor('glute-bridge', 'both'),
            itemFor('quadruped-hip-extension', 'both'),
          ],
        }),
      }),
    );
    expect(data.exercises.map((exercise) => exercise.side)).toEqual([
      'Left leg only',
      'Right side only',
      null,
      'Each leg',
    ]);
    expect(data.exercises[0]!.dosage).toContain('left leg only');
    expect(data.exercises.map((exercise) => exercise.number)).toEqual([1, 2, 3, 4]);
  });

  it('says how often in one line, or the most common rhythm when exercises differ', () => {
    const same = buildHandoutData(sampleHandoutSource());
    expect(same.frequency).toBe('3 days a week.');
    const items = sampleItems(3);
    items[0] = { ...items[0]!, daysPerWeek: 7, timesPerDay: 2 };
    const mixed = buildHandoutData(sampleHandoutSource({ content: sampleContent({ items }) }));
    expect(mixed.frequency).toBe(
      'Most exercises 3 days a week; each exercise says how often it is done.',
    );
    expect(mixed.log.sessionsPerDay).toBe(2);
    expect(mixed.log.daysPerWeek).toBe(7);
  });

  it('leads with the referral and drops every word of running advice after a red flag', () => {
    const clear = buildHandoutData(sampleHandoutSource());
    expect(clear.referral).toBeNull();
    expect(clear.returnToRun?.stages.length).toBeGreaterThan(0);
    expect(clear.painGuide.rule).toMatch(/running/);

    const flagged = buildHandoutData(sampleHandoutSource({ redFlags: RED_FLAG_SCREEN }));
    expect(flagged.referral).toEqual({ reasons: ['constant night or rest pain'] });
    expect(flagged.returnToRun).toBeNull();
    expect(flagged.painGuide.rule).not.toMatch(/running/);
  });

  it('writes the date, next appointment and clinic address for a reader', () => {
    const data = buildHandoutData(
      sampleHandoutSource({
        clinic: { ...SAMPLE_CLINIC, address: '  12 Wharf Street \n\n Port Seaton 4021 ' },
      }),
    );
    expect(data.issuedOn).toBe('22 November 2026');
    expect(data.nextAppointment).toBe('Wednesday 2 December 2026 at 10:30');
    expect(data.clinic.addressLines).toEqual(['12 Wharf Street', 'Port Seaton 4021']);
    expect(data.practitioner).toBe('Alex Morgan');
    const none = buildHandoutData(
      sampleHandoutSource({ options: { nextAppointment: null, logWeeks: 8 } }),
    );
    expect(none.nextAppointment).toBeNull();
    expect(none.log.weeks).toBe(8);
  });

  it("shows a clinic exercise's photo, the library's drawing mirrored for the right side, and a frame for anything else", () => {
    const data = buildHandoutData(
      sampleHandoutSource({
        photoFor: (id) => (id === 'glute-bridge' ? 'data:image/png;base64,AAAA' : null),
        content: sampleContent({
          items: [
            itemFor('glute-bridge', 'both'),
            itemFor('clamshell', 'left'),
            itemFor('clamshell', 'right'),
          ],
        }),
      }),
    );
    expect(data.exercises.map((exercise) => exercise.illustration.kind)).toEqual([
      'photo',
      'drawing',
      'drawing',
    ]);
    const [, left, right] = data.exercises.map((exercise) => exercise.illustration);
    if (left?.kind !== 'drawing' || right?.kind !== 'drawing') throw new Error('not drawn');
    expect(left.drawing.description).toContain('left leg');
    expect(right.drawing.description).toContain('right leg');

    const unknownToDrawings = buildHandoutData(
      sampleHandoutSource({
        content: sampleContent({
          items: [{ ...itemFor('clamshell', 'left'), exerciseId: 'clinic-own' }],
        }),
        exerciseText: () => findExercise('clamshell'),
      }),
    );
    expect(unknownToDrawings.exercises[0]!.illustration.kind).toBe('placeholder');
  });

  it('refuses an empty program and an exercise the app no longer knows', () => {
    expect(() =>
      buildHandoutData(sampleHandoutSource({ content: sampleContent({ items: [] }) })),
    ).toThrow(HandoutNotPossibleError);
    expect(() => buildHandoutData(sampleHandoutSource({ exerciseText: () => undefined }))).toThrow(
      /no longer known/,
    );
  });

  it('makes a file name with the patient and date and nothing a file system refuses', () => {
    const when = new Date('2026-11-22T09:00:00');
    expect(handoutFileName({ firstName: 'Zoë', lastName: 'Łukasiewicz' }, when)).toBe(
      'Home program - Zoë Łukasiewicz - 2026-11-22.pdf',
    );
    expect(handoutFileName({ firstName: 'A/B', lastName: 'C:D*?' }, when)).toBe(
      'Home program - A B C D - 2026-11-22.pdf',
    );
  });
});
