import { and, eq, inArray, sql } from 'drizzle-orm';
import { confirmsErasure } from '../../shared/domain/patient-record';
import { fullName } from '../../shared/domain/patient';
import type { AppDatabase } from '../db/connection';
import { readPatientRecord, type PatientRecordRows } from '../db/queries/patient-record';
import {
  assessments,
  assessmentVersions,
  auditPatientRefs,
  episodes,
  erasures,
  formDrafts,
  handoutExports,
  outbox,
  patients,
  programs,
  programVersions,
  recordExports,
  visitFindings,
} from '../db/schema';
import type { Clock } from './clock';
import { ConflictError, IncompleteError, NotFoundError } from './errors';

/**
 * Said when the patient is erased while their handout or record export is being made: what
 * was made is dropped rather than kept or recorded for a patient who no longer exists.
 */
export const ERASED_MEANWHILE = "This patient's record was erased.";

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/** Deletes every row of the record, children before the rows they point at. */
function deleteRecord(db: AppDatabase, rows: PatientRecordRows): void {
  const patientId = rows.patient.id;
  const drafts = rows.formDrafts.map((draft) => draft.formKey);
  if (drafts.length > 0) db.delete(formDrafts).where(inArray(formDrafts.formKey, drafts)).run();
  db.delete(recordExports).where(eq(recordExports.patientId, patientId)).run();
  db.delete(outbox).where(eq(outbox.patientId, patientId)).run();
  db.delete(handoutExports).where(eq(handoutExports.patientId, patientId)).run();
  if (rows.programs.length > 0) {
    db.delete(programVersions)
      .where(inArray(programVersions.programId, ids(rows.programs)))
      .run();
  }
  db.delete(programs).where(eq(programs.patientId, patientId)).run();
  db.delete(visitFindings).where(eq(visitFindings.patientId, patientId)).run();
  if (rows.assessments.length > 0) {
    db.delete(assessmentVersions)
      .where(inArray(assessmentVersions.assessmentId, ids(rows.assessments)))
      .run();
  }
  db.delete(assessments).where(eq(assessments.patientId, patientId)).run();
  db.delete(episodes).where(eq(episodes.patientId, patientId)).run();
  // The audit trail's entries stay, but without this row nothing links them to the patient.
  db.delete(auditPatientRefs).where(eq(auditPatientRefs.patientId, patientId)).run();
  // The search index's row goes with it (the patients_search_after_delete trigger).
  db.delete(patients).where(eq(patients.id, patientId)).run();
}

/**
 * "Erase patient": removes the patient and everything derived from them, and records only
 * that an erasure happened and when. The physio confirms by typing the patient's full name.
 *
 * Freed pages are zeroed (secure_delete) and the search index is rewritten without the
 * deleted terms (a contentless FTS5 index otherwise keeps them in its segments until a
 * merge); afterwards the write-ahead log is checkpointed and emptied so no old copy of the
 * pages stays in it. Copies outside the database (backups taken before migrations, files
 * saved or emailed earlier) are not reached.
 */
export function createPatientErasureService(
  db: AppDatabase,
  clock: Clock,
  deps: { forgetRenders(patientId: string): void },
) {
  return {
    erase(patientId: string, confirmation: string): { erasedAt: string } {
      const rows = readPatientRecord(db, patientId);
      if (!rows) throw new NotFoundError('That patient record could not be found.');
      if (!confirmsErasure(rows.patient, confirmation)) {
        throw new IncompleteError(
          `The name typed does not match this patient's name, ${fullName(rows.patient)}, so nothing was erased. Type the full name as shown on the page to confirm.`,
        );
      }
      const erasedAt = clock.nowIso();
      const secureDelete = db.get<{ secure_delete: number }>(sql`PRAGMA secure_delete`);
      db.run(sql`PRAGMA secure_delete = ON`);
      try {
        db.transaction((tx) => {
          // Checked inside the transaction: the sender claims an email in a transaction too.
          const sending = tx
            .select({ id: outbox.id })
            .from(outbox)
            .where(and(eq(outbox.patientId, patientId), eq(outbox.state, 'sending')))
            .get();
          if (sending) {
            throw new ConflictError(
              'An email to this patient is with the mail server right now, so nothing was erased. Wait a minute and try again; if it still says this, restart Stride Clinic and then erase the record.',
            );
          }
          // Read again inside the transaction, so a row added since the first read goes too.
          const current = readPatientRecord(db, patientId);
          if (!current) throw new NotFoundError('That patient record could not be found.');
          deleteRecord(db, current);
          db.run(sql`INSERT INTO patient_search (patient_search) VALUES ('optimize')`);
          tx.insert(erasures).values({ id: clock.newId(), erasedAt }).run();
        });
      } finally {
        db.run(sql.raw(`PRAGMA secure_delete = ${secureDelete?.secure_delete ? 'ON' : 'OFF'}`));
      }
      db.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
      deps.forgetRenders(patientId);
      return { erasedAt };
    },
  };
}

export type PatientErasureService = ReturnType<typeof createPatientErasureService>;
