import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXERCISES, findExercise } from '../../src/shared/clinical/catalogue/exercises';
import type { Finding } from '../../src/shared/clinical/findings';
import { findProtocol } from '../../src/shared/clinical/catalogue/protocols';
import {
  cautionWarnings,
  checkProgram,
  easierOrHarder,
  itemFromExercise,
  itemsFromProtocols,
  phaseDosage,
  runningStopped,
  SINGLE_LEG_BONE_WARNING,
  withheldReason,
  type ExerciseLike,
  type ProgramContext,
} from '../../src/shared/clinical/program-builder';
import { redFlagScreen } from '../../src/shared/clinical/red-flag-screen';
import {
  ADHERENCE_WARNING_COUNT,
  programItemSchema,
  type ChosenProtocol,
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

  it('avoids the cautions of protocols already in the program, whatever the click order', () => {
    const tendinopathy: ChosenProtocol = {
      protocolId: 'lateral-hip-tendinopathy',
      phase: 0,
      emphasisSide: null,
    };
    const itb: ChosenProtocol = { protocolId: 'itb-syndrome', phase: 0, emphasisSide: null };
    const ids = (items: ProgramItem[]) => items.map((entry) => entry.exerciseId);
    // Chosen on its own, the ITB protocol starts with the ITB stretch.
    expect(ids(itemsFromProtocols([itb], clear, randomUUID))).toContain('standing-itb-stretch');
    // Added after the tendinopathy protocol, it must not bring the stretch in.
    const itbSecond = itemsFromProtocols([itb], clear, randomUUID, undefined, [tendinopathy]);
    expect(ids(itbSecond)).not.toContain('standing-itb-stretch');
    // The same exercises as when both are chosen at once: the order of clicks does not matter.
    const together = itemsFromProtocols([tendinopathy, itb], clear, randomUUID);
    expect(ids(itbSecond).sort()).toEqual(
      ids(together.filter((entry) => entry.fromProtocols.includes('itb-syndrome'))).sort(),
    );
    for (const id of ids(itbSecond)) {
      expect(exercise(id).cautions, id).not.toContain('lateral-hip-compression');
    }
  });

  it('doses the first tendinopathy phase as LEAP week 1: daily, about 10, short holds', () => {
    const items = itemsFromProtocols(
      [{ protocolId: 'lateral-hip-tendinopathy', phase: 0, emphasisSide: null }],
      clear,
      randomUUID,
    );
    const byId = (id: string) => items.find((entry) => entry.exerciseId === id)!;
    for (const id of ['glute-bridge', 'sit-to-stand', 'banded-lateral-walk']) {
      expect(byId(id), id).toMatchObject({ reps: 10, holdSeconds: null, daysPerWeek: 7 });
    }
    for (const id of ['isometric-hip-abduction-supine', 'isometric-hip-abduction-standing']) {
      // Holds stay holds: 5 of 15 s, twice a day, every day.
      expect(byId(id), id).toMatchObject({
        sets: 5,
        reps: null,
        holdSeconds: 15,
        timesPerDay: 2,
        daysPerWeek: 7,
      });
    }
    for (const entry of items) expect(programItemSchema.parse(entry)).toEqual(entry);
  });

  it('doses the single-leg tendinopathy phase at 2 sets of 5-10, somewhat hard to hard, daily', () => {
    const items = itemsFromProtocols(
      [{ protocolId: 'lateral-hip-tendinopathy', phase: 2, emphasisSide: 'left' }],
      clear,
      randomUUID,
    );
    expect(items.length).toBe(
      findProtocol('lateral-hip-tendinopathy')!.phases[2]!.exercises.length,
    );
    for (const entry of items) {
      expect(entry, entry.exerciseId).toMatchObject({ sets: 2, effort: 7, daysPerWeek: 7 });
      expect(entry.reps, entry.exerciseId).toBeGreaterThanOrEqual(5);
      expect(entry.reps, entry.exerciseId).toBeLessThanOrEqual(10);
      expect(programItemSchema.parse(entry)).toEqual(entry);
    }
  });

  it('keeps the library dosage where a phase sets none', () => {
    const items = itemsFromProtocols(
      [{ protocolId: 'pelvic-control', phase: 0, emphasisSide: null }],
      clear,
      randomUUID,
    );
    for (const entry of items) {
      const { dosage } = exercise(entry.exerciseId);
      expect(entry, entry.exerciseId).toMatchObject(dosage);
    }
  });

  it('lays a phase dosage over a default without changing the kind of amount', () => {
    const hold = exercise('isometric-hip-abduction-standing').dosage;
    const reps = exercise('glute-bridge').dosage;
    const phase = { reps: 8, holdSeconds: 10, band: 'red' as const, effort: 7, daysPerWeek: 7 };
    expect(phaseDosage(hold, phase)).toEqual({
      ...hold,
      holdSeconds: 10,
      effort: 7,
      daysPerWeek: 7,
    });
    expect(phaseDosage(reps, phase)).toEqual({ ...reps, reps: 8, effort: 7, daysPerWeek: 7 });
    expect(phaseDosage(reps, undefined)).toEqual(reps);
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

describe('the wording of warnings and stops', () => {
  const warningSigns: Finding = {
    kind: 'warning-signs',
    side: null,
    severity: 'moderate',
    title: 'Warning signs',
    evidence: 'pain lasting beyond 2-3 days of rest',
  };

  it('words running and hopping warnings for warning signs without claiming a red flag', () => {
    const watched = { ...clear, findings: [warningSigns] };
    for (const id of ['jog-on-the-spot', 'pogo-hops']) {
      const warnings = cautionWarnings(exercise(id), watched);
      expect(warnings.length, id).toBeGreaterThan(0);
      for (const warning of warnings) {
        expect(warning, id).toMatch(/while warning signs are being watched/);
        expect(warning, id).not.toMatch(/is being investigated/);
        expect(warning, id).toContain('Here: warning signs.');
      }
    }
  });

  it('warns about loading one leg with a suspected stress fracture', () => {
    const diagnosed: ProgramContext = { ...clear, diagnosis: 'stress-fracture-suspected' };
    for (const context of [fracture, diagnosed]) {
      const [warning, ...rest] = cautionWarnings(exercise('single-leg-stance'), context);
      expect(rest).toEqual([]);
      expect(warning).toMatch(new RegExp(`^${SINGLE_LEG_BONE_WARNING} Here: `));
      expect(cautionWarnings(exercise('lateral-step-down'), context)).toHaveLength(1);
      // Lying down, on two legs, or withheld outright: no such warning.
      expect(cautionWarnings(exercise('glute-bridge'), context)).toEqual([]);
      expect(cautionWarnings(exercise('squat'), context)).toEqual([]);
      expect(cautionWarnings(exercise('single-leg-pogo-hops'), context)).toEqual([]);
    }
    expect(cautionWarnings(exercise('single-leg-stance'), clear)).toEqual([]);
    expect(cautionWarnings(exercise('single-leg-stance'), fever)).toEqual([]);
    // Callers whose exercises carry no position get no such warning (and no error).
    const { position: _position, ...noPosition } = exercise('single-leg-stance');
    expect(cautionWarnings(noPosition, fracture)).toEqual([]);
  });

  it('says in one sentence why running has stopped, or nothing', () => {
    expect(runningStopped(clear)).toBeNull();
    expect(runningStopped(fever)).toMatch(
      /^No running until a doctor has seen the patient \(red flag: fever/,
    );
    expect(runningStopped({ ...clear, diagnosis: 'stress-fracture-suspected' })).toContain(
      'working diagnosis of a suspected stress fracture',
    );
  });
});

describe('swapping for an easier or harder version', () => {
  // A one-leg exercise whose easier and harder versions are one-leg too.
  const linked = EXERCISES.find(
    (entry) =>
      entry.oneSided &&
      entry.easier &&
      entry.harder &&
      exercise(entry.easier).oneSided &&
      exercise(entry.harder).oneSided,
  )!;

  it('keeps side, extra sets, note, frequency, key and origin; resets the amount', () => {
    const onOneLeg = item(linked.id, {
      side: 'left',
      note: 'Slow on the way down',
      timesPerDay: 2,
      daysPerWeek: 5,
      fromProtocols: ['pelvic-control'],
    });
    const withExtra = item(linked.id, { side: 'both', extraSetsOn: 'right', extraSets: 2 });
    for (const direction of ['easier', 'harder'] as const) {
      const target = exercise(linked[direction]!);
      const swapped = easierOrHarder(onOneLeg, direction)!;
      expect(swapped).toEqual({
        ...onOneLeg,
        ...target.dosage,
        exerciseId: target.id,
        timesPerDay: 2,
        daysPerWeek: 5,
      });
      expect(swapped).toMatchObject({
        side: 'left',
        note: 'Slow on the way down',
        key: onOneLeg.key,
      });
      expect(easierOrHarder(withExtra, direction)).toMatchObject({
        side: 'both',
        extraSetsOn: 'right',
        extraSets: 2,
      });
    }
  });

  it('goes back to both sides between one-leg and two-leg versions', () => {
    // The single-leg bridge is one-leg; its easier version, the bridge with band, is not.
    expect(exercise('single-leg-bridge').oneSided).toBe(true);
    expect(exercise('single-leg-bridge').easier).toBe('bridge-band-abduction');
    expect(exercise('bridge-band-abduction').oneSided).toBe(false);

    const leftOnly = item('single-leg-bridge', { side: 'left' });
    const twoLegs = easierOrHarder(leftOnly, 'easier')!;
    expect(twoLegs).toMatchObject({ side: 'both', extraSetsOn: null, extraSets: 0 });
    expect(programItemSchema.safeParse(twoLegs).success).toBe(true);

    // An emphasis means nothing on a two-leg exercise, so it goes.
    const emphasised = item('single-leg-bridge', { extraSetsOn: 'right', extraSets: 2 });
    expect(easierOrHarder(emphasised, 'easier')).toMatchObject({
      side: 'both',
      extraSetsOn: null,
      extraSets: 0,
    });

    // Moving up to a one-leg exercise keeps an emphasis the physio had set.
    const bridge = item('bridge-band-abduction', { extraSetsOn: 'left', extraSets: 1 });
    expect(easierOrHarder(bridge, 'harder')).toMatchObject({
      exerciseId: 'single-leg-bridge',
      side: 'both',
      extraSetsOn: 'left',
      extraSets: 1,
    });
    const plain = item('bridge-band-abduction', { side: 'right' });
    expect(easierOrHarder(plain, 'harder')).toMatchObject({
      side: 'both',
      extraSetsOn: null,
      extraSets: 0,
    });
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
    expect(
      checkProgram({ items: [], returnToRun: null, protocols: [] }, clear, lookup).blocking,
    ).toEqual(['Add at least one exercise.']);
    const unknown = { ...item('glute-bridge'), exerciseId: 'no-such-exercise' };
    const { blocking } = checkProgram(
      { items: [unknown], returnToRun: null, protocols: [] },
      clear,
      lookup,
    );
    expect(blocking).toHaveLength(1);
    expect(blocking[0]).toContain('no-such-exercise');
  });

  it('blocks running, hopping and a return-to-run plan under a red flag, by name', () => {
    const items = [item('glute-bridge'), item('pogo-hops')];
    const plan = { readiness: [], stages: [], weeklyIncreasePercent: 10 };
    expect(
      checkProgram({ items, returnToRun: plan, protocols: [] }, clear, lookup).blocking,
    ).toEqual([]);
    const { blocking } = checkProgram(
      { items, returnToRun: plan, protocols: [] },
      fracture,
      lookup,
    );
    expect(blocking).toHaveLength(2);
    expect(blocking[0]).toContain(exercise('pogo-hops').name);
    expect(blocking[1]).toMatch(/^Remove the return-to-running plan/);
  });

  it('blocks a protocol the catalogue does not have, or a phase it does not have', () => {
    const items = [item('glute-bridge')];
    const chosen = (protocolId: string, phase: number): ChosenProtocol[] => [
      { protocolId, phase, emphasisSide: null },
    ];
    const blockingFor = (protocols: ChosenProtocol[], context = clear) =>
      checkProgram({ items, returnToRun: null, protocols }, context, lookup).blocking;
    expect(blockingFor(chosen('pelvic-control', 2))).toEqual([]);
    const [unknown, ...moreUnknown] = blockingFor(chosen('no-such-protocol', 0));
    expect(moreUnknown).toEqual([]);
    expect(unknown).toContain('no-such-protocol');
    const pelvic = findProtocol('pelvic-control')!;
    expect(pelvic.phases).toHaveLength(3);
    const [beyond, ...moreBeyond] = blockingFor(chosen('pelvic-control', 3));
    expect(moreBeyond).toEqual([]);
    expect(beyond).toBe(
      `${pelvic.name} has 3 phases, so phase 4 does not exist; choose a phase from 1 to 3.`,
    );
  });

  it('blocks a running protocol while running is stopped, naming it', () => {
    const items = [item('glute-bridge')];
    const protocols: ChosenProtocol[] = [
      { protocolId: 'hip-abductor-strengthening', phase: 0, emphasisSide: null },
      { protocolId: 'return-to-running', phase: 0, emphasisSide: null },
    ];
    const blockingFor = (context: ProgramContext) =>
      checkProgram({ items, returnToRun: null, protocols }, context, lookup).blocking;
    expect(blockingFor(clear)).toEqual([]);
    const name = findProtocol('return-to-running')!.name;
    for (const context of [fever, { ...clear, diagnosis: 'stress-fracture-suspected' as const }]) {
      const blocking = blockingFor(context);
      expect(blocking).toHaveLength(1);
      expect(blocking[0]).toMatch(new RegExp(`^${name} involves running`));
      expect(blocking[0]).toMatch(/Remove the protocol from the program\.$/);
    }
  });

  it('warns gently about adherence from the seventh exercise', () => {
    expect(ADHERENCE_WARNING_COUNT).toBe(6);
    const six = strength.slice(0, 6).map((id) => item(id));
    expect(checkProgram({ items: six, returnToRun: null, protocols: [] }, clear, lookup)).toEqual({
      blocking: [],
      warnings: [],
    });
    const seven = strength.map((id) => item(id));
    const { warnings, blocking } = checkProgram(
      { items: seven, returnToRun: null, protocols: [] },
      clear,
      lookup,
    );
    expect(blocking).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^This program has 7 exercises\./);
  });

  it('warns per item about cautions, naming the exercise', () => {
    const { warnings } = checkProgram(
      {
        items: [item('glute-bridge'), item('figure-four-stretch')],
        returnToRun: null,
        protocols: [],
      },
      { ...clear, diagnosis: 'gluteal-tendinopathy' },
      lookup,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^${exercise('figure-four-stretch').name}: `));
  });
});
