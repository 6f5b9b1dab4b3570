import type { AppDatabase } from '../db/connection';
import { systemClock, type Clock } from './clock';
import { createAssessmentService } from './assessments';
import { createFormDraftService } from './form-drafts';
import { createPatientService } from './patients';
import { createSettingsService } from './settings';

export function createServices(db: AppDatabase, clock: Clock = systemClock) {
  const patients = createPatientService(db, clock);
  const settings = createSettingsService(db, clock);
  return {
    patients,
    settings,
    drafts: createFormDraftService(db, clock),
    assessments: createAssessmentService(db, clock, patients, settings),
  };
}

export type Services = ReturnType<typeof createServices>;
