import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import {
  assessments,
  assessmentVersions,
  episodes,
  formDrafts,
  handoutExports,
  outbox,
  patients,
  programs,
  programVersions,
  recordExports,
  visitFindings,
} from '../schema';

/**
 * Every row stored about one patient, whole, table by table: what "Export patient record"
 * writes and what "Erase patient" removes. Each query starts from the patient's own index.
 * A table added later that holds patient rows belongs here too (the export and erasure
 * tests go through every table in the database and fail until it does).
 */

export function patientRow(db: AppDatabase, patientId: string) {
  return db.select().from(patients).where(eq(patients.id, patientId)).get();
}

export function episodeRows(db: AppDatabase, patientId: string) {
  return db
    .select()
    .from(episodes)
    .where(eq(episodes.patientId, patientId))
    .orderBy(asc(episodes.createdAt))
    .all();
}

export function assessmentRows(db: AppDatabase, patientId: string) {
  return db
    .select()
    .from(assessments)
    .where(eq(assessments.patientId, patientId))
    .orderBy(asc(assessments.visitDate), asc(assessments.createdAt))
    .all();
}

export function assessmentVersionRows(db: AppDatabase, patientId: string) {
  return db
    .select({ version: assessmentVersions })
    .from(assessments)
    .innerJoin(assessmentVersions, eq(assessmentVersions.assessmentId, assessments.id))
    .where(eq(assessments.patientId, patientId))
    .orderBy(asc(assessmentVersions.assessmentId), asc(assessmentVersions.version))
    .all()
    .map((row) => row.version);
}

/** The timeline's and charts' copy of each visit's signed findings and numbers (from its signed versions). */
export function visitFindingRows(db: AppDatabase, patientId: string) {
  return db
    .select()
    .from(visitFindings)
    .where(eq(visitFindings.patientId, patientId))
    .orderBy(asc(visitFindings.assessmentId))
    .all();
}

export function programRows(db: AppDatabase, patientId: string) {
  return db
    .select()
    .from(programs)
    .where(eq(programs.patientId, patientId))
    .orderBy(asc(programs.createdAt))
    .all();
}

export function programVersionRows(db: AppDatabase, patientId: string) {
  return db
    .select({ version: programVersions })
    .from(programs)
    .innerJoin(programVersions, eq(programVersions.programId, programs.id))
    .where(eq(programs.patientId, patientId))
    .orderBy(asc(programVersions.programId), asc(programVersions.version))
    .all()
    .map((row) => row.version);
}

export function handoutExportRows(db: AppDatabase, patientId: string) {
  return db
    .select()
    .from(handoutExports)
    .where(eq(handoutExports.patientId, patientId))
    .orderBy(asc(handoutExports.exportedAt))
    .all();
}

/** The patient's emails, each with the PDF it carries. */
export function emailRows(db: AppDatabase, patientId: string) {
  return db
    .select()
    .from(outbox)
    .where(eq(outbox.patientId, patientId))
    .orderBy(asc(outbox.createdAt))
    .all();
}

export function recordExportRows(db: AppDatabase, patientId: string) {
  return db
    .select()
    .from(recordExports)
    .where(eq(recordExports.patientId, patientId))
    .orderBy(asc(recordExports.exportedAt))
    .all();
}

/**
 * A form's unsaved input is kept under "<form>:<id>" (see formKeySchema): the patient's own
 * form ("patient:<id>"), a program being built from one of their visits ("program-new:<visit
 * id>"), one of their programs being edited ("program:<program id>"). Any key naming one of
 * the patient's record ids belongs to the patient, whatever the form.
 */
export function formDraftRows(db: AppDatabase, recordIds: string[]) {
  if (recordIds.length === 0) return [];
  return db
    .select()
    .from(formDrafts)
    .where(
      inArray(sql`substr(${formDrafts.formKey}, instr(${formDrafts.formKey}, ':') + 1)`, recordIds),
    )
    .orderBy(asc(formDrafts.formKey))
    .all();
}

/** Every stored row about one patient, as the database holds it. */
export interface PatientRecordRows {
  patient: NonNullable<ReturnType<typeof patientRow>>;
  episodes: ReturnType<typeof episodeRows>;
  assessments: ReturnType<typeof assessmentRows>;
  assessmentVersions: ReturnType<typeof assessmentVersionRows>;
  visitFindings: ReturnType<typeof visitFindingRows>;
  programs: ReturnType<typeof programRows>;
  programVersions: ReturnType<typeof programVersionRows>;
  handoutExports: ReturnType<typeof handoutExportRows>;
  emails: ReturnType<typeof emailRows>;
  recordExports: ReturnType<typeof recordExportRows>;
  formDrafts: ReturnType<typeof formDraftRows>;
}

/** Reads the patient's whole record in one transaction, so every part is from one moment. */
export function readPatientRecord(db: AppDatabase, patientId: string): PatientRecordRows | null {
  return db.transaction(() => {
    const patient = patientRow(db, patientId);
    if (!patient) return null;
    const episodes = episodeRows(db, patientId);
    const assessments = assessmentRows(db, patientId);
    const programs = programRows(db, patientId);
    const ids = [patientId, ...[...episodes, ...assessments, ...programs].map((row) => row.id)];
    return {
      patient,
      episodes,
      assessments,
      assessmentVersions: assessmentVersionRows(db, patientId),
      visitFindings: visitFindingRows(db, patientId),
      programs,
      programVersions: programVersionRows(db, patientId),
      handoutExports: handoutExportRows(db, patientId),
      emails: emailRows(db, patientId),
      recordExports: recordExportRows(db, patientId),
      formDrafts: formDraftRows(db, ids),
    };
  });
}
