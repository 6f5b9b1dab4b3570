import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { assessments } from './assessments';
import { patients } from './patients';
import { practitioners } from './practitioners';

/**
 * Home exercise programs. A program belongs to a patient and the assessment it was built from;
 * each save adds a version (the whole program as JSON) and no version is ever changed, so a
 * handout can be reproduced as it was given.
 */
export const programs = sqliteTable(
  'programs',
  {
    id: text('id').primaryKey(),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id),
    title: text('title').notNull(),
    latestVersion: integer('latest_version').notNull(),
    exerciseCount: integer('exercise_count').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('programs_by_patient').on(table.patientId, table.updatedAt),
    index('programs_by_assessment').on(table.assessmentId),
  ],
);

export const programVersions = sqliteTable(
  'program_versions',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id),
    version: integer('version').notNull(),
    content: text('content', { mode: 'json' }).notNull(),
    savedBy: text('saved_by').notNull(),
    /** The practitioner account that saved it; null for versions saved before accounts existed. */
    savedByPractitionerId: text('saved_by_practitioner_id').references(() => practitioners.id),
    savedAt: text('saved_at').notNull(),
  },
  (table) => [
    uniqueIndex('program_versions_in_order').on(table.programId, table.version),
    // The timeline lists every version's date and author without reading its content.
    index('program_versions_listing').on(
      table.programId,
      table.version,
      table.savedAt,
      table.savedBy,
    ),
  ],
);

/**
 * A clinic's own exercises, with their own text and an optional photo (stored in the encrypted
 * database like every other record, not as a loose file).
 */
export const customExercises = sqliteTable(
  'custom_exercises',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** The exercise's text and default dosage as JSON (see customExerciseSchema). */
    content: text('content', { mode: 'json' }).notNull(),
    photo: blob('photo', { mode: 'buffer' }),
    photoType: text('photo_type', { enum: ['image/png', 'image/jpeg', 'image/webp'] }),
    revision: integer('revision').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('custom_exercises_by_name').on(table.name)],
);
