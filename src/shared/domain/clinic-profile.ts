import { z } from 'zod';

/**
 * The clinic's details as they head every handout: who the patient can call, and on what
 * paper the clinic prints.
 */

export const PAPER_SIZES = [
  { value: 'A4', label: 'A4 (210 × 297 mm)' },
  { value: 'LETTER', label: 'US Letter (8.5 × 11 in)' },
] as const;
export type PaperSize = (typeof PAPER_SIZES)[number]['value'];

/** The largest logo kept, after the app has scaled it down: plenty for a letterhead. */
export const MAX_LOGO_BYTES = 500_000;

/** A logo travels as a data URL; main checks the bytes really are a PNG or JPEG. */
export const logoDataUrlSchema = z
  .string()
  .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 40, 'The logo is too large (at most 500 kB)')
  .regex(
    /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/,
    'The logo must be a PNG or JPEG image',
  );

const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `The ${label} can be at most ${max} characters`).default('');

export const clinicProfileSchema = z.object({
  name: z
    .string({ error: 'Enter the clinic name' })
    .trim()
    .min(2, 'Enter the clinic name')
    .max(120, 'The clinic name can be at most 120 characters'),
  /** Postal address; line breaks are kept on the letterhead. */
  address: optionalText('address', 300),
  phone: z
    .string()
    .trim()
    .max(40, 'The phone number can be at most 40 characters')
    .regex(/^[0-9+()\-. /]*$/, 'The phone number can hold digits, spaces and + ( ) - . / only')
    .default(''),
  email: z
    .union([z.literal(''), z.email('Enter an email address like reception@clinic.com')])
    .default(''),
  website: optionalText('website', 200),
  paperSize: z.enum(['A4', 'LETTER'], { error: 'Choose a paper size' }).default('A4'),
  logo: logoDataUrlSchema.nullable().default(null),
});

export type ClinicProfile = z.output<typeof clinicProfileSchema>;
export type ClinicProfileInput = z.input<typeof clinicProfileSchema>;

/** Until the clinic fills in its details, handouts carry the app's name and A4 paper. */
export const DEFAULT_CLINIC_PROFILE: ClinicProfile = {
  name: 'Stride Clinic',
  address: '',
  phone: '',
  email: '',
  website: '',
  paperSize: 'A4',
  logo: null,
};
