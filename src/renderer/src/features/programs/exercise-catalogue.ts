import { useMemo } from 'react';
import { EXERCISES } from '../../../../shared/clinical/catalogue/exercises';
import type { Exercise } from '../../../../shared/clinical/catalogue/exercise-types';
import type { CustomExercise } from '../../../../shared/domain/custom-exercise';
import { useCustomExercises } from '../../api/custom-exercises';

/** A library entry or one of the clinic's own exercises. */
export type AnyExercise = Exercise | CustomExercise;

export function isLibraryExercise(exercise: AnyExercise): exercise is Exercise {
  return !exercise.id.startsWith('custom:');
}

/** The built-in library and the clinic's own exercises, looked up by id. */
export function useExerciseCatalogue() {
  const custom = useCustomExercises();
  return useMemo(() => {
    const all: AnyExercise[] = [...EXERCISES, ...(custom.data ?? [])];
    const byId = new Map(all.map((exercise) => [exercise.id, exercise]));
    return {
      all,
      find: (id: string) => byId.get(id),
      loading: custom.isPending,
      error: custom.error,
    };
  }, [custom.data, custom.isPending, custom.error]);
}
