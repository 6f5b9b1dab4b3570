import { z } from 'zod';

/** The professions a practitioner account can name; the clinic's staff are mostly physios. */
export const PROFESSIONS = [
  'Physiotherapist',
  'Sports physician',
  'Exercise physiologist',
  'Osteopath',
  'Chiropractor',
  'Student physiotherapist',
  'Other',
] as const;

/** The details that identify who signed: shown on signatures and in the audit trail. */
export const practitionerDetailsSchema = z.object({
  name: z
    .string({ error: 'Enter the practitioner’s full name' })
    .trim()
    .min(2, 'Enter the practitioner’s full name')
    .max(120, 'The name can be at most 120 characters'),
  profession: z.enum(PROFESSIONS, { error: 'Choose a profession' }),
  /** The professional registration number (e.g. AHPRA, HCPC); optional for students. */
  registrationNumber: z
    .string()
    .trim()
    .max(40, 'The registration number can be at most 40 characters')
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null),
});
export type PractitionerDetails = z.output<typeof practitionerDetailsSchema>;
export type PractitionerDetailsInput = z.input<typeof practitionerDetailsSchema>;

export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 12;
export const PASSWORD_MIN_LENGTH = 8;

/**
 * How a practitioner unlocks: a PIN of 4 to 12 digits (quick at a shared clinic computer) or a
 * password of at least 8 characters. A PIN of one repeated digit (0000) is refused: it is the
 * first thing anyone tries.
 */
export const unlockSecretSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('pin'),
    value: z
      .string({ error: 'Enter a PIN' })
      .regex(/^\d+$/, 'A PIN is digits only')
      .min(PIN_MIN_DIGITS, `A PIN has at least ${PIN_MIN_DIGITS} digits`)
      .max(PIN_MAX_DIGITS, `A PIN has at most ${PIN_MAX_DIGITS} digits`)
      .refine((pin) => !/^(\d)\1*$/.test(pin), 'Choose a PIN that is not one digit repeated'),
  }),
  z.object({
    kind: z.literal('password'),
    value: z
      .string({ error: 'Enter a password' })
      .min(PASSWORD_MIN_LENGTH, `A password has at least ${PASSWORD_MIN_LENGTH} characters`)
      .max(200, 'A password can be at most 200 characters'),
  }),
]);
export type UnlockSecret = z.output<typeof unlockSecretSchema>;
export type SecretKind = UnlockSecret['kind'];

export const practitionerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  profession: z.enum(PROFESSIONS),
  registrationNumber: z.string().nullable(),
  secretKind: z.enum(['pin', 'password']),
  /** Deactivated accounts cannot unlock; they stay because signatures point at them. */
  active: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Practitioner = z.output<typeof practitionerSchema>;

/** What the lock screen may show before anyone unlocks: names to choose from, nothing more. */
export const lockScreenPractitionerSchema = practitionerSchema.pick({
  id: true,
  name: true,
  secretKind: true,
});
export type LockScreenPractitioner = z.output<typeof lockScreenPractitionerSchema>;

export const IDLE_LOCK_MINUTES_DEFAULT = 10;

export const lockSettingsSchema = z.object({
  idleMinutes: z.coerce
    .number({ error: 'Enter a number of minutes' })
    .int('Enter whole minutes')
    .min(1, 'Lock after at least 1 minute')
    .max(120, 'Lock after at most 120 minutes: a longer time leaves records open to anyone'),
});
export type LockSettings = z.output<typeof lockSettingsSchema>;

/** Who is working now, as main knows it. */
export const lockStateSchema = z.object({
  unlocked: z.boolean(),
  practitioner: practitionerSchema.pick({ id: true, name: true, profession: true }).nullable(),
  /** False until the first practitioner account exists: the lock screen offers to create it. */
  anyPractitioner: z.boolean(),
  idleMinutes: z.number().int(),
});
export type LockState = z.output<typeof lockStateSchema>;
