import { z } from 'zod';
import { BAND_COLOURS } from '../clinical/catalogue/exercise-types';
import type { CustomExerciseContent } from './custom-exercise';

/**
 * A home exercise program as the physio builds it: exercises with their dosage, the protocols
 * they came from, and an optional return-to-running plan. Every save is a new version; older
 * versions are never changed.
 */

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number from ${min} to ${max}` })
    .int(`${label} must be a whole number from ${min} to ${max}`)
    .min(min, `${label} must be from ${min} to ${max}`)
    .max(max, `${label} must be from ${min} to ${max}`);

const shortText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable();

export const DOSAGE_LIMITS = {
  sets: { min: 1, max: 10 },
  reps: { min: 1, max: 100 },
  holdSeconds: { min: 1, max: 1800 },
  distanceMetres: { min: 5, max: 400 },
  restSeconds: { min: 0, max: 600 },
  effort: { min: 0, max: 10 },
  loadKg: { min: 0.5, max: 200 },
  timesPerDay: { min: 1, max: 4 },
  daysPerWeek: { min: 1, max: 7 },
} as const;

export const dosageShape = z.object({
  sets: whole('Sets', DOSAGE_LIMITS.sets.min, DOSAGE_LIMITS.sets.max),
  reps: whole('Reps', DOSAGE_LIMITS.reps.min, DOSAGE_LIMITS.reps.max).nullable(),
  holdSeconds: whole(
    'Hold or time',
    DOSAGE_LIMITS.holdSeconds.min,
    DOSAGE_LIMITS.holdSeconds.max,
  ).nullable(),
  distanceMetres: whole(
    'Distance',
    DOSAGE_LIMITS.distanceMetres.min,
    DOSAGE_LIMITS.distanceMetres.max,
  ).nullable(),
  restSeconds: whole(
    'Rest',
    DOSAGE_LIMITS.restSeconds.min,
    DOSAGE_LIMITS.restSeconds.max,
  ).nullable(),
  effort: whole('Effort', DOSAGE_LIMITS.effort.min, DOSAGE_LIMITS.effort.max).nullable(),
  tempo: z
    .string()
    .trim()
    .max(20, 'Tempo can be at most 20 characters')
    .regex(/^[0-9x ./:-]*$/i, 'Write the tempo with numbers and dashes, like 3-1-3')
    .transform((value) => (value === '' ? null : value))
    .nullable(),
  band: z.enum(BAND_COLOURS, { error: 'Choose a band colour from the list' }).nullable(),
  loadKg: z
    .number({ error: 'Load must be a number of kilograms' })
    .min(DOSAGE_LIMITS.loadKg.min, 'Load must be from 0.5 to 200 kg')
    .max(DOSAGE_LIMITS.loadKg.max, 'Load must be from 0.5 to 200 kg')
    .nullable(),
  timesPerDay: whole('Times per day', DOSAGE_LIMITS.timesPerDay.min, DOSAGE_LIMITS.timesPerDay.max),
  daysPerWeek: whole('Days per week', DOSAGE_LIMITS.daysPerWeek.min, DOSAGE_LIMITS.daysPerWeek.max),
});

/** A dosage must say how much: reps, a hold or time, or a distance. */
export const dosageSchema = dosageShape.refine(
  (dosage) => dosage.reps !== null || dosage.holdSeconds !== null || dosage.distanceMetres !== null,
  { message: 'Give reps, a hold time or a distance', path: ['reps'] },
);

export const PROGRAM_SIDES = ['left', 'right', 'both'] as const;
export type ProgramSide = (typeof PROGRAM_SIDES)[number];

/** Library ids are kebab-case; a clinic's own exercise is "custom:<uuid>". */
export const exerciseIdSchema = z
  .string()
  .regex(/^([a-z0-9-]{2,80}|custom:[0-9a-f-]{36})$/, 'Not a known exercise');

export const programItemSchema = dosageShape
  .extend({
    /** Stable within the program so reordering and editing keep their place. */
    key: z.uuid(),
    exerciseId: exerciseIdSchema,
    side: z.enum(PROGRAM_SIDES, { error: 'Choose left, right or both' }),
    /** Extra sets on the weaker side when both sides are worked. */
    extraSetsOn: z.enum(['left', 'right']).nullable(),
    extraSets: whole('Extra sets', 0, 5),
    note: shortText('The note', 500),
    /** Protocol ids this exercise came from (empty when added from the library). */
    fromProtocols: z.array(z.string().max(80)).max(20),
  })
  .refine(
    (item) => item.reps !== null || item.holdSeconds !== null || item.distanceMetres !== null,
    { message: 'Give reps, a hold time or a distance', path: ['reps'] },
  )
  .refine((item) => item.extraSetsOn === null || item.side === 'both', {
    message:
      'Extra sets on the weaker side only apply when both legs are worked: choose both sides or remove the extra sets',
    path: ['extraSetsOn'],
  })
  .refine((item) => item.extraSets === 0 || item.extraSetsOn !== null, {
    message: 'Choose which side gets the extra sets, or set the extra sets to 0',
    path: ['extraSetsOn'],
  });
export type ProgramItem = z.output<typeof programItemSchema>;

/** One stage of the walk-run progression. */
export const runStageSchema = z
  .object({
    key: z.uuid(),
    /** Minutes walking then running in each interval; running 0 is a walk-only stage. */
    walkMinutes: whole('Walk minutes', 0, 10),
    runMinutes: whole('Run minutes', 0, 60),
    repeats: whole('Repeats', 1, 20),
    effort: whole('Effort', 1, 10),
    /** How many sessions at this stage before moving on (at least two). */
    sessions: whole('Sessions at this stage', 2, 10),
    note: shortText('The stage note', 300),
  })
  .refine((stage) => stage.walkMinutes + stage.runMinutes > 0, {
    message: 'A stage needs some walking or running',
    path: ['runMinutes'],
  });
export type RunStage = z.output<typeof runStageSchema>;

export const readinessCheckSchema = z.object({
  id: z.string().max(60),
  label: z.string().max(200),
});

export const returnToRunPlanSchema = z.object({
  readiness: z.array(readinessCheckSchema).max(20),
  stages: z
    .array(runStageSchema)
    .min(1, 'The plan needs at least one stage')
    .max(20, 'A plan can have at most 20 stages'),
  /** Once running continuously: most weekly volume may grow, in %. */
  weeklyIncreasePercent: whole('Weekly increase', 5, 10),
});
export type ReturnToRunPlan = z.output<typeof returnToRunPlanSchema>;

export const chosenProtocolSchema = z.object({
  protocolId: z.string().max(80),
  /** The phase the patient starts in (0 = first). */
  phase: whole('Phase', 0, 9),
  emphasisSide: z.enum(['left', 'right']).nullable(),
});
export type ChosenProtocol = z.output<typeof chosenProtocolSchema>;

export const programContentSchema = z.object({
  title: z
    .string({ error: 'Give the program a title' })
    .trim()
    .min(2, 'Give the program a title')
    .max(120, 'The title can be at most 120 characters'),
  /** The goal in one sentence, for the handout. */
  goal: shortText('The goal', 300),
  protocols: z.array(chosenProtocolSchema).max(12),
  items: z
    .array(programItemSchema)
    .max(40, 'A program can have at most 40 exercises')
    .refine(
      (items) => new Set(items.map((item) => item.key)).size === items.length,
      'Each exercise in the program must be listed once',
    )
    .refine(
      (items) => new Set(items.map((item) => item.exerciseId)).size === items.length,
      'The same exercise is listed twice in the program: remove one of them',
    ),
  returnToRun: returnToRunPlanSchema.nullable(),
  /** Practitioner's name until accounts exist. */
  savedBy: z
    .string({ error: 'Enter your name' })
    .trim()
    .min(2, 'Enter your name')
    .max(120, 'The name can be at most 120 characters'),
});
export type ProgramContent = z.output<typeof programContentSchema>;
export type ProgramContentInput = z.input<typeof programContentSchema>;

/** A program more than about six exercises long is followed less (adherence falls). */
export const ADHERENCE_WARNING_COUNT = 6;

/**
 * A version as stored: the program, plus a copy of the text of each clinic exercise in it as
 * it read when saved (added by main; never sent by the renderer).
 */
export type StoredProgramContent = ProgramContent & {
  clinicExercises?: Record<string, CustomExerciseContent>;
};

export const programVersionSchema = z.object({
  programId: z.uuid(),
  version: z.number().int(),
  content: z.custom<StoredProgramContent>(),
  savedAt: z.iso.datetime(),
});
export type ProgramVersion = z.output<typeof programVersionSchema>;

export const programSummarySchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  assessmentId: z.uuid(),
  title: z.string(),
  latestVersion: z.number().int(),
  exerciseCount: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type ProgramSummary = z.output<typeof programSummarySchema>;

export const programSchema = programSummarySchema.extend({
  current: programVersionSchema,
  versions: z.array(
    z.object({ version: z.number().int(), savedAt: z.iso.datetime(), savedBy: z.string() }),
  ),
});
export type Program = z.output<typeof programSchema>;
