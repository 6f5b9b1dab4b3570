import { z } from 'zod';

/** What was done, in the words the audit trail page shows. */
export const AUDIT_ACTIONS = [
  'viewed',
  'created',
  'changed',
  'signed',
  'exported',
  'emailed',
  'archived',
  'restored',
  'erased',
  'unlocked',
  'unlock-failed',
  'locked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry as the audit trail page lists it. */
export const auditEntrySchema = z.object({
  sequence: z.number().int(),
  at: z.iso.datetime(),
  practitionerName: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  /** What kind of thing it was done to: "patient record", "assessment", "program" … */
  subject: z.string(),
  /** The patient's name while the patient exists; null after erasure or for no patient. */
  patientName: z.string().nullable(),
  /** The entry names a patient who has since been erased. */
  patientErased: z.boolean(),
  note: z.string().nullable(),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;

export const AUDIT_PAGE_SIZE_MAX = 200;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  total: z.number().int(),
});
export type AuditPage = z.output<typeof auditPageSchema>;

/** The result of walking the hash chain from the first entry to the last. */
export const auditCheckSchema = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  /** The first entry whose stored hash or link to the one before does not match. */
  firstBroken: z.object({ sequence: z.number().int(), at: z.string() }).nullable(),
  message: z.string(),
});
export type AuditCheck = z.output<typeof auditCheckSchema>;

export const auditExportSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), fileName: z.string(), path: z.string() }),
  /** The browser preview: the page downloads the file from these bytes. */
  z.object({ kind: z.literal('downloaded'), fileName: z.string(), csv: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type AuditExport = z.output<typeof auditExportSchema>;
