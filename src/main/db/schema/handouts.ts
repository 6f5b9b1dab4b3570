import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { patients } from './patients';
import { programs } from './programs';

/**
 * Each handout given to a patient: which program version, how (saved, downloaded, printed),
 * where, when, and the SHA-256 of the PDF's bytes, so the file handed over can be identified.
 */
export const handoutExports = sqliteTable(
  'handout_exports',
  {
    id: text('id').primaryKey(),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id),
    programVersion: integer('program_version').notNull(),
    action: text('action', { enum: ['saved', 'downloaded', 'printed'] }).notNull(),
    fileName: text('file_name').notNull(),
    path: text('path'),
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
    exportedAt: text('exported_at').notNull(),
  },
  (table) => [
    index('handout_exports_by_program').on(table.programId, table.exportedAt),
    // Covers the timeline's handout rows, read without visiting the table.
    index('handout_exports_by_patient').on(
      table.patientId,
      table.exportedAt,
      table.programId,
      table.programVersion,
      table.action,
      table.fileName,
      table.id,
    ),
  ],
);
