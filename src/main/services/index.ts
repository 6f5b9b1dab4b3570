import type { AppDatabase } from '../db/connection';
import type { HandoutRenderer } from '../pdf/handout-renderer';
import type { SaveDialog } from '../system/ports';
import { systemClock, type Clock } from './clock';
import { createAssessmentService } from './assessments';
import { createCustomExerciseService } from './custom-exercises';
import { createFormDraftService } from './form-drafts';
import { createHandoutService } from './handouts';
import { createPatientService } from './patients';
import { createProgramService } from './programs';
import { createSettingsService } from './settings';

/** What the services need from outside the database: the PDF renderer and the OS's dialogs. */
export interface SystemPorts {
  handoutRenderer: HandoutRenderer;
  saveDialog: SaveDialog;
}

/**
 * For tools that never make a handout (demo data, benchmarks of search): asking for one is
 * refused with a message rather than quietly doing nothing.
 */
export const NO_HANDOUT_PORTS: SystemPorts = {
  handoutRenderer: {
    start: () => {},
    render: () => Promise.reject(new Error('This tool does not make handouts.')),
    close: async () => {},
  },
  saveDialog: {
    chooseHandoutTarget: () => Promise.reject(new Error('This tool does not save handouts.')),
  },
};

export function createServices(db: AppDatabase, system: SystemPorts, clock: Clock = systemClock) {
  const patients = createPatientService(db, clock);
  const settings = createSettingsService(db, clock);
  const assessments = createAssessmentService(db, clock, patients, settings);
  const customExercises = createCustomExerciseService(db, clock);
  const programs = createProgramService(db, clock, {
    patients,
    assessments,
    settings,
    customExercises,
  });
  return {
    patients,
    settings,
    drafts: createFormDraftService(db, clock),
    assessments,
    customExercises,
    programs,
    handouts: createHandoutService(
      db,
      clock,
      { programs, settings, customExercises },
      { renderer: system.handoutRenderer, saveDialog: system.saveDialog },
    ),
  };
}

export type Services = ReturnType<typeof createServices>;
