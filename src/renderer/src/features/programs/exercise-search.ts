import { foldForSearch } from '../../../../shared/domain/search-text';
import type { AnyExercise } from './exercise-catalogue';

export interface ExerciseFilters {
  query: string;
  target: string | null;
  position: string | null;
  equipment: string | null;
  category: string | null;
}

export const NO_FILTERS: ExerciseFilters = {
  query: '',
  target: null,
  position: null,
  equipment: null,
  category: null,
};

/** Every word typed must appear in the name, aim or targets (accents and case ignored). */
export function filterExercises(exercises: readonly AnyExercise[], filters: ExerciseFilters) {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  return exercises.filter((exercise) => {
    if (filters.target && !exercise.targets.includes(filters.target as never)) return false;
    if (filters.position && exercise.position !== filters.position) return false;
    if (filters.equipment && !exercise.equipment.includes(filters.equipment as never)) return false;
    if (filters.category && exercise.category !== filters.category) return false;
    const haystack = foldForSearch(
      [exercise.name, exercise.aim, ...exercise.targets].join(' ').replace(/-/g, ' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
