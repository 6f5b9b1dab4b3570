import type { Dosage } from '../../../../shared/clinical/catalogue/exercise-types';
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

const DEFAULT_DOSAGE: Dosage = {
  sets: 3,
  reps: 10,
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
    dosage: DEFAULT_DOSAGE,
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
