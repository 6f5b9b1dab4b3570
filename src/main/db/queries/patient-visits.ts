import { and, asc, eq } from 'drizzle-orm';
import type { AppDatabase } from '../connection';
import { assessments, visitFindings } from '../schema';

/**
 * A patient's finalised visits, oldest first, with the charted numbers each stands signed with:
 * what the progress charts read. Walks the assessments-by-patient index, then each visit's
 * small visit_findings row (checked with EXPLAIN QUERY PLAN).
 */
export function chartedVisitsOfPatient(db: AppDatabase, patientId: string) {
  return db
    .select({
      assessmentId: assessments.id,
      visitDate: assessments.visitDate,
      measures: visitFindings.measures,
    })
    .from(assessments)
    .innerJoin(visitFindings, eq(visitFindings.assessmentId, assessments.id))
    .where(and(eq(assessments.patientId, patientId), eq(assessments.status, 'final')))
    .orderBy(asc(assessments.visitDate));
}
