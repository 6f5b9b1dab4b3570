import { eq } from 'drizzle-orm';
import {
  clinicalSettingsSchema,
  DEFAULT_CLINICAL_SETTINGS,
  type ClinicalSettings,
} from '../../shared/clinical/settings';
import type { AppDatabase } from '../db/connection';
import { clinicSettings } from '../db/schema';
import type { Clock } from './clock';

const CLINICAL = 'clinical';

/** Clinic-wide settings; values not set yet fall back to the defaults. */
export function createSettingsService(db: AppDatabase, clock: Clock) {
  return {
    clinical(): ClinicalSettings {
      const row = db.select().from(clinicSettings).where(eq(clinicSettings.key, CLINICAL)).get();
      const parsed = clinicalSettingsSchema.partial().safeParse(row?.value ?? {});
      return { ...DEFAULT_CLINICAL_SETTINGS, ...(parsed.success ? parsed.data : {}) };
    },

    updateClinical(settings: ClinicalSettings): ClinicalSettings {
      const updatedAt = clock.nowIso();
      db.insert(clinicSettings)
        .values({ key: CLINICAL, value: settings, updatedAt })
        .onConflictDoUpdate({ target: clinicSettings.key, set: { value: settings, updatedAt } })
        .run();
      return settings;
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
