import { z } from 'zod';
import { calendarDateSchema, localToday } from './dates';
import { decimalFromText } from './number-text';

export { localToday };

/**
 * The patient record as the physio fills it in. One schema serves the form (react-hook-form
 * resolver) and the IPC boundary (the main router parses every call with it), so a message a
 * physio sees in the form is the same one the main process would give.
 */

export const SEXES = ['female', 'male', 'other', 'not-recorded'] as const;
export const SEX_LABELS: Record<(typeof SEXES)[number], string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  'not-recorded': 'Not recorded',
};

export const RUNNING_SURFACES = ['road', 'track', 'trail', 'treadmill', 'grass', 'sand'] as const;
export const SURFACE_LABELS: Record<(typeof RUNNING_SURFACES)[number], string> = {
  road: 'Road / pavement',
  track: 'Athletics track',
  trail: 'Trail',
  treadmill: 'Treadmill',
  grass: 'Grass',
  sand: 'Sand / beach',
};

/** Empty or blank form fields (and null from the database) all mean "not recorded". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) =>
      value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value,
    schema.nullable(),
  );
}

function optionalText(max: number, label: string) {
  return optional(
    z
      .string()
      .trim()
      .max(max, `${label} can be at most ${max} characters`)
      .transform((text) => (text === '' ? null : text)),
  ).transform((text) => text ?? null);
}

function optionalNumber(label: string, min: number, max: number, unit: string) {
  return optional(
    z.preprocess(
      decimalFromText,
      z
        .number({ error: `${label} must be a number` })
        .min(min, `${label} cannot be less than ${min} ${unit}`)
        .max(max, `${label} cannot be more than ${max} ${unit}`),
    ),
  );
}

const OLDEST_BIRTH_YEAR = 1900;

export const dateOfBirthSchema = optional(
  calendarDateSchema('Date of birth')
    .refine((value) => value <= localToday(), 'Date of birth cannot be in the future')
    .refine(
      (value) => Number(value.slice(0, 4)) >= OLDEST_BIRTH_YEAR,
      `Date of birth cannot be before ${OLDEST_BIRTH_YEAR}`,
    ),
);

const PHONE_CHARACTERS = /^[+()\-.\s\d]*$/;

export const runningProfileSchema = z.object({
  weeklyDistanceKm: optionalNumber('Weekly distance', 0, 400, 'km'),
  yearsRunning: optionalNumber('Years running', 0, 80, 'years'),
  surfaces: z
    .array(z.enum(RUNNING_SURFACES, { error: 'Pick surfaces from the list' }))
    .max(RUNNING_SURFACES.length)
    .default([])
    .transform((surfaces) => [...new Set(surfaces)]),
  goalEvent: optionalText(200, 'Goal event'),
  goalEventDate: optional(calendarDateSchema('Goal event date')),
  shoeModel: optionalText(200, 'Shoe'),
  shoeDistanceKm: optionalNumber('Shoe distance', 0, 5000, 'km'),
});

export const patientInputSchema = z.object({
  firstName: z
    .string({ error: 'First name is required' })
    .trim()
    .min(1, 'First name is required')
    .max(100, 'First name can be at most 100 characters'),
  lastName: z
    .string({ error: 'Last name is required' })
    .trim()
    .min(1, 'Last name is required')
    .max(100, 'Last name can be at most 100 characters'),
  dateOfBirth: dateOfBirthSchema,
  sex: z.enum(SEXES, { error: 'Pick a sex from the list' }).default('not-recorded'),
  email: optional(
    z
      .string()
      .trim()
      .max(254, 'Email can be at most 254 characters')
      .pipe(z.email('Email must look like name@example.com')),
  ),
  phone: optional(
    z
      .string()
      .trim()
      .max(40, 'Phone can be at most 40 characters')
      .regex(PHONE_CHARACTERS, {
        error: 'Phone may contain only digits, spaces, +, -, ( and )',
        abort: true,
      })
      .refine((value) => value.replace(/\D/g, '').length >= 6, 'Phone needs at least 6 digits'),
  ),
  notes: optionalText(5000, 'Notes'),
  runningProfile: runningProfileSchema.default({
    weeklyDistanceKm: null,
    yearsRunning: null,
    surfaces: [],
    goalEvent: null,
    goalEventDate: null,
    shoeModel: null,
    shoeDistanceKm: null,
  }),
});

/** What the form holds before validation (strings from inputs). */
export type PatientInputDraft = z.input<typeof patientInputSchema>;
/** A validated patient record, as the services store it. */
export type PatientInput = z.output<typeof patientInputSchema>;
export type RunningProfile = z.output<typeof runningProfileSchema>;

const idSchema = z.uuid({ error: 'Not a valid record id' });
export const patientIdSchema = idSchema;

export const patientSchema = patientInputSchema.extend({
  id: idSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  archivedAt: z.iso.datetime().nullable(),
  /** Goes up by one with every saved change; an update names the revision it started from. */
  revision: z.number().int().min(1),
});
export type Patient = z.output<typeof patientSchema>;

/** One row of the patient list. */
export const patientSummarySchema = z.object({
  id: idSchema,
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type PatientSummary = z.output<typeof patientSummarySchema>;

export function fullName(patient: { firstName: string; lastName: string }): string {
  return `${patient.firstName} ${patient.lastName}`;
}
