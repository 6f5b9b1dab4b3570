import type { Exercise } from '../exercise-types';
import { ABDUCTOR_EXTENSOR_EXERCISES } from './abductor-extensor-strength';
import { FLEXOR_ADDUCTOR_EXERCISES } from './flexor-adductor-strength';
import { ISOMETRIC_EXERCISES } from './isometric';
import { MOBILITY_EXERCISES } from './mobility';
import { MOTOR_CONTROL_EXERCISES } from './motor-control';
import { PLYOMETRIC_EXERCISES } from './plyometrics';
import { RUNNING_DRILL_EXERCISES } from './running-drills';

export {
  ABDUCTOR_EXTENSOR_EXERCISES,
  FLEXOR_ADDUCTOR_EXERCISES,
  ISOMETRIC_EXERCISES,
  MOBILITY_EXERCISES,
  MOTOR_CONTROL_EXERCISES,
  PLYOMETRIC_EXERCISES,
  RUNNING_DRILL_EXERCISES,
};

/**
 * The whole exercise library, in category order. Ids are stable keys in stored programs and
 * protocols: never rename one once released.
 */
export const EXERCISES: readonly Exercise[] = [
  ...ABDUCTOR_EXTENSOR_EXERCISES,
  ...FLEXOR_ADDUCTOR_EXERCISES,
  ...ISOMETRIC_EXERCISES,
  ...MOTOR_CONTROL_EXERCISES,
  ...MOBILITY_EXERCISES,
  ...RUNNING_DRILL_EXERCISES,
  ...PLYOMETRIC_EXERCISES,
];

export const EXERCISE_IDS: readonly string[] = EXERCISES.map((exercise) => exercise.id);

const BY_ID: ReadonlyMap<string, Exercise> = new Map(
  EXERCISES.map((exercise) => [exercise.id, exercise]),
);

/** The library exercise with this id, or undefined (custom exercises live elsewhere). */
export function findExercise(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/**
 * The progression ladder an exercise belongs to, easiest first, following `easier` and
 * `harder` links. A standalone exercise is a ladder of one. Stops at a missing id or a repeat.
 */
export function exerciseLadder(id: string): Exercise[] {
  const start = findExercise(id);
  if (!start) return [];
  const seen = new Set<string>([start.id]);
  let bottom = start;
  for (let prev = findExercise(bottom.easier ?? ''); prev && !seen.has(prev.id);) {
    seen.add(prev.id);
    bottom = prev;
    prev = findExercise(prev.easier ?? '');
  }
  const ladder = [bottom];
  const inLadder = new Set<string>([bottom.id]);
  for (let next = findExercise(bottom.harder ?? ''); next && !inLadder.has(next.id);) {
    inLadder.add(next.id);
    ladder.push(next);
    next = findExercise(next.harder ?? '');
  }
  return ladder;
}
