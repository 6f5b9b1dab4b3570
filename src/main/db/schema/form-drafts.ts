import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * What a physio has typed into a form but not saved yet, kept in the encrypted database (never
 * in the browser's storage) so a crash or a closed window loses nothing. One row per form.
 */
export const formDrafts = sqliteTable('form_drafts', {
  /** Which form: "new-patient", "patient:<id>" ... */
  formKey: text('form_key').primaryKey(),
  /** The form's values as JSON. */
  payload: text('payload', { mode: 'json' }).notNull(),
  savedAt: text('saved_at').notNull(),
});
