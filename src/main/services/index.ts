import type { AppDatabase } from '../db/connection';
import { systemClock, type Clock } from './clock';
import { createAssessmentService } from './assessments';
import { createCustomExerciseService } from './custom-exercises';
import { createFormDraftService } from './form-drafts';
import { createPatientService } from './patients';
import { createProgramService } from './programs';
import { createSettingsService } from './settings';

export function createServices(db: AppDatabase, clock: Clock = systemClock) {
  const patients = createPatientService(db, clock);
  const settings = createSettingsService(db, clock);
  const assessments = createAssessmentService(db, clock, patients, settings);
  const customExercises = createCustomExerciseService(db, clock);
  return {
    patients,
    settings,
    drafts: createFormDraftService(db, clock),
    assessments,
    customExercises,
    programs: createProgramService(db, clock, { patients, assessments, settings, customExercises }),
  };
}

export type Services = ReturnType<typeof createServices>;
