import type { ProgramItem } from '../domain/program';
import type { Dosage } from './catalogue/exercise-types';
import { formatNumber } from './format';

/**
 * A prescription in one plain line a patient cannot misread: how much, which leg, with what,
 * and how often. Side words appear only for one-leg exercises, so "each leg" and "left leg
 * only" are never left to guesswork and never added to a two-leg exercise.
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

/** "3 sets of 12", "5 holds of 30 s", "2 sets of 20 m", "10 min". */
function amount(dosage: Dosage): string {
  const { sets, reps, holdSeconds, distanceMetres } = dosage;
  if (reps !== null) {
    const base = `${plural(sets, 'set')} of ${reps}`;
    if (holdSeconds === null) return base;
    return sets === 1
      ? `${plural(reps, 'hold')} of ${describeDuration(holdSeconds)}`
      : `${base}, holding each ${describeDuration(holdSeconds)}`;
  }
  if (holdSeconds !== null) {
    // Long timed efforts (a cadence run, a walk) read as time, not as "holds".
    if (holdSeconds >= 120) {
      const time = describeDuration(holdSeconds);
      return sets === 1 ? time : `${plural(sets, 'set')} of ${time}`;
    }
    return `${plural(sets, 'hold')} of ${describeDuration(holdSeconds)}`;
  }
  if (distanceMetres !== null) return `${plural(sets, 'set')} of ${distanceMetres} m`;
  return plural(sets, 'set');
}

export function describeDosage(item: DosageLine, exercise: { oneSided: boolean }): string {
  let first = amount(item);
  const parts: string[] = [];
  if (exercise.oneSided) {
    if (item.side === 'both') {
      first += ' each leg';
      if (item.extraSetsOn && item.extraSets > 0) {
        parts.push(`plus ${plural(item.extraSets, 'extra set')} on the ${item.extraSetsOn}`);
      }
    } else {
      parts.push(`${item.side} leg only`);
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
