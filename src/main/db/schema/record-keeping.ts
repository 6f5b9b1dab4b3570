import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { patients } from './patients';

/**
 * Each time a patient's whole record was exported (their right of access): when, where to,
 * and the SHA-256 of both files, so a copy handed over can be identified later. Part of the
 * patient's record: it is in the next export and goes when the patient is erased.
 */
export const recordExports = sqliteTable(
  'record_exports',
  {
    id: text('id').primaryKey(),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    /** 'saved' to a folder the physio chose, or 'downloaded' by the browser preview. */
    action: text('action', { enum: ['saved', 'downloaded'] }).notNull(),
    /** The folder the files were written to; null for a download. */
    folder: text('folder'),
    pdfFileName: text('pdf_file_name').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    pdfByteSize: integer('pdf_byte_size').notNull(),
    jsonFileName: text('json_file_name').notNull(),
    jsonSha256: text('json_sha256').notNull(),
    jsonByteSize: integer('json_byte_size').notNull(),
    exportedAt: text('exported_at').notNull(),
  },
  (table) => [index('record_exports_by_patient').on(table.patientId, table.exportedAt)],
);

/**
 * That a patient's record was erased, and when: nothing else. No name, no id, no counts, so
 * the log itself holds nothing about the person.
 */
export const erasures = sqliteTable('erasures', {
  id: text('id').primaryKey(),
  erasedAt: text('erased_at').notNull(),
});
