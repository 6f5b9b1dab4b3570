import { z } from 'zod';

/** What the physio chooses for one handout, beyond the program itself. */
export const handoutOptionsSchema = z.object({
  /** Local date and time of the next visit ("2026-12-02T10:30"), or none. */
  nextAppointment: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
      'Enter the next appointment as a date and a time, or leave it empty',
    )
    .refine((value) => !Number.isNaN(new Date(value).getTime()), 'That date does not exist')
    .nullable()
    .default(null),
  /** How many weeks the exercise log covers. */
  logWeeks: z
    .number({ error: 'Choose how many weeks the log covers' })
    .int('Choose a whole number of weeks')
    .min(1, 'The log covers 1 to 12 weeks')
    .max(12, 'The log covers 1 to 12 weeks')
    .default(4),
});
export type HandoutOptions = z.output<typeof handoutOptionsSchema>;
export type HandoutOptionsInput = z.input<typeof handoutOptionsSchema>;

/** How a handout left the app: a file the physio saved, a browser download, or paper. */
export const HANDOUT_ACTIONS = ['saved', 'downloaded', 'printed'] as const;
export type HandoutAction = (typeof HANDOUT_ACTIONS)[number];

/** One handout given to a patient, as the patient's history records it. */
export const handoutExportSchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  programId: z.uuid(),
  programVersion: z.number().int(),
  action: z.enum(HANDOUT_ACTIONS),
  fileName: z.string(),
  /** Where the file was written; null for a download or a print. */
  path: z.string().nullable(),
  /** SHA-256 of the PDF's bytes, in hex: shows later which file was given. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteSize: z.number().int(),
  exportedAt: z.iso.datetime(),
});
export type HandoutExport = z.output<typeof handoutExportSchema>;

/** A rendered handout kept in main until it is saved or printed. */
export const renderedHandoutSchema = z.object({
  handoutId: z.uuid(),
  fileName: z.string(),
  pdfBase64: z.string(),
  byteSize: z.number().int(),
});
export type RenderedHandout = z.output<typeof renderedHandoutSchema>;
