import type { AppDatabase } from '../db/connection';
import { systemClock, type Clock } from './clock';
import { createFormDraftService } from './form-drafts';
import { createPatientService } from './patients';

export function createServices(db: AppDatabase, clock: Clock = systemClock) {
  return {
    patients: createPatientService(db, clock),
    drafts: createFormDraftService(db, clock),
  };
}

export type Services = ReturnType<typeof createServices>;
