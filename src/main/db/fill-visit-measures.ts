import type Database from 'better-sqlite3';
import { eq, isNull } from 'drizzle-orm';
import { visitMeasures } from '../../shared/clinical/progress';
import { fromStoredRecord, type StoredAssessmentRecord } from './assessment-storage';
import type { AppDatabase } from './connection';
import { assessments, episodes, visitFindings } from './schema';

/** Visits worked out per transaction: small enough that the app never stalls on one. */
const BATCH = 2000;

/**
 * Works out the charted numbers of signed visits that have none: those signed before migration
 * 0010 added the column. The app keeps them at every signature after that, so on later opens
 * this finds nothing, through the partial index of unmeasured visits. Returns how many it filled.
 */
export function fillVisitMeasures(sqlite: Database.Database, db: AppDatabase): number {
  // A database kept at an earlier release's schema (the migration tests open one) has no column.
  const columns = sqlite.pragma('table_info(visit_findings)') as { name: string }[];
  if (!columns.some((column) => column.name === 'measures')) return 0;
  const unmeasured = db
    .select({
      assessmentId: visitFindings.assessmentId,
      record: assessments.record,
      episodeSide: episodes.side,
    })
    .from(visitFindings)
    .innerJoin(assessments, eq(assessments.id, visitFindings.assessmentId))
    .innerJoin(episodes, eq(episodes.id, assessments.episodeId))
    .where(isNull(visitFindings.measures))
    .limit(BATCH)
    .prepare();
  let filled = 0;
  for (;;) {
    const done = db.transaction(() => {
      const batch = unmeasured.all();
      for (const visit of batch) {
        // A finalised visit's record is its latest signed version (amendments rewrite both).
        const record = fromStoredRecord(visit.record as StoredAssessmentRecord);
        db.update(visitFindings)
          .set({ measures: visitMeasures(visit.episodeSide, record) })
          .where(eq(visitFindings.assessmentId, visit.assessmentId))
          .run();
      }
      return batch.length;
    });
    filled += done;
    if (done < BATCH) return filled;
  }
}
