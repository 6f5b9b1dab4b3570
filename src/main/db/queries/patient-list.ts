import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import { patientSearch } from '../patient-search-table';
import { patients } from '../schema';

/**
 * The two queries behind the patient list. Built here, run by the patient service, and checked
 * by a test with EXPLAIN QUERY PLAN so neither ever scans the whole patients table.
 */

const summaryColumns = {
  id: patients.id,
  firstName: patients.firstName,
  lastName: patients.lastName,
  dateOfBirth: patients.dateOfBirth,
  email: patients.email,
  phone: patients.phone,
  updatedAt: patients.updatedAt,
  sortName: patients.sortName,
};

/**
 * Active (or, when asked, archived) patients in name order, walking the partial name index
 * that matches the filter.
 */
export function patientsByName(db: AppDatabase, limit: number, archived = false) {
  return db
    .select(summaryColumns)
    .from(patients)
    .where(archived ? isNotNull(patients.archivedAt) : isNull(patients.archivedAt))
    .orderBy(patients.sortName)
    .limit(limit);
}

/**
 * Active (or, when asked, archived) patients matching an FTS5 expression, newest first. The
 * search index is walked in rowid order and stops at the limit, so a broad first keystroke
 * ("m", "04") costs the same as a precise one.
 */
export function newestMatchingPatients(
  db: AppDatabase,
  match: string,
  limit: number,
  archived = false,
) {
  return db
    .select(summaryColumns)
    .from(patientSearch)
    .innerJoin(patients, eq(patients.rowKey, patientSearch.rowid))
    .where(
      and(
        sql`patient_search MATCH ${match}`,
        archived ? isNotNull(patients.archivedAt) : isNull(patients.archivedAt),
      ),
    )
    .orderBy(desc(patientSearch.rowid))
    .limit(limit);
}
