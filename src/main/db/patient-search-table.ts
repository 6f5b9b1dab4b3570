import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

/**
 * The FTS5 index behind patient search. It is created by a custom migration
 * (0001_patient-search.sql) because drizzle-kit does not write virtual tables; this
 * declaration only lets queries name its rowid, which is patients.row_key. It lives outside
 * db/schema so that drizzle-kit does not try to create it as a table.
 */
export const patientSearch = sqliteTable('patient_search', {
  rowid: integer('rowid').notNull(),
});
