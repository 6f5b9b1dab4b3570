import type { Dosage } from '../exercise-types';

/**
 * The starting point for a library entry's default dosage: a novice strength session of
 * three sets, a minute's rest, three days a week. Each entry overrides what differs.
 */
export const DEFAULT_DOSAGE: Readonly<Dosage> = {
  sets: 3,
  reps: null,
  holdSeconds: null,
  distanceMetres: null,
  restSeconds: 60,
  effort: null,
  tempo: null,
  band: null,
  loadKg: null,
  timesPerDay: 1,
  daysPerWeek: 3,
};

/** A full dosage from the defaults and the fields that differ. */
export function dosage(overrides: Partial<Dosage>): Dosage {
  return { ...DEFAULT_DOSAGE, ...overrides };
}

/** A 30 s stretch, three times, twice a day: about 180 s a day for the muscle. */
export const STRETCH_DOSAGE: Readonly<Partial<Dosage>> = {
  sets: 3,
  holdSeconds: 30,
  restSeconds: 15,
  timesPerDay: 2,
  daysPerWeek: 7,
};
