import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/shared/clinical/catalogue/exercises';
import {
  compareProgramVersions,
  describeChangeCount,
  exerciseNamer,
  type ProgramComparison,
} from '../../src/shared/clinical/program-diff';
import type { ProgramItem, RunStage, StoredProgramContent } from '../../src/shared/domain/program';

const KEYS = {
  clamshell: '00000000-0000-4000-8000-000000000001',
  bridge: '00000000-0000-4000-8000-000000000002',
  plank: '00000000-0000-4000-8000-000000000003',
  stance: '00000000-0000-4000-8000-000000000004',
  stage1: '00000000-0000-4000-8000-000000000011',
  stage2: '00000000-0000-4000-8000-000000000012',
  stage3: '00000000-0000-4000-8000-000000000013',
  fresh: '00000000-0000-4000-8000-000000000099',
};

/** An item with the library exercise's own dosage, as the builder adds it. */
function item(key: string, exerciseId: string, changes: Partial<ProgramItem> = {}): ProgramItem {
  return {
    key,
    exerciseId,
    ...findExercise(exerciseId)!.dosage,
    side: 'both',
    extraSetsOn: null,
    extraSets: 0,
    note: null,
    fromProtocols: [],
    ...changes,
  };
}

function stage(key: string, changes: Partial<RunStage> = {}): RunStage {
  return {
    key,
    walkMinutes: 4,
    runMinutes: 1,
    repeats: 6,
    effort: 3,
    sessions: 2,
    note: null,
    ...changes,
  };
}

const version1: StoredProgramContent = {
  title: 'Home program — lateral hip',
  goal: 'Run 5 km without hip pain',
  protocols: [{ protocolId: 'hip-abductor-strengthening', phase: 0, emphasisSide: 'left' }],
  items: [
    item(KEYS.clamshell, 'clamshell', { sets: 2, band: 'green' }),
    item(KEYS.bridge, 'glute-bridge'),
    item(KEYS.plank, 'side-plank-knees', { side: 'left' }),
  ],
  returnToRun: {
    readiness: [{ id: 'walk-30-min', label: 'Walk briskly for 30 minutes' }],
    stages: [stage(KEYS.stage1), stage(KEYS.stage2, { walkMinutes: 3, runMinutes: 2 })],
    weeklyIncreasePercent: 10,
  },
  savedBy: 'Jo Physio',
};

const names = exerciseNamer([]);
const compare = (after: StoredProgramContent, before: StoredProgramContent = version1) =>
  compareProgramVersions(before, after, names);
const withItems = (items: ProgramItem[]): StoredProgramContent => ({ ...version1, items });

/** Every entry of a comparison as "subject: detail" lines, group by group. */
const lines = (comparison: ProgramComparison, group: keyof Omit<ProgramComparison, 'count'>) =>
  comparison[group].flatMap((change) =>
    change.details.length === 0
      ? [change.subject]
      : change.details.map((detail) => `${change.subject}: ${detail}`),
  );

describe('comparing two versions of a program', () => {
  it('says there are no changes when nothing differs, whoever saved it', () => {
    const same = compare({ ...structuredClone(version1), savedBy: 'Sam Other' });
    expect(same).toEqual({ added: [], removed: [], changed: [], moved: [], count: 0 });
    expect(describeChangeCount(same.count)).toBe('No changes');
  });

  it('names each changed part of a dosage, old → new', () => {
    const after = withItems([
      item(KEYS.clamshell, 'clamshell', {
        sets: 3,
        band: 'blue',
        side: 'both',
        extraSetsOn: 'left',
        extraSets: 1,
        timesPerDay: 2,
      }),
      item(KEYS.bridge, 'glute-bridge', {
        reps: 12,
        loadKg: 7.5,
        effort: 6,
        tempo: '3-1-3',
        restSeconds: 0,
        daysPerWeek: 7,
      }),
      item(KEYS.plank, 'side-plank-knees', { side: 'both', holdSeconds: 30 }),
    ]);
    expect(lines(compare(after), 'changed')).toEqual([
      'Clamshell: Extra sets on the weaker side: none → 1 on the left',
      'Clamshell: Sets 2 → 3',
      'Clamshell: Band: green → blue',
      'Clamshell: How often: 3 days a week → twice a day, 3 days a week',
      'Glute bridge: Reps 10 → 12',
      'Glute bridge: Load: none → 7.5 kg',
      'Glute bridge: Effort 5/10 → 6/10',
      'Glute bridge: Tempo: none → 3-1-3',
      'Glute bridge: Rest: 60 s → none',
      'Glute bridge: How often: 3 days a week → every day',
      'Side plank from the knees: Side: left → both',
      'Side plank from the knees: Hold 20 s → 30 s',
    ]);
    expect(compare(after).count).toBe(12);
  });

  it("says how often in the handout's words, times a day and days a week as one change", () => {
    const after = withItems([
      item(KEYS.clamshell, 'clamshell', { sets: 2, band: 'green', timesPerDay: 3, daysPerWeek: 1 }),
      item(KEYS.bridge, 'glute-bridge'),
      item(KEYS.plank, 'side-plank-knees', { side: 'left' }),
    ]);
    const comparison = compare(after);
    expect(lines(comparison, 'changed')).toEqual([
      'Clamshell: How often: 3 days a week → 3 times a day, once a week',
    ]);
    expect(comparison.count).toBe(1);
  });

  it('reads long holds as minutes and says when a note is added, reworded or removed', () => {
    const noted = withItems([
      item(KEYS.clamshell, 'clamshell', {
        sets: 2,
        band: 'green',
        note: 'Keep the heels together',
      }),
      item(KEYS.bridge, 'glute-bridge'),
      item(KEYS.plank, 'side-plank-knees', { side: 'left', holdSeconds: 150 }),
    ]);
    expect(lines(compare(noted), 'changed')).toEqual([
      'Clamshell: Note added: “Keep the heels together”',
      'Side plank from the knees: Hold 20 s → 2 min 30 s',
    ]);
    const reworded = withItems([
      item(KEYS.clamshell, 'clamshell', { sets: 2, band: 'green', note: 'Stop if the hip aches' }),
      ...noted.items.slice(1),
    ]);
    expect(lines(compare(reworded, noted), 'changed')).toEqual([
      'Clamshell: Note: “Keep the heels together” → “Stop if the hip aches”',
    ]);
    expect(lines(compare(version1, noted), 'changed')).toContain(
      'Clamshell: Note removed (was “Keep the heels together”)',
    );
  });

  it('lists exercises added (with their place and dosage) and removed', () => {
    const after = withItems([
      item(KEYS.clamshell, 'clamshell', { sets: 2, band: 'green' }),
      item(KEYS.fresh, 'single-leg-stance'),
      item(KEYS.plank, 'side-plank-knees', { side: 'left' }),
    ]);
    const comparison = compare(after);
    expect(lines(comparison, 'added')).toEqual([
      'Single-leg stance: Number 2 in the list: 3 holds of 30 s each leg, rest 30 s, 5 days a week',
    ]);
    expect(lines(comparison, 'removed')).toEqual([
      'Glute bridge: Was 3 sets of 10, effort 5/10, rest 60 s, 3 days a week',
    ]);
    // The plank moved up only because the bridge left: that is not a move.
    expect(comparison.moved).toEqual([]);
    expect(comparison.changed).toEqual([]);
    expect(comparison.count).toBe(2);
  });

  it('reports only the exercise that was moved, not the ones it pushed along', () => {
    const after = withItems([version1.items[2]!, version1.items[0]!, version1.items[1]!]);
    const comparison = compare(after);
    expect(lines(comparison, 'moved')).toEqual([
      'Side plank from the knees: Number 3 → 1 in the list',
    ]);
    expect(comparison.added).toEqual([]);
    expect(comparison.removed).toEqual([]);
    expect(comparison.changed).toEqual([]);
    expect(describeChangeCount(comparison.count)).toBe('1 change');
  });

  it('counts a swap of two neighbours as one move', () => {
    const after = withItems([version1.items[1]!, version1.items[0]!, version1.items[2]!]);
    expect(compare(after).moved).toHaveLength(1);
  });

  it('follows an exercise swapped for its harder version, and one taken out and put back', () => {
    const after = withItems([
      // Swapped in the builder: same key, the harder exercise with its own dosage.
      item(KEYS.clamshell, 'clamshell-band', { sets: 2, band: 'yellow' }),
      item(KEYS.bridge, 'glute-bridge'),
      // Removed and added again from the library: a new key, but the same exercise.
      item(KEYS.fresh, 'side-plank-knees', { side: 'left', sets: 4 }),
    ]);
    const comparison = compare(after);
    expect(comparison.added).toEqual([]);
    expect(comparison.removed).toEqual([]);
    expect(lines(comparison, 'changed')).toEqual([
      'Clamshell with band: Harder version, in place of Clamshell',
      'Clamshell with band: Band: green → yellow',
      'Clamshell with band: Effort 5/10 → 6/10',
      'Side plank from the knees: Sets 3 → 4',
    ]);
    const back = compare(version1, after);
    expect(lines(back, 'changed')[0]).toBe(
      'Clamshell: Easier version, in place of Clamshell with band',
    );
  });

  it('names a clinic exercise from the copy kept with the version', () => {
    const clinicId = 'custom:4b4c3f3e-8a7d-4a57-9d0e-1f6f1e6b2a10';
    const towel = findExercise('standing-hip-abduction-band')!;
    const after: StoredProgramContent = {
      ...withItems([...version1.items, { ...item(KEYS.fresh, towel.id), exerciseId: clinicId }]),
      clinicExercises: {
        [clinicId]: {
          name: 'Towel slide to the side',
          category: 'abductor-extensor-strength',
          aim: 'Works the outer hip.',
          targets: ['hip-abductors'],
          position: 'standing',
          equipment: [],
          startingPosition: 'Stand with a towel under one foot.',
          steps: ['Slide the foot out and back.'],
          cues: [],
          commonErrors: [],
          warnings: [],
          cautions: [],
          oneSided: true,
          dosage: towel.dosage,
        },
      },
    };
    const comparison = compareProgramVersions(version1, after, exerciseNamer([after, version1]));
    expect(comparison.added.map((change) => change.subject)).toEqual(['Towel slide to the side']);
    expect(exerciseNamer([])(clinicId)).toBe('An exercise no longer in the library');
    expect(exerciseNamer([], () => ({ name: 'From the clinic list' }))(clinicId)).toBe(
      'From the clinic list',
    );
  });

  it('notices a new title and goal', () => {
    const comparison = compare({ ...version1, title: 'Lateral hip, phase 2', goal: null });
    expect(lines(comparison, 'changed')).toEqual([
      'Title: “Home program — lateral hip” → “Lateral hip, phase 2”',
      'Goal: Removed (was “Run 5 km without hip pain”)',
    ]);
  });

  it('lists protocols added, removed and moved to another phase or emphasis', () => {
    const comparison = compare({
      ...version1,
      protocols: [
        { protocolId: 'hip-abductor-strengthening', phase: 1, emphasisSide: null },
        { protocolId: 'pelvic-control', phase: 0, emphasisSide: null },
      ],
    });
    expect(lines(comparison, 'changed')).toEqual([
      'Hip abductor strengthening: Phase 1: Low load → Phase 2: Moderate load',
      'Hip abductor strengthening: Emphasis: left side → none',
    ]);
    expect(lines(comparison, 'added')).toEqual([
      'Pelvic and single-leg control: Starting at Phase 1: Find the level pelvis',
    ]);
    expect(lines(compare(version1, { ...version1, protocols: [] }), 'added')).toEqual([
      'Hip abductor strengthening: Starting at Phase 1: Low load, left emphasis',
    ]);
    expect(lines(compare({ ...version1, protocols: [] }), 'removed')).toEqual([
      'Hip abductor strengthening',
    ]);
  });

  it('lists walk-run stages added, removed and changed, and the plan rules', () => {
    const plan = version1.returnToRun!;
    const comparison = compare({
      ...version1,
      returnToRun: {
        readiness: [{ id: 'jog-on-the-spot-1-min', label: 'Jog on the spot for 1 minute' }],
        stages: [
          stage(KEYS.stage1, { runMinutes: 2, repeats: 5, note: 'Flat ground' }),
          stage(KEYS.stage3, { walkMinutes: 1, runMinutes: 4 }),
        ],
        weeklyIncreasePercent: 5,
      },
    });
    expect(lines(comparison, 'changed')).toEqual([
      'Return-to-running plan: Weekly increase once running 10% → 5%',
      'Return-to-running plan: Readiness check added: Jog on the spot for 1 minute',
      'Return-to-running plan: Readiness check removed: Walk briskly for 30 minutes',
      'Walk-run stage 1: Run 1 min → 2 min',
      'Walk-run stage 1: Repeats 6 → 5',
      'Walk-run stage 1: Note added: “Flat ground”',
    ]);
    expect(lines(comparison, 'added')).toEqual([
      'Walk-run stage 2: Walk 1 min, run 4 min, 6 times (30 min), effort 3/10; at least 2 sessions',
    ]);
    expect(lines(comparison, 'removed')).toEqual([
      'Walk-run stage 2: Walk 3 min, run 2 min, 6 times (30 min), effort 3/10; at least 2 sessions',
    ]);
    expect(plan.stages).toHaveLength(2);
  });

  it('says when the whole walk-run plan was added or taken out', () => {
    const without = { ...version1, returnToRun: null };
    expect(lines(compare(without), 'removed')).toEqual([
      'Return-to-running plan: Stage 1: Walk 4 min, run 1 min, 6 times (30 min), effort 3/10; at least 2 sessions',
      'Return-to-running plan: Stage 2: Walk 3 min, run 2 min, 6 times (30 min), effort 3/10; at least 2 sessions',
    ]);
    const added = compare(version1, without);
    expect(added.added.map((change) => change.subject)).toEqual(['Return-to-running plan']);
    expect(added.count).toBe(1);
  });
});
