import { desc, eq } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import {
  assessments,
  episodes,
  handoutExports,
  outbox,
  programs,
  programVersions,
  visitFindings,
} from '../schema';

/**
 * The queries behind a patient's timeline, one per kind of event. Each starts from the
 * patient's own index (checked with EXPLAIN QUERY PLAN), so opening a patient with years of
 * visits never reads other patients' rows.
 */

export function episodesOfPatient(db: AppDatabase, patientId: string) {
  return db
    .select()
    .from(episodes)
    .where(eq(episodes.patientId, patientId))
    .orderBy(desc(episodes.createdAt));
}

export function visitsOfPatient(db: AppDatabase, patientId: string) {
  return db
    .select({
      id: assessments.id,
      episodeId: assessments.episodeId,
      visitDate: assessments.visitDate,
      status: assessments.status,
    })
    .from(assessments)
    .where(eq(assessments.patientId, patientId));
}

/** The findings each signed visit stands with (its latest signed version's). */
export function signedFindingsOfPatient(db: AppDatabase, patientId: string) {
  return db
    .select({ assessmentId: visitFindings.assessmentId, findings: visitFindings.findings })
    .from(visitFindings)
    .where(eq(visitFindings.patientId, patientId));
}

export function programVersionsOfPatient(db: AppDatabase, patientId: string) {
  return db
    .select({
      programId: programs.id,
      assessmentId: programs.assessmentId,
      title: programs.title,
      version: programVersions.version,
      savedBy: programVersions.savedBy,
      savedAt: programVersions.savedAt,
    })
    .from(programs)
    .innerJoin(programVersions, eq(programVersions.programId, programs.id))
    .where(eq(programs.patientId, patientId));
}

export function handoutsOfPatient(db: AppDatabase, patientId: string) {
  return db
    .select({
      id: handoutExports.id,
      programId: handoutExports.programId,
      programVersion: handoutExports.programVersion,
      action: handoutExports.action,
      fileName: handoutExports.fileName,
      exportedAt: handoutExports.exportedAt,
    })
    .from(handoutExports)
    .where(eq(handoutExports.patientId, patientId));
}

/** The patient's emails without the PDFs they carry. */
export function emailsOfPatient(db: AppDatabase, patientId: string) {
  return db
    .select({
      id: outbox.id,
      programId: outbox.programId,
      programVersion: outbox.programVersion,
      to: outbox.toAddress,
      state: outbox.state,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(eq(outbox.patientId, patientId));
}
