import { and, asc, eq } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import { assessments, episodes } from '../schema';

/**
 * A patient's finalised visits, oldest first, with their episode's side: what the progress
 * charts read. Walks the assessments-by-patient index (checked with EXPLAIN QUERY PLAN).
 */
export function finalVisitsOfPatient(db: AppDatabase, patientId: string) {
  return db
    .select({
      id: assessments.id,
      visitDate: assessments.visitDate,
      record: assessments.record,
      episodeSide: episodes.side,
    })
    .from(assessments)
    .innerJoin(episodes, eq(episodes.id, assessments.episodeId))
    .where(and(eq(assessments.patientId, patientId), eq(assessments.status, 'final')))
    .orderBy(asc(assessments.visitDate));
}
