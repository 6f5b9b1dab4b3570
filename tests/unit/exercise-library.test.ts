import { describe, expect, it } from 'vitest';
import {
  CAUTIONS,
  EQUIPMENT,
  EXERCISE_CATEGORIES,
  EXERCISE_POSITIONS,
  EXERCISE_TARGETS,
  LOADING_TIERS,
  type Exercise,
} from '../../src/shared/clinical/catalogue/exercise-types';
import {
  ABDUCTOR_EXTENSOR_EXERCISES,
  EXERCISE_IDS,
  EXERCISES,
  FLEXOR_ADDUCTOR_EXERCISES,
  ISOMETRIC_EXERCISES,
  MOBILITY_EXERCISES,
  MOTOR_CONTROL_EXERCISES,
  PLYOMETRIC_EXERCISES,
  RUNNING_DRILL_EXERCISES,
  exerciseLadder,
  findExercise,
} from '../../src/shared/clinical/catalogue/exercises';
import { dosageSchema } from '../../src/shared/domain/program';

/** Ids other code (protocols, the builder, stored programs) refers to. */
const CONTRACT_IDS = [
  'glute-bridge',
  'bridge-band-abduction',
  'single-leg-bridge',
  'single-leg-bridge-on-step',
  'quadruped-hip-extension',
  'clamshell',
  'clamshell-band',
  'side-plank-clam',
  'side-lying-hip-abduction',
  'side-lying-hip-abduction-band',
  'side-plank-hip-abduction',
  'side-plank-knees',
  'side-plank',
  'standing-hip-abduction-band',
  'banded-lateral-walk',
  'banded-monster-walk',
  'hip-hitch',
  'sit-to-stand',
  'squat',
  'split-squat',
  'step-up',
  'lateral-step-up',
  'step-up-knee-drive',
  'lateral-step-down-low',
  'lateral-step-down',
  'forward-step-down',
  'single-leg-deadlift-supported',
  'single-leg-deadlift',
  'single-leg-deadlift-weighted',
  'romanian-deadlift',
  'hamstring-slider-curl',
  'supine-march',
  'standing-hip-flexion-band',
  'seated-hip-flexion',
  'copenhagen-side-lying-adduction',
  'copenhagen-short-lever',
  'copenhagen-long-lever',
  'isometric-hip-abduction-supine',
  'isometric-hip-abduction-standing',
  'isometric-adductor-squeeze',
  'isometric-long-lever-bridge-hold',
  'isometric-hip-flexion-hold',
  'single-leg-stance',
  'single-leg-stance-eyes-closed',
  'single-leg-stance-cushion',
  'single-leg-stance-reach',
  'single-leg-squat-mirror',
  'bird-dog',
  'dead-bug',
  'pelvic-level-mirror-walk',
  'standing-hip-flexor-stretch',
  'kneeling-hip-flexor-stretch',
  'couch-stretch',
  'figure-four-stretch',
  'pigeon-stretch',
  'adductor-rocking',
  'worlds-greatest-stretch',
  'standing-itb-stretch',
  'hip-90-90-switch',
  'supine-hamstring-stretch',
  'cadence-metronome-run',
  'a-march',
  'a-skip',
  'high-knees',
  'butt-kicks',
  'wall-knee-drive',
  'step-width-drill',
  'jog-on-the-spot',
  'pogo-hops',
  'single-leg-pogo-hops',
  'squat-jump',
  'split-squat-jump',
  'lateral-bounds',
  'forward-hop-and-stick',
  'single-leg-hop-for-distance',
];

/** Ladders as the brief writes them, easier first. */
const CONTRACT_LADDERS = [
  ['glute-bridge', 'bridge-band-abduction', 'single-leg-bridge', 'single-leg-bridge-on-step'],
  ['clamshell', 'clamshell-band', 'side-plank-clam'],
  ['side-lying-hip-abduction', 'side-lying-hip-abduction-band', 'side-plank-hip-abduction'],
  ['side-plank-knees', 'side-plank'],
  ['banded-lateral-walk', 'banded-monster-walk'],
  ['sit-to-stand', 'squat', 'split-squat'],
  ['step-up', 'lateral-step-up', 'step-up-knee-drive'],
  ['lateral-step-down-low', 'lateral-step-down'],
  ['single-leg-deadlift-supported', 'single-leg-deadlift', 'single-leg-deadlift-weighted'],
  ['supine-march', 'standing-hip-flexion-band'],
  ['copenhagen-side-lying-adduction', 'copenhagen-short-lever', 'copenhagen-long-lever'],
  ['isometric-hip-abduction-supine', 'isometric-hip-abduction-standing'],
  [
    'single-leg-stance',
    'single-leg-stance-eyes-closed',
    'single-leg-stance-cushion',
    'single-leg-stance-reach',
  ],
  ['standing-hip-flexor-stretch', 'kneeling-hip-flexor-stretch', 'couch-stretch'],
  ['figure-four-stretch', 'pigeon-stretch'],
  ['a-march', 'a-skip'],
  ['pogo-hops', 'single-leg-pogo-hops'],
  ['squat-jump', 'split-squat-jump'],
  ['forward-hop-and-stick', 'single-leg-hop-for-distance'],
];

const values = <T extends { value: string }>(list: readonly T[]) =>
  new Set(list.map((item) => item.value));

/** Every piece of patient-facing text of an exercise, labelled for failure messages. */
function texts(exercise: Exercise): [string, string][] {
  return [
    ['name', exercise.name],
    ['aim', exercise.aim],
    ['startingPosition', exercise.startingPosition],
    ...exercise.steps.map((text, i): [string, string] => [`steps[${i}]`, text]),
    ...exercise.cues.map((text, i): [string, string] => [`cues[${i}]`, text]),
    ...exercise.commonErrors.map((text, i): [string, string] => [`commonErrors[${i}]`, text]),
    ...exercise.warnings.map((text, i): [string, string] => [`warnings[${i}]`, text]),
  ];
}

describe('the exercise library', () => {
  it('has at least 60 exercises, each listed once in EXERCISE_IDS', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(60);
    expect(EXERCISE_IDS).toEqual(EXERCISES.map((exercise) => exercise.id));
  });

  it('has unique kebab-case ids and unique names', () => {
    const ids = EXERCISES.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{2,80}$/);
    for (const id of ids) expect(id, id).not.toMatch(/^-|-$|--/);
    const names = EXERCISES.map((exercise) => exercise.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('contains every id other code relies on', () => {
    const missing = CONTRACT_IDS.filter((id) => findExercise(id) === undefined);
    expect(missing).toEqual([]);
  });

  it('finds exercises by id and nothing for an unknown id', () => {
    for (const exercise of EXERCISES) expect(findExercise(exercise.id)).toBe(exercise);
    expect(findExercise('no-such-exercise')).toBeUndefined();
    expect(findExercise('')).toBeUndefined();
  });

  it('has entries in every category, and each category file holds only its own', () => {
    for (const { value } of EXERCISE_CATEGORIES) {
      expect(
        EXERCISES.some((exercise) => exercise.category === value),
        value,
      ).toBe(true);
    }
    const files: [string, readonly Exercise[]][] = [
      ['abductor-extensor-strength', ABDUCTOR_EXTENSOR_EXERCISES],
      ['flexor-adductor-strength', FLEXOR_ADDUCTOR_EXERCISES],
      ['isometric', ISOMETRIC_EXERCISES],
      ['motor-control', MOTOR_CONTROL_EXERCISES],
      ['mobility', MOBILITY_EXERCISES],
      ['running-drill', RUNNING_DRILL_EXERCISES],
      ['plyometric', PLYOMETRIC_EXERCISES],
    ];
    for (const [category, list] of files) {
      for (const exercise of list) expect(exercise.category, exercise.id).toBe(category);
    }
    expect(files.reduce((sum, [, list]) => sum + list.length, 0)).toBe(EXERCISES.length);
  });

  it('uses only known categories, targets, positions, equipment, tiers and cautions', () => {
    const categories = values(EXERCISE_CATEGORIES);
    const targets = values(EXERCISE_TARGETS);
    const positions = values(EXERCISE_POSITIONS);
    const equipment = values(EQUIPMENT);
    const tiers = values(LOADING_TIERS);
    for (const exercise of EXERCISES) {
      const id = exercise.id;
      expect(categories.has(exercise.category), id).toBe(true);
      expect(positions.has(exercise.position), id).toBe(true);
      expect(tiers.has(exercise.loadingTier), id).toBe(true);
      expect(exercise.targets.length, id).toBeGreaterThan(0);
      expect(new Set(exercise.targets).size, id).toBe(exercise.targets.length);
      for (const target of exercise.targets) expect(targets.has(target), id).toBe(true);
      expect(new Set(exercise.equipment).size, id).toBe(exercise.equipment.length);
      for (const item of exercise.equipment) expect(equipment.has(item), id).toBe(true);
      expect(new Set(exercise.cautions).size, id).toBe(exercise.cautions.length);
      for (const caution of exercise.cautions) expect(caution in CAUTIONS, id).toBe(true);
      expect([1, 2, 3, 4, 5], id).toContain(exercise.level);
    }
  });

  it('has no empty or untrimmed text, and enough steps, cues and common errors', () => {
    for (const exercise of EXERCISES) {
      const id = exercise.id;
      for (const [field, text] of texts(exercise)) {
        expect(text.trim().length, `${id}.${field}`).toBeGreaterThan(0);
        expect(text, `${id}.${field}`).toBe(text.trim());
        expect(text, `${id}.${field}`).not.toMatch(/ {2}/);
      }
      expect(exercise.steps.length, id).toBeGreaterThanOrEqual(2);
      expect(exercise.steps.length, id).toBeLessThanOrEqual(6);
      expect(exercise.cues.length, id).toBeGreaterThanOrEqual(1);
      expect(exercise.commonErrors.length, id).toBeGreaterThanOrEqual(1);
      // Steps are numbered by the handout, not in the text.
      for (const step of exercise.steps) expect(step, id).not.toMatch(/^\s*(\d+|[a-z])[.)]\s/i);
      // Sentences end with a full stop; names are labels and do not.
      for (const text of [exercise.aim, exercise.startingPosition, ...exercise.steps]) {
        expect(text, id).toMatch(/[.!?]$/);
      }
      expect(exercise.name, id).not.toMatch(/\.$/);
    }
  });

  it('says which side to lie on for one-sided side-lying exercises, for either side', () => {
    const sideLying = EXERCISES.filter(
      (exercise) => exercise.position === 'lying-on-side' && exercise.oneSided,
    );
    expect(sideLying.length).toBeGreaterThan(0);
    for (const exercise of sideLying) {
      // "Left side" on the prescription is the working side; the text says where that is.
      expect(exercise.startingPosition, exercise.id).toMatch(
        /^Your working side is the (top one: lie on the other side|one underneath: lie on it)/,
      );
      // Never lying on a sore outer hip.
      expect(exercise.warnings.join(' '), exercise.id).toMatch(
        /outer hip (underneath )?(that )?is sore/,
      );
    }
    for (const exercise of EXERCISES) {
      for (const [field, text] of texts(exercise)) {
        expect(text, `${exercise.id}.${field}`).not.toMatch(/good side/i);
      }
    }
  });

  it('keeps the side plank family off a sore outer hip', () => {
    const family = [
      'side-plank',
      'side-plank-knees',
      'side-plank-clam',
      'side-plank-hip-abduction',
    ];
    for (const id of family) {
      const exercise = findExercise(id)!;
      expect(exercise.cautions, id).toContain('lateral-hip-compression');
      for (const [field, text] of texts(exercise)) {
        expect(text, `${id}.${field}`).not.toMatch(/thick mat|keep rests short/);
      }
    }
  });

  it('works the hip hitch from level upwards, so it does not squeeze the outer hip', () => {
    const hitch = findExercise('hip-hitch')!;
    expect(hitch.cautions).not.toContain('lateral-hip-compression');
    expect(hitch.startingPosition).toMatch(/level/);
    expect(hitch.steps.join(' ')).toMatch(/back to level and no further/);
    for (const [field, text] of texts(hitch)) {
      expect(text, field).not.toMatch(/lower a little way|leave out the lowering/);
    }
  });

  it('gives every exercise a default dosage that passes the program schema unchanged', () => {
    for (const exercise of EXERCISES) {
      const result = dosageSchema.safeParse(exercise.dosage);
      expect(result.success, `${exercise.id}: ${result.error?.message ?? ''}`).toBe(true);
      expect(result.data, exercise.id).toEqual(exercise.dosage);
    }
  });

  it('matches band and weight equipment to the dosage', () => {
    for (const exercise of EXERCISES) {
      const id = exercise.id;
      expect(exercise.equipment.includes('band'), id).toBe(exercise.dosage.band !== null);
      if (exercise.dosage.loadKg !== null) expect(exercise.equipment, id).toContain('weight');
    }
  });

  it('doses by category as the clinical reference says', () => {
    for (const exercise of EXERCISES) {
      const { id, category, dosage } = exercise;
      if (category === 'isometric') {
        expect(dosage.holdSeconds, id).not.toBeNull();
        expect(dosage.sets, id).toBe(5);
        expect(dosage.effort, id).toBeGreaterThanOrEqual(7);
        expect(dosage.effort, id).toBeLessThanOrEqual(8);
      }
      if (category === 'plyometric') {
        expect(dosage.daysPerWeek, id).toBe(2);
        expect(dosage.reps, id).toBeGreaterThanOrEqual(8);
        expect(dosage.reps, id).toBeLessThanOrEqual(10);
      }
      if (category === 'mobility' && dosage.holdSeconds !== null) {
        expect(dosage.holdSeconds, id).toBe(30);
        // About 180 s a day per muscle.
        expect(dosage.sets * dosage.holdSeconds * dosage.timesPerDay, id).toBe(180);
      }
    }
    const gluteal = ['isometric-hip-abduction-supine', 'isometric-hip-abduction-standing'];
    for (const id of gluteal) {
      expect(findExercise(id)?.dosage.timesPerDay, id).toBe(2);
      expect(findExercise(id)?.dosage.daysPerWeek, id).toBe(7);
    }
    for (const id of ['copenhagen-short-lever', 'copenhagen-long-lever']) {
      const dosage = findExercise(id)?.dosage;
      expect(dosage?.daysPerWeek, id).toBe(3);
      expect(dosage?.reps, id).toBeGreaterThanOrEqual(3);
      expect(dosage?.reps, id).toBeLessThanOrEqual(5);
    }
  });

  it('links easier and harder versions to existing exercises, both ways', () => {
    for (const exercise of EXERCISES) {
      const id = exercise.id;
      expect(exercise.easier, id).not.toBe(id);
      expect(exercise.harder, id).not.toBe(id);
      if (exercise.harder !== null) {
        const harder = findExercise(exercise.harder);
        expect(harder, `${id}.harder`).toBeDefined();
        expect(harder?.easier, `${exercise.harder}.easier`).toBe(id);
        expect(harder!.level, `${id} -> ${exercise.harder}`).toBeGreaterThanOrEqual(exercise.level);
      }
      if (exercise.easier !== null) {
        const easier = findExercise(exercise.easier);
        expect(easier, `${id}.easier`).toBeDefined();
        expect(easier?.harder, `${exercise.easier}.harder`).toBe(id);
        expect(easier!.level, `${exercise.easier} -> ${id}`).toBeLessThanOrEqual(exercise.level);
      }
    }
  });

  it('has no cycles in its ladders', () => {
    for (const exercise of EXERCISES) {
      for (const direction of ['harder', 'easier'] as const) {
        const seen = new Set<string>();
        let current: Exercise | undefined = exercise;
        while (current) {
          expect(seen.has(current.id), `${direction} from ${exercise.id}`).toBe(false);
          if (seen.has(current.id)) break;
          seen.add(current.id);
          const next: string | null = current[direction];
          current = next === null ? undefined : findExercise(next);
        }
      }
    }
  });

  it('keeps the ladders the clinical plan sets out, easiest first', () => {
    for (const ladder of CONTRACT_LADDERS) {
      for (const id of ladder) {
        const ids = exerciseLadder(id).map((exercise) => exercise.id);
        for (let i = 1; i < ladder.length; i += 1) {
          expect(ids.indexOf(ladder[i]!), `${ladder.join(' -> ')}`).toBeGreaterThan(
            ids.indexOf(ladder[i - 1]!),
          );
          expect(ids.indexOf(ladder[i - 1]!), `${ladder.join(' -> ')}`).toBeGreaterThanOrEqual(0);
        }
      }
    }
    expect(exerciseLadder('glute-bridge').map((exercise) => exercise.id)).toEqual(
      CONTRACT_LADDERS[0],
    );
    expect(exerciseLadder('quadruped-hip-extension')).toHaveLength(1);
    expect(exerciseLadder('no-such-exercise')).toEqual([]);
  });

  it('marks running and hopping so red flags can withhold them', () => {
    for (const exercise of EXERCISES) {
      if (exercise.category === 'running-drill')
        expect(exercise.cautions, exercise.id).toContain('running');
      if (exercise.category === 'plyometric')
        expect(exercise.cautions, exercise.id).toContain('hopping');
    }
  });

  it('marks the compressive and heavy positions the clinical reference names', () => {
    const expected: [string, string][] = [
      ['copenhagen-short-lever', 'groin-load'],
      ['copenhagen-long-lever', 'groin-load'],
      ['figure-four-stretch', 'lateral-hip-compression'],
      ['pigeon-stretch', 'lateral-hip-compression'],
      ['pigeon-stretch', 'deep-hip-flexion'],
      ['standing-itb-stretch', 'lateral-hip-compression'],
      ['supine-hamstring-stretch', 'hamstring-compression'],
      ['romanian-deadlift', 'hamstring-compression'],
      ['single-leg-deadlift-supported', 'hamstring-compression'],
      ['single-leg-deadlift', 'hamstring-compression'],
      ['single-leg-deadlift-weighted', 'hamstring-compression'],
      ['side-lying-hip-abduction-band', 'lateral-hip-compression'],
    ];
    for (const [id, caution] of expected) {
      expect(findExercise(id)?.cautions, id).toContain(caution);
    }
    // Early-stage options for each condition stay free of those cautions.
    for (const id of ['glute-bridge', 'isometric-hip-abduction-supine', 'clamshell']) {
      expect(findExercise(id)?.cautions, id).toEqual([]);
    }
    expect(findExercise('copenhagen-side-lying-adduction')?.cautions).not.toContain('groin-load');
    // The slider curl works the hamstring with the hip straight, in a bridge.
    expect(findExercise('hamstring-slider-curl')?.cautions).not.toContain('hamstring-compression');
  });

  it('works one side at a time where one leg does the work', () => {
    const oneSided = [
      'side-lying-hip-abduction',
      'single-leg-bridge',
      'lateral-step-down',
      'copenhagen-short-lever',
      'couch-stretch',
      'single-leg-stance',
    ];
    const bilateral = ['glute-bridge', 'banded-lateral-walk', 'squat', 'pogo-hops', 'a-march'];
    for (const id of oneSided) expect(findExercise(id)?.oneSided, id).toBe(true);
    for (const id of bilateral) expect(findExercise(id)?.oneSided, id).toBe(false);
  });

  it('follows the loading tiers: bridges low to moderate, side plank with abduction very high', () => {
    const tier = (id: string) => findExercise(id)?.loadingTier;
    expect(['low', 'moderate']).toContain(tier('glute-bridge'));
    expect(['low', 'moderate']).toContain(tier('quadruped-hip-extension'));
    expect(tier('side-plank-hip-abduction')).toBe('very-high');
    expect(['high', 'very-high']).toContain(tier('single-leg-stance'));
    expect(['high', 'very-high']).toContain(tier('single-leg-squat-mirror'));
  });
});
