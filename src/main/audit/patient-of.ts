import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../db/connection';
import { assessments, outbox, programs } from '../db/schema';

/**
 * Whose record a call touched, for calls that name a visit, a program or an email rather than
 * the patient. Null when the row does not exist: the call then fails and nothing is recorded.
 */
export function patientLookup(
  db: AppDatabase,
  handouts: { previewed(id: string): { patientId: string } },
) {
  return {
    ofAssessment: (id: string) =>
      db
        .select({ patientId: assessments.patientId })
        .from(assessments)
        .where(eq(assessments.id, id))
        .get()?.patientId ?? null,
    ofProgram: (id: string) =>
      db.select({ patientId: programs.patientId }).from(programs).where(eq(programs.id, id)).get()
        ?.patientId ?? null,
    ofEmail: (id: string) =>
      db.select({ patientId: outbox.patientId }).from(outbox).where(eq(outbox.id, id)).get()
        ?.patientId ?? null,
    /** A handout made in this session (kept in memory until saved, printed or emailed). */
    ofHandout: (id: string) => {
      try {
        return handouts.previewed(id).patientId;
      } catch {
        return null;
      }
    },
  };
}

export type PatientLookup = ReturnType<typeof patientLookup>;
