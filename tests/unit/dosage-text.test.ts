import { describe, expect, it } from 'vitest';
import {
  describeDosage,
  describeDuration,
  describeFrequency,
  type DosageLine,
} from '../../src/shared/clinical/dosage-text';

const line = (changes: Partial<DosageLine> = {}): DosageLine => ({
  sets: 3,
  reps: 12,
  holdSeconds: null,
  distanceMetres: null,
  restSeconds: null,
  effort: null,
  tempo: null,
  band: null,
  loadKg: null,
  timesPerDay: 1,
  daysPerWeek: 7,
  side: 'both',
  extraSetsOn: null,
  extraSets: 0,
  ...changes,
});
const oneLeg = { oneSided: true };
const twoLegs = { oneSided: false };

describe('a dosage in plain words', () => {
  it('names one leg only, with the band and every day', () => {
    expect(describeDosage(line({ side: 'left', band: 'red' }), oneLeg)).toBe(
      '3 sets of 12, left leg only, red band, every day',
    );
    expect(describeDosage(line({ side: 'right' }), oneLeg)).toBe(
      '3 sets of 12, right leg only, every day',
    );
  });

  it('says each leg and the extra set on the weaker side', () => {
    expect(
      describeDosage(
        line({ sets: 2, reps: 10, extraSetsOn: 'left', extraSets: 1, daysPerWeek: 3 }),
        oneLeg,
      ),
    ).toBe('2 sets of 10 each leg, plus 1 extra set on the left leg, 3 days a week');
    expect(
      describeDosage(line({ extraSetsOn: 'right', extraSets: 2, daysPerWeek: 2 }), oneLeg),
    ).toBe('3 sets of 12 each leg, plus 2 extra sets on the right leg, 2 days a week');
  });

  it('names the extra as the same kind of amount: holds get extra holds', () => {
    const holds = line({ reps: null, holdSeconds: 30, extraSetsOn: 'right', extraSets: 1 });
    expect(describeDosage(holds, oneLeg)).toBe(
      '3 holds of 30 s each leg, plus 1 extra hold on the right leg, every day',
    );
    const roundOfHolds = line({
      sets: 1,
      reps: 5,
      holdSeconds: 45,
      extraSetsOn: 'left',
      extraSets: 1,
    });
    expect(describeDosage(roundOfHolds, oneLeg)).toBe(
      '5 holds of 45 s each leg, plus 1 extra round on the left leg, every day',
    );
  });

  it('names the working side, not a leg, for exercises done lying on the side', () => {
    const sidePlank = {
      oneSided: true,
      category: 'abductor-extensor-strength',
      position: 'lying-on-side',
    } as const;
    const hold = { reps: null, holdSeconds: 20 };
    expect(describeDosage(line({ ...hold, extraSetsOn: 'left', extraSets: 1 }), sidePlank)).toBe(
      '3 holds of 20 s each side, plus 1 extra hold on the left side, every day',
    );
    expect(describeDosage(line({ ...hold, side: 'right' }), sidePlank)).toBe(
      '3 holds of 20 s, right side only, every day',
    );
    // Standing or lying on the back, the leg is the clear word.
    const standing = { oneSided: true, position: 'single-leg-standing' } as const;
    expect(describeDosage(line({ side: 'left' }), standing)).toBe(
      '3 sets of 12, left leg only, every day',
    );
  });

  it('reads timed walking, jogging and drills as time or rounds, not holds', () => {
    const jog = { oneSided: false, category: 'running-drill', position: 'moving' } as const;
    const walk = { oneSided: false, category: 'motor-control', position: 'moving' } as const;
    const timed = (sets: number, holdSeconds: number) => line({ sets, reps: null, holdSeconds });
    expect(describeDosage(timed(1, 60), jog)).toBe('1 min, every day');
    expect(describeDosage(timed(3, 60), walk)).toBe('3 rounds of 60 s, every day');
    expect(describeDosage(timed(1, 90), walk)).toBe('90 s, every day');
    expect(describeDosage(timed(1, 600), jog)).toBe('10 min, every day');
    // A hold stays a hold, with or without the category.
    const stance = {
      oneSided: false,
      category: 'motor-control',
      position: 'single-leg-standing',
    } as const;
    expect(describeDosage(timed(3, 60), stance)).toBe('3 holds of 60 s, every day');
    expect(describeDosage(timed(3, 60), twoLegs)).toBe('3 holds of 60 s, every day');
  });

  it('adds no side words to a two-leg exercise', () => {
    const text = describeDosage(line({ side: 'left', extraSetsOn: 'left', extraSets: 1 }), twoLegs);
    expect(text).toBe('3 sets of 12, every day');
    expect(text).not.toMatch(/leg|left|right/);
  });

  it('describes holds with effort, twice a day', () => {
    expect(
      describeDosage(
        line({ sets: 5, reps: null, holdSeconds: 30, effort: 7, timesPerDay: 2 }),
        twoLegs,
      ),
    ).toBe('5 holds of 30 s, effort 7/10, twice a day, every day');
    expect(describeDosage(line({ sets: 1, reps: 5, holdSeconds: 45 }), twoLegs)).toBe(
      '5 holds of 45 s, every day',
    );
    expect(describeDosage(line({ sets: 3, reps: 5, holdSeconds: 10 }), twoLegs)).toBe(
      '3 sets of 5, holding each 10 s, every day',
    );
  });

  it('describes distances and long timed sets in minutes', () => {
    expect(
      describeDosage(line({ sets: 2, reps: null, distanceMetres: 20, daysPerWeek: 3 }), twoLegs),
    ).toBe('2 sets of 20 m, 3 days a week');
    expect(
      describeDosage(line({ sets: 1, reps: null, holdSeconds: 600, daysPerWeek: 3 }), twoLegs),
    ).toBe('10 min, 3 days a week');
    expect(describeDosage(line({ sets: 2, reps: null, holdSeconds: 150 }), twoLegs)).toBe(
      '2 sets of 2 min 30 s, every day',
    );
  });

  it('adds load, tempo and rest', () => {
    expect(describeDosage(line({ loadKg: 4 }), twoLegs)).toBe('3 sets of 12 with 4 kg, every day');
    expect(describeDosage(line({ loadKg: 2.5, side: 'left' }), oneLeg)).toBe(
      '3 sets of 12 with 2.5 kg, left leg only, every day',
    );
    expect(describeDosage(line({ tempo: '3-1-3', restSeconds: 60, daysPerWeek: 3 }), twoLegs)).toBe(
      '3 sets of 12, tempo 3-1-3, rest 60 s, 3 days a week',
    );
    expect(describeDosage(line({ restSeconds: 0 }), twoLegs)).toBe('3 sets of 12, every day');
  });

  it('says one set in the singular', () => {
    expect(describeDosage(line({ sets: 1, reps: 8 }), twoLegs)).toBe('1 set of 8, every day');
  });
});

describe('how often', () => {
  it('reads every day, once a week, n days and times a day', () => {
    expect(describeFrequency({ timesPerDay: 1, daysPerWeek: 7 })).toBe('every day');
    expect(describeFrequency({ timesPerDay: 1, daysPerWeek: 1 })).toBe('once a week');
    expect(describeFrequency({ timesPerDay: 1, daysPerWeek: 3 })).toBe('3 days a week');
    expect(describeFrequency({ timesPerDay: 2, daysPerWeek: 7 })).toBe('twice a day, every day');
    expect(describeFrequency({ timesPerDay: 3, daysPerWeek: 5 })).toBe(
      '3 times a day, 5 days a week',
    );
  });

  it('shows two minutes and more as minutes', () => {
    expect(describeDuration(90)).toBe('90 s');
    expect(describeDuration(119)).toBe('119 s');
    expect(describeDuration(120)).toBe('2 min');
    expect(describeDuration(1800)).toBe('30 min');
  });
});
