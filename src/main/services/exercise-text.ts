import { findExercise } from '../../shared/clinical/catalogue/exercises';
import type { CustomExercise } from '../../shared/domain/custom-exercise';
import type { StoredProgramContent } from '../../shared/domain/program';
import type { HandoutExerciseText } from '../pdf/build-handout-data';

/**
 * An exercise's name and kind as a saved program version shows it. The library comes first;
 * then the copy of the clinic's own exercise the version stored when it was saved (so a
 * later edit or deletion of that exercise does not change an old version); then the clinic's
 * exercise as it is now, for versions saved before such copies were kept.
 */
export function programExerciseText(
  exerciseId: string,
  content: StoredProgramContent,
  customExercises: { find(exerciseId: string): CustomExercise | undefined },
): HandoutExerciseText | undefined {
  return (
    findExercise(exerciseId) ??
    content.clinicExercises?.[exerciseId] ??
    customExercises.find(exerciseId)
  );
}
