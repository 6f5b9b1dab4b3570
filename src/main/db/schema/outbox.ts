import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { patients } from './patients';
import { practitioners } from './practitioners';
import { programs } from './programs';

/**
 * Emails to patients, kept whole (with the PDF they carry) from the moment the physio presses
 * Send: the background sender works through the queued ones, and the history shows every one.
 * The id is also the email's Message-ID.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id),
    programVersion: integer('program_version').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    fileName: text('file_name').notNull(),
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
    state: text('state', { enum: ['queued', 'sending', 'sent', 'failed', 'unknown'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    problem: text('problem'),
    nextAttemptAt: text('next_attempt_at'),
    lastAttemptAt: text('last_attempt_at'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
    /** Who pressed Send (null for emails queued before practitioner accounts existed). */
    queuedBy: text('queued_by'),
    queuedByPractitionerId: text('queued_by_practitioner_id').references(() => practitioners.id),
  },
  (table) => [
    index('outbox_due').on(table.state, table.nextAttemptAt),
    index('outbox_by_patient').on(table.patientId, table.createdAt),
  ],
);
