import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { patients } from './patients';

/**
 * The audit trail: who did what to which patient's record, and when; append-only (triggers in
 * the migration refuse UPDATE and DELETE). Each entry carries the SHA-256 of the entry before,
 * so an entry changed or removed later breaks the chain (audit/entry-hash.ts).
 *
 * A patient is named only through `patient_ref`, a random reference kept in
 * audit_patient_refs: erasing the patient deletes that row, and the entries then name nobody.
 */
export const auditEntries = sqliteTable('audit_entries', {
  sequence: integer('sequence').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  practitionerId: text('practitioner_id'),
  practitionerName: text('practitioner_name'),
  action: text('action').notNull(),
  subject: text('subject').notNull(),
  patientRef: text('patient_ref'),
  note: text('note'),
  previousHash: text('previous_hash').notNull(),
  hash: text('hash').notNull(),
});

/** Patient -> the random reference the audit trail uses for them. Erasure deletes the row. */
export const auditPatientRefs = sqliteTable('audit_patient_refs', {
  patientId: text('patient_id')
    .primaryKey()
    .references(() => patients.id),
  ref: text('ref').notNull().unique(),
});
