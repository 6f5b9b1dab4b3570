import { dosage } from '../../../../shared/clinical/catalogue/exercises/dosage-defaults';
import type {
  CustomExercise,
  CustomExerciseInput,
} from '../../../../shared/domain/custom-exercise';
import type { DosageDraft } from '../programs/DosageFields';

/** The custom-exercise form as typed: lists are one line per entry. */
export interface CustomExerciseDraft {
  name: string;
  category: string | null;
  aim: string;
  targets: string[];
  position: string | null;
  equipment: string[];
  startingPosition: string;
  steps: string;
  cues: string;
  commonErrors: string;
  warnings: string;
  cautions: string[];
  oneSided: boolean;
  dosage: DosageDraft;
}

/** A new exercise starts from the library's usual strength dosage: 3 sets of 10. */
const NEW_EXERCISE_DOSAGE = dosage({ reps: 10 });

export function emptyCustomExercise(): CustomExerciseDraft {
  return {
    name: '',
    category: null,
    aim: '',
    targets: [],
    position: null,
    equipment: [],
    startingPosition: '',
    steps: '',
    cues: '',
    commonErrors: '',
    warnings: '',
    cautions: [],
    oneSided: true,
    dosage: NEW_EXERCISE_DOSAGE,
  };
}

export function draftFromExercise(exercise: CustomExercise): CustomExerciseDraft {
  return {
    ...exercise,
    steps: exercise.steps.join('\n'),
    cues: exercise.cues.join('\n'),
    commonErrors: exercise.commonErrors.join('\n'),
    warnings: exercise.warnings.join('\n'),
  };
}

const lines = (text: string) => text.split('\n');

/** What the schema checks (here and again in main). */
export function inputFromDraft(draft: CustomExerciseDraft): CustomExerciseInput {
  return {
    ...draft,
    steps: lines(draft.steps),
    cues: lines(draft.cues),
    commonErrors: lines(draft.commonErrors),
    warnings: lines(draft.warnings),
  } as CustomExerciseInput;
}
