import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Patients. Ids are UUIDv7 text (time-ordered, mergeable across workstations); timestamps are
 * ISO-8601 UTC text. A patient is archived (archived_at set), not deleted.
 *
 * `row_key` is an explicit INTEGER PRIMARY KEY (SQLite's rowid) only because the full-text
 * search index (patient_search, a custom migration) points at rows by rowid, and VACUUM, which
 * backups use, may renumber an implicit rowid. Nothing outside the database sees it.
 */
export const patients = sqliteTable(
  'patients',
  {
    rowKey: integer('row_key').primaryKey(),
    id: text('id').notNull().unique(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Folded "last first" (see foldForSearch): the list's order and the search index's names. */
    sortName: text('sort_name').notNull(),
    dateOfBirth: text('date_of_birth'),
    sex: text('sex', { enum: ['female', 'male', 'other', 'not-recorded'] })
      .notNull()
      .default('not-recorded'),
    email: text('email'),
    phone: text('phone'),
    /** The phone's digits, whole and in groups (see phoneSearchText): what search indexes. */
    searchPhone: text('search_phone').notNull().default(''),
    notes: text('notes'),
    weeklyDistanceKm: real('weekly_distance_km'),
    yearsRunning: real('years_running'),
    /** JSON array of surface codes, e.g. ["road","trail"]. */
    surfaces: text('surfaces', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    goalEvent: text('goal_event'),
    goalEventDate: text('goal_event_date'),
    shoeModel: text('shoe_model'),
    shoeDistanceKm: real('shoe_distance_km'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    archivedAt: text('archived_at'),
    /** Bumped on every update; lets later features detect concurrent edits. */
    revision: integer('revision').notNull().default(1),
  },
  (table) => [
    // The unfiltered patient list: active patients in name order.
    index('patients_active_by_name')
      .on(table.sortName)
      .where(sql`${table.archivedAt} IS NULL`),
    // The list of archived patients ("Show archived"), in name order too.
    index('patients_archived_by_name')
      .on(table.sortName)
      .where(sql`${table.archivedAt} IS NOT NULL`),
  ],
);
