import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../db/connection';
import { formDrafts } from '../db/schema';
import type { Clock } from './clock';

export interface FormDraft {
  payload: unknown;
  savedAt: string;
}

/** Unsaved form input, kept encrypted until the form is saved or the draft discarded. */
export function createFormDraftService(db: AppDatabase, clock: Clock) {
  return {
    get(formKey: string): FormDraft | null {
      const row = db.select().from(formDrafts).where(eq(formDrafts.formKey, formKey)).get();
      return row ? { payload: row.payload, savedAt: row.savedAt } : null;
    },

    save(formKey: string, payload: unknown): { savedAt: string } {
      const savedAt = clock.nowIso();
      db.insert(formDrafts)
        .values({ formKey, payload, savedAt })
        .onConflictDoUpdate({ target: formDrafts.formKey, set: { payload, savedAt } })
        .run();
      return { savedAt };
    },

    discard(formKey: string): void {
      db.delete(formDrafts).where(eq(formDrafts.formKey, formKey)).run();
    },
  };
}
