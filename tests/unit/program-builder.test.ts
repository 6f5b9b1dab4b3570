import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXERCISES, findExercise } from '../../src/shared/clinical/catalogue/exercises';
import type { Finding } from '../../src/shared/clinical/findings';
import {
  cautionWarnings,
  checkProgram,
  easierOrHarder,
  itemFromExercise,
  itemsFromProtocols,
  withheldReason,
  type ExerciseLike,
  type ProgramContext,
} from '../../src/shared/clinical/program-builder';
import { redFlagScreen } from '../../src/shared/clinical/red-flag-screen';
import {
  ADHERENCE_WARNING_COUNT,
  programItemSchema,
  type ProgramItem,
} from '../../src/shared/domain/program';
import { assessmentWith } from '../support/assessment-builder';

const clear: ProgramContext = {
  redFlags: redFlagScreen(assessmentWith()),
  findings: [],
  diagnosis: null,
};
const fracture: ProgramContext = {
  ...clear,
  redFlags: redFlagScreen(assessmentWith({ redFlags: { 'deep-groin-pain-running': 'yes' } })),
};
const fever: ProgramContext = {
  ...clear,
  redFlags: redFlagScreen(assessmentWith({ redFlags: { 'fever-hot-joint': 'yes' } })),
};

const exercise = (id: string) => {
  const found = findExercise(id);
  if (!found) throw new Error(`The library has no ${id}`);
  return found;
};
const item = (id: string, changes: Partial<ProgramItem> = {}): ProgramItem => ({
  ...itemFromExercise(exercise(id), randomUUID),
  ...changes,
});
const lookup = (id: string): ExerciseLike | undefined => findExercise(id);

describe('an item from a library exercise', () => {
  it('takes the default dosage, both sides and no note', () => {
    const bridge = exercise('glute-bridge');
    const made = itemFromExercise(bridge, randomUUID, { fromProtocols: ['pelvic-control'] });
    expect(programItemSchema.parse(made)).toEqual(made);
    expect(made).toMatchObject({
      ...bridge.dosage,
      exerciseId: 'glute-bridge',
      side: 'both',
      extraSetsOn: null,
      extraSets: 0,
      note: null,
      fromProtocols: ['pelvic-control'],
    });
  });

  it('adds one extra set on the emphasised side for one-leg exercises only', () => {
    const oneLeg = exercise('single-leg-bridge');
    const twoLegs = exercise('glute-bridge');
    expect(oneLeg.oneSided).toBe(true);
    expect(itemFromExercise(oneLeg, randomUUID, { emphasisSide: 'left' })).toMatchObject({
      side: 'both',
      extraSetsOn: 'left',
      extraSets: 1,
    });
    expect(itemFromExercise(twoLegs, randomUUID, { emphasisSide: 'left' })).toMatchObject({
      extraSetsOn: null,
      extraSets: 0,
    });
  });
});

describe('items from chosen protocols', () => {
  it('lists each exercise once, naming every protocol it came from', () => {
    const items = itemsFromProtocols(
      [
        { protocolId: 'hip-abductor-strengthening', phase: 0, emphasisSide: null },
        { protocolId: 'hip-joint-care', phase: 0, emphasisSide: null },
      ],
      clear,
      randomUUID,
    );
    const ids = items.map((entry) => entry.exerciseId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'glute-bridge',
      'bird-dog',
      'sit-to-stand',
      'isometric-hip-abduction-supine',
      'clamshell',
      'supine-march',
    ]);
    for (const shared of ['glute-bridge', 'sit-to-stand', 'isometric-hip-abduction-supine']) {
      const entry = items.find((candidate) => candidate.exerciseId === shared)!;
      expect(entry.fromProtocols, shared).toEqual(['hip-abductor-strengthening', 'hip-joint-care']);
    }
    expect(items.find((entry) => entry.exerciseId === 'bird-dog')!.fromProtocols).toEqual([
      'hip-abductor-strengthening',
    ]);
    for (const entry of items) expect(programItemSchema.parse(entry)).toEqual(entry);
  });

  it('puts the extra set on the weaker side of the one-leg exercises', () => {
    const items = itemsFromProtocols(
      [{ protocolId: 'hip-abductor-strengthening', phase: 2, emphasisSide: 'right' }],
      clear,
      randomUUID,
    );
    expect(items.length).toBeGreaterThan(0);
    for (const entry of items) {
      const oneSided = exercise(entry.exerciseId).oneSided;
      expect(entry.extraSetsOn, entry.exerciseId).toBe(oneSided ? 'right' : null);
      expect(entry.extraSets, entry.exerciseId).toBe(oneSided ? 1 : 0);
    }
    expect(items.some((entry) => entry.extraSetsOn === 'right')).toBe(true);
  });

  it('uses the last phase when asked for one beyond it, and skips unknown protocols', () => {
    const items = itemsFromProtocols(
      [
        { protocolId: 'pelvic-control', phase: 9, emphasisSide: null },
        { protocolId: 'no-such-protocol', phase: 0, emphasisSide: null },
      ],
      clear,
      randomUUID,
    );
    expect(items.map((entry) => entry.exerciseId)).toContain('forward-step-down');
  });

  it('leaves out running drills under a red flag', () => {
    const chosen = [{ protocolId: 'running-retraining', phase: 1, emphasisSide: null }];
    expect(itemsFromProtocols(chosen, clear, randomUUID).length).toBeGreaterThan(0);
    expect(itemsFromProtocols(chosen, fever, randomUUID)).toEqual([]);
  });
});

describe('what is withheld and what is warned about', () => {
  const runningDrill = EXERCISES.find((entry) => entry.category === 'running-drill')!;

  it('withholds hopping with a suspected stress fracture, saying why', () => {
    expect(withheldReason(exercise('pogo-hops'), clear)).toBeNull();
    const reason = withheldReason(exercise('pogo-hops'), fracture)!;
    expect(reason).toMatch(/^Pogo/i);
    expect(reason).toContain('stress fracture');
    expect(reason).toContain('deep groin or thigh pain with running');
  });

  it('withholds running under any red flag, and with a stress fracture diagnosis', () => {
    expect(withheldReason(runningDrill, clear)).toBeNull();
    expect(withheldReason(runningDrill, fever)).toContain('involves running');
    expect(
      withheldReason(runningDrill, { ...clear, diagnosis: 'stress-fracture-suspected' }),
    ).toContain('working diagnosis of a suspected stress fracture');
    expect(withheldReason(exercise('glute-bridge'), fracture)).toBeNull();
  });

  it('warns about outer-hip compression with gluteal tendinopathy', () => {
    const pigeon = exercise('pigeon-stretch');
    expect(cautionWarnings(pigeon, clear)).toEqual([]);
    const signs: Finding = {
      kind: 'gluteal-tendinopathy-signs',
      side: 'left',
      severity: 'marked',
      title: 'Signs of left gluteal tendinopathy',
      evidence: 'outer hip pain, trochanter tender, FABER painful',
    };
    const [warning] = cautionWarnings(pigeon, { ...clear, findings: [signs] });
    expect(warning).toMatch(/avoid with gluteal tendinopathy/);
    expect(warning).toContain('signs of left gluteal tendinopathy');
    expect(cautionWarnings(pigeon, { ...clear, diagnosis: 'gluteal-tendinopathy' })).toHaveLength(
      1,
    );
  });

  it('warns about hamstring compression and heavy groin load only where they matter', () => {
    const rdl = exercise('romanian-deadlift');
    expect(cautionWarnings(rdl, clear)).toEqual([]);
    expect(cautionWarnings(rdl, { ...clear, diagnosis: 'proximal-hamstring' })[0]).toContain(
      'proximal hamstring',
    );
    const copenhagen = exercise('copenhagen-long-lever');
    expect(cautionWarnings(copenhagen, clear)).toEqual([]);
    expect(cautionWarnings(copenhagen, { ...clear, diagnosis: 'adductor-groin' })[0]).toMatch(
      /3 out of 10/,
    );
  });
});

describe('swapping for an easier or harder version', () => {
  const linked = EXERCISES.find((entry) => entry.oneSided && entry.easier && entry.harder)!;

  it('keeps side, extra sets, note, frequency, key and origin; resets the amount', () => {
    const before = item(linked.id, {
      side: 'left',
      extraSetsOn: 'left',
      extraSets: 2,
      note: 'Slow on the way down',
      timesPerDay: 2,
      daysPerWeek: 5,
      fromProtocols: ['pelvic-control'],
    });
    for (const direction of ['easier', 'harder'] as const) {
      const swapped = easierOrHarder(before, direction)!;
      const target = exercise(linked[direction]!);
      expect(swapped).toEqual({
        ...before,
        ...target.dosage,
        exerciseId: target.id,
        timesPerDay: 2,
        daysPerWeek: 5,
      });
      expect(swapped).toMatchObject({
        side: 'left',
        note: 'Slow on the way down',
        key: before.key,
      });
    }
  });

  it('returns nothing when there is no easier version or the exercise is unknown', () => {
    const easiest = EXERCISES.find((entry) => entry.easier === null)!;
    expect(easierOrHarder(item(easiest.id), 'easier')).toBeNull();
    expect(
      easierOrHarder(
        { ...item('glute-bridge'), exerciseId: 'custom:0b7f3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f' },
        'harder',
      ),
    ).toBeNull();
  });
});

describe('checking a program before it is saved', () => {
  const strength = [
    'glute-bridge',
    'clamshell',
    'side-lying-hip-abduction',
    'single-leg-bridge',
    'step-up',
    'hip-hitch',
    'split-squat',
  ];

  it('blocks an empty program and an exercise the library does not have', () => {
    expect(checkProgram({ items: [], returnToRun: null }, clear, lookup).blocking).toEqual([
      'Add at least one exercise.',
    ]);
    const unknown = { ...item('glute-bridge'), exerciseId: 'no-such-exercise' };
    const { blocking } = checkProgram({ items: [unknown], returnToRun: null }, clear, lookup);
    expect(blocking).toHaveLength(1);
    expect(blocking[0]).toContain('no-such-exercise');
  });

  it('blocks running, hopping and a return-to-run plan under a red flag, by name', () => {
    const items = [item('glute-bridge'), item('pogo-hops')];
    const plan = { readiness: [], stages: [], weeklyIncreasePercent: 10 };
    expect(checkProgram({ items, returnToRun: plan }, clear, lookup).blocking).toEqual([]);
    const { blocking } = checkProgram({ items, returnToRun: plan }, fracture, lookup);
    expect(blocking).toHaveLength(2);
    expect(blocking[0]).toContain(exercise('pogo-hops').name);
    expect(blocking[1]).toMatch(/^Remove the return-to-running plan/);
  });

  it('warns gently about adherence from the seventh exercise', () => {
    expect(ADHERENCE_WARNING_COUNT).toBe(6);
    const six = strength.slice(0, 6).map((id) => item(id));
    expect(checkProgram({ items: six, returnToRun: null }, clear, lookup)).toEqual({
      blocking: [],
      warnings: [],
    });
    const seven = strength.map((id) => item(id));
    const { warnings, blocking } = checkProgram({ items: seven, returnToRun: null }, clear, lookup);
    expect(blocking).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^This program has 7 exercises\./);
  });

  it('warns per item about cautions, naming the exercise', () => {
    const { warnings } = checkProgram(
      { items: [item('glute-bridge'), item('figure-four-stretch')], returnToRun: null },
      { ...clear, diagnosis: 'gluteal-tendinopathy' },
      lookup,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^${exercise('figure-four-stretch').name}: `));
  });
});
