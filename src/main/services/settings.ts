import { eq } from 'drizzle-orm';
import {
  clinicalSettingsSchema,
  DEFAULT_CLINICAL_SETTINGS,
  type ClinicalSettings,
} from '../../shared/clinical/settings';
import {
  clinicProfileSchema,
  DEFAULT_CLINIC_PROFILE,
  MAX_LOGO_BYTES,
  type ClinicProfile,
} from '../../shared/domain/clinic-profile';
import type { AppDatabase } from '../db/connection';
import { clinicSettings } from '../db/schema';
import type { Clock } from './clock';
import { IncompleteError } from './errors';
import { readImageDataUrl } from './image-bytes';
import { opaqueLogo } from './opaque-logo';

const CLINICAL = 'clinical';
const CLINIC = 'clinic';

const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
const UNREADABLE_LOGO =
  'The logo is not a readable PNG or JPEG image: its contents do not match its file type. Choose another file. Nothing was saved.';

/**
 * The logo as stored: checked to be the PNG or JPEG it claims, and a transparent PNG laid on
 * white so each handout embeds it without decoding it (opaque-logo.ts). Kept as given if
 * that would not fit the size limit.
 */
function storedLogo(logo: string): string {
  const { bytes, type } = readImageDataUrl(logo, LOGO_TYPES, UNREADABLE_LOGO);
  if (type !== 'image/png') return logo;
  let opaque: Buffer;
  try {
    opaque = opaqueLogo(bytes);
  } catch {
    throw new IncompleteError(UNREADABLE_LOGO);
  }
  if (opaque === bytes || opaque.length > MAX_LOGO_BYTES) return logo;
  return `data:image/png;base64,${opaque.toString('base64')}`;
}

/** The stored profile, each field checked on its own: a missing or unreadable one gets its default. */
function clinicProfileFrom(stored: unknown): ClinicProfile {
  const values = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const profile: Record<string, unknown> = { ...DEFAULT_CLINIC_PROFILE };
  for (const [name, field] of Object.entries(clinicProfileSchema.shape)) {
    if (!(name in values)) continue;
    const parsed = field.safeParse(values[name]);
    if (parsed.success) profile[name] = parsed.data;
  }
  return profile as ClinicProfile;
}

/** Clinic-wide settings; values not set yet fall back to the defaults. */
export function createSettingsService(db: AppDatabase, clock: Clock) {
  function read(key: string): unknown {
    return db.select().from(clinicSettings).where(eq(clinicSettings.key, key)).get()?.value;
  }

  function write(key: string, value: unknown): void {
    const updatedAt = clock.nowIso();
    db.insert(clinicSettings)
      .values({ key, value, updatedAt })
      .onConflictDoUpdate({ target: clinicSettings.key, set: { value, updatedAt } })
      .run();
  }

  return {
    /** Another group's stored value as it is (mail checks its own), or undefined. */
    stored: read,
    store: write,

    clinical(): ClinicalSettings {
      const parsed = clinicalSettingsSchema.partial().safeParse(read(CLINICAL) ?? {});
      return { ...DEFAULT_CLINICAL_SETTINGS, ...(parsed.success ? parsed.data : {}) };
    },

    updateClinical(settings: ClinicalSettings): ClinicalSettings {
      write(CLINICAL, settings);
      return settings;
    },

    /** The clinic's details for handout letterheads; the app's defaults until they are saved. */
    clinic(): ClinicProfile {
      return clinicProfileFrom(read(CLINIC));
    },

    /** Saves the clinic's details; a logo whose bytes are not the PNG or JPEG it claims is refused. */
    updateClinic(profile: ClinicProfile): ClinicProfile {
      const saved = { ...profile, logo: profile.logo === null ? null : storedLogo(profile.logo) };
      write(CLINIC, saved);
      return saved;
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
