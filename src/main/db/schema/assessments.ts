import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { patients } from './patients';
import { practitioners } from './practitioners';
import type { MeasureValues } from '../../../shared/clinical/progress';

/**
 * Episodes of care and their visits (assessments). A visit's record is stored as JSON in
 * which every measured number carries its unit (see assessment-storage.ts). Derived numbers
 * (scores, LSI, findings) are not stored in the working record: they are worked out from it.
 * Once finalised, each signed version is kept unchanged in assessment_versions.
 */
export const episodes = sqliteTable(
  'episodes',
  {
    id: text('id').primaryKey(),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    complaint: text('complaint').notNull(),
    side: text('side', { enum: ['left', 'right', 'both'] }).notNull(),
    startedOn: text('started_on'),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('episodes_by_patient').on(table.patientId, table.createdAt)],
);

export const assessments = sqliteTable(
  'assessments',
  {
    id: text('id').primaryKey(),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    episodeId: text('episode_id')
      .notNull()
      .references(() => episodes.id),
    visitDate: text('visit_date').notNull(),
    status: text('status', { enum: ['draft', 'final'] }).notNull(),
    record: text('record', { mode: 'json' }).notNull(),
    revision: integer('revision').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    finalisedAt: text('finalised_at'),
    finalisedBy: text('finalised_by'),
  },
  (table) => [
    // Covers the visit list and the timeline: a patient's visits are scattered over years of
    // the file, so reading them from this index alone saves a page read per visit.
    index('assessments_by_patient').on(
      table.patientId,
      table.visitDate,
      table.createdAt,
      table.id,
      table.episodeId,
      table.status,
      table.finalisedAt,
      table.updatedAt,
    ),
    index('assessments_by_episode').on(table.episodeId),
  ],
);

export const assessmentVersions = sqliteTable(
  'assessment_versions',
  {
    id: text('id').primaryKey(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id),
    version: integer('version').notNull(),
    kind: text('kind', { enum: ['finalised', 'amendment'] }).notNull(),
    record: text('record', { mode: 'json' }).notNull(),
    /** The findings as they read when signed (settings may change later). */
    findings: text('findings', { mode: 'json' }).$type<string[]>().notNull(),
    signedBy: text('signed_by').notNull(),
    /** The practitioner account that signed; null for visits signed before accounts existed. */
    signedByPractitionerId: text('signed_by_practitioner_id').references(() => practitioners.id),
    signedAt: text('signed_at').notNull(),
    reason: text('reason'),
  },
  (table) => [
    uniqueIndex('assessment_versions_in_order').on(table.assessmentId, table.version),
    // Counting a visit's amendments without reading its signed records.
    index('assessment_versions_amendments')
      .on(table.assessmentId)
      .where(sql`${table.kind} = 'amendment'`),
  ],
);

/**
 * The findings each visit stands signed with (its latest signed version's), kept beside the
 * patient for the timeline. The signed versions stay the record; this copy exists because a
 * version's findings sit after its full record on disk, so listing a patient's years of visits
 * from there read two or three scattered pages per visit instead of one.
 */
export const visitFindings = sqliteTable(
  'visit_findings',
  {
    assessmentId: text('assessment_id')
      .primaryKey()
      .references(() => assessments.id),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    findings: text('findings', { mode: 'json' }).$type<string[]>().notNull(),
    /**
     * The visit's value of each charted measure, by measure id (see measureValues): the progress
     * charts read these instead of parsing every whole record. Null only between the migration
     * that added it and the fill that follows on open (fill-visit-measures.ts).
     */
    measures: text('measures', { mode: 'json' }).$type<MeasureValues>(),
  },
  (table) => [
    index('visit_findings_by_patient').on(table.patientId),
    index('visit_findings_unmeasured')
      .on(table.assessmentId)
      .where(sql`${table.measures} IS NULL`),
  ],
);
