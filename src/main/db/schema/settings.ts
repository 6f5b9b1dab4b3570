import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Clinic settings, one JSON value per group ("clinical" thresholds, later letterhead, mail). */
export const clinicSettings = sqliteTable('clinic_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});
