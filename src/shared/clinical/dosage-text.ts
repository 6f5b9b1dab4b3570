import type { ProgramItem } from '../domain/program';
import type { Dosage, ExerciseCategory, ExercisePosition } from './catalogue/exercise-types';
import { formatNumber } from './format';

/**
 * A prescription in one plain line a patient cannot misread: how much, which leg (or side),
 * with what, and how often. Side words appear only for one-sided exercises, so "each leg"
 * and "left leg only" are never left to guesswork and never added to a two-leg exercise.
 */

export type DosageLine = Dosage & Pick<ProgramItem, 'side' | 'extraSetsOn' | 'extraSets'>;

/** Times of two minutes or more read as minutes ("10 min"); shorter ones as seconds. */
export function describeDuration(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

export function describeFrequency(dosage: Pick<Dosage, 'timesPerDay' | 'daysPerWeek'>): string {
  const days =
    dosage.daysPerWeek >= 7
      ? 'every day'
      : dosage.daysPerWeek === 1
        ? 'once a week'
        : `${dosage.daysPerWeek} days a week`;
  if (dosage.timesPerDay <= 1) return days;
  const times = dosage.timesPerDay === 2 ? 'twice a day' : `${dosage.timesPerDay} times a day`;
  return `${times}, ${days}`;
}

/**
 * What a prescription line needs to know about its exercise. Only `oneSided` is required;
 * without a category or position the line reads as before (legs, holds).
 */
export interface DosageExercise {
  oneSided: boolean;
  category?: ExerciseCategory;
  position?: ExercisePosition;
}

/** What one set is called, so an extra one is named the same way ("extra hold"). */
type Unit = 'set' | 'hold' | 'round';

/**
 * Timed work that moves (walking, jogging, drills) is a round of so long, not a hold: a
 * running drill, a plyometric, or anything done walking or running.
 */
function movesWhileTimed(exercise: DosageExercise): boolean {
  return (
    exercise.category === 'running-drill' ||
    exercise.category === 'plyometric' ||
    exercise.position === 'moving'
  );
}

/** One timed round in words: whole minutes as minutes ("1 min"), otherwise as before. */
function roundTime(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : describeDuration(seconds);
}

/** "3 sets of 12", "5 holds of 30 s", "2 sets of 20 m", "10 min", "3 rounds of 60 s". */
function amount(dosage: Dosage, exercise: DosageExercise): { text: string; unit: Unit } {
  const { sets, reps, holdSeconds, distanceMetres } = dosage;
  if (reps !== null) {
    const base = `${plural(sets, 'set')} of ${reps}`;
    if (holdSeconds === null) return { text: base, unit: 'set' };
    return sets === 1
      ? { text: `${plural(reps, 'hold')} of ${describeDuration(holdSeconds)}`, unit: 'round' }
      : { text: `${base}, holding each ${describeDuration(holdSeconds)}`, unit: 'set' };
  }
  if (holdSeconds !== null) {
    if (movesWhileTimed(exercise)) {
      return sets === 1
        ? { text: roundTime(holdSeconds), unit: 'round' }
        : { text: `${plural(sets, 'round')} of ${describeDuration(holdSeconds)}`, unit: 'round' };
    }
    // Long timed efforts (a cadence run, a walk) read as time, not as "holds".
    if (holdSeconds >= 120) {
      const time = describeDuration(holdSeconds);
      return sets === 1
        ? { text: time, unit: 'round' }
        : { text: `${plural(sets, 'set')} of ${time}`, unit: 'set' };
    }
    return { text: `${plural(sets, 'hold')} of ${describeDuration(holdSeconds)}`, unit: 'hold' };
  }
  if (distanceMetres !== null) {
    return { text: `${plural(sets, 'set')} of ${distanceMetres} m`, unit: 'set' };
  }
  return { text: plural(sets, 'set'), unit: 'set' };
}

/**
 * The word for a side. Lying on the side, "left leg" could be the leg on top or underneath,
 * so those exercises name the working side instead; their instructions say which side that
 * is (the top one for a clamshell, the one underneath for a side plank).
 */
export function sideWord(exercise: Pick<DosageExercise, 'position'>): 'leg' | 'side' {
  return exercise.position === 'lying-on-side' ? 'side' : 'leg';
}

export function describeDosage(item: DosageLine, exercise: DosageExercise): string {
  const { text, unit } = amount(item, exercise);
  let first = text;
  const parts: string[] = [];
  if (exercise.oneSided) {
    const word = sideWord(exercise);
    if (item.side === 'both') {
      first += ` each ${word}`;
      if (item.extraSetsOn && item.extraSets > 0) {
        parts.push(
          `plus ${plural(item.extraSets, `extra ${unit}`)} on the ${item.extraSetsOn} ${word}`,
        );
      }
    } else {
      parts.push(`${item.side} ${word} only`);
    }
  }
  if (item.loadKg !== null) first += ` with ${formatNumber(item.loadKg)} kg`;
  if (item.band !== null) parts.push(`${item.band} band`);
  if (item.effort !== null) parts.push(`effort ${item.effort}/10`);
  if (item.tempo !== null) parts.push(`tempo ${item.tempo}`);
  if (item.restSeconds !== null && item.restSeconds > 0)
    parts.push(`rest ${describeDuration(item.restSeconds)}`);
  parts.push(describeFrequency(item));
  return [first, ...parts].join(', ');
}
