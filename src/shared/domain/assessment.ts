import { z } from 'zod';
import { LEFS, PAIN_SCORES } from '../clinical/catalogue/outcome-measures';
import { RED_FLAG_QUESTIONS, WARNING_SIGNS } from '../clinical/catalogue/red-flags';
import {
  AGGRAVATING_ACTIVITIES,
  ONSETS,
  PAIN_AREAS,
  PAIN_SIDES,
  TRAINING_CHANGES,
  WORKING_DIAGNOSES,
} from '../clinical/catalogue/subjective';
import { testResultsSchema } from '../clinical/field-schema';
import { CLINICAL_TESTS } from '../clinical/catalogue/tests';
import { redFlagScreen } from '../clinical/red-flag-screen';
import { calendarDateSchema, localToday } from './dates';
import { EPISODE_SIDES, episodeSchema } from './episode';

const values = <T extends readonly { value: string }[]>(items: T) =>
  items.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]];

const painScore = (label: string) =>
  z
    .number({ error: `${label} must be a number from 0 to 10` })
    .int(`${label} must be a whole number from 0 to 10`)
    .min(0, `${label} must be from 0 to 10`)
    .max(10, `${label} must be from 0 to 10`)
    .nullable();

const note = (label: string) =>
  z.string().trim().max(4000, `${label} can be at most 4000 characters`).nullable();

const yesNoAnswers = (ids: readonly string[]) =>
  z
    .object(Object.fromEntries(ids.map((id) => [id, z.enum(['yes', 'no']).optional()])))
    .strict() as unknown as z.ZodType<Record<string, 'yes' | 'no' | undefined>>;

export const subjectiveSchema = z.object({
  painAreas: z
    .array(z.object({ area: z.enum(values(PAIN_AREAS)), side: z.enum(['left', 'right']) }))
    .max(PAIN_AREAS.length * 2),
  painSide: z.enum(values(PAIN_SIDES)).nullable(),
  onset: z.enum(values(ONSETS)).nullable(),
  onsetDate: calendarDateSchema('Date the pain started')
    .refine((value) => value <= localToday(), 'The date the pain started cannot be in the future')
    .nullable(),
  pain: z.object(
    Object.fromEntries(PAIN_SCORES.map((score) => [score.id, painScore(score.label)])),
  ) as unknown as z.ZodType<Record<(typeof PAIN_SCORES)[number]['id'], number | null>>,
  aggravating: z.array(z.enum(values(AGGRAVATING_ACTIVITIES))).max(AGGRAVATING_ACTIVITIES.length),
  aggravatingNotes: note('Other aggravating activities'),
  weeklyDistanceKm: z
    .number({ error: 'Weekly distance must be a number' })
    .min(0, 'Weekly distance must be between 0 and 400 km')
    .max(400, 'Weekly distance must be between 0 and 400 km')
    .nullable(),
  trainingChanges: z.array(z.enum(values(TRAINING_CHANGES))).max(TRAINING_CHANGES.length),
  trainingNotes: note('Training notes'),
});

/**
 * Where a follow-up started: the signed visit whose tests (with their set-up) were carried
 * forward, so the page can say so, and the body mass measured then, shown beside today's empty
 * field as a reminder (never copied into it). Set by the main process when the visit starts;
 * a save keeps the stored one whatever the renderer sends.
 */
export const carriedForwardSchema = z
  .object({
    assessmentId: z.uuid(),
    visitDate: calendarDateSchema('Date of the earlier visit'),
    testIds: z.array(z.enum(CLINICAL_TESTS.map((test) => test.id) as [string, ...string[]])),
    previousBodyMassKg: z.number().nullable(),
  })
  .strict();
export type CarriedForward = z.output<typeof carriedForwardSchema>;

const recordShape = z.object({
  visitDate: calendarDateSchema('Visit date').refine(
    (value) => value <= localToday(),
    'Visit date cannot be in the future',
  ),
  bodyMassKg: z
    .number({ error: 'Body mass must be a number' })
    .min(20, 'Body mass must be between 20 and 250 kg')
    .max(250, 'Body mass must be between 20 and 250 kg')
    .nullable(),
  subjective: subjectiveSchema,
  redFlags: yesNoAnswers(RED_FLAG_QUESTIONS.map((question) => question.id)),
  warningSigns: yesNoAnswers(WARNING_SIGNS.map((sign) => sign.id)),
  tests: testResultsSchema,
  lefs: z
    .array(
      z
        .number()
        .int()
        .min(0, 'LEFS answers are scored 0 to 4')
        .max(4, 'LEFS answers are scored 0 to 4')
        .nullable(),
    )
    .length(LEFS.itemCount, `The LEFS has ${LEFS.itemCount} items`),
  impression: note('Impression'),
  diagnosis: z.enum(values(WORKING_DIAGNOSES)).nullable(),
  diagnosisNotes: note('Diagnosis notes'),
  carriedForward: carriedForwardSchema.optional(),
});

/**
 * One visit's record. Besides each value's own range, a visit with a positive red flag may
 * hold no hop test: hopping could complete a stress fracture.
 */
export const assessmentRecordSchema = recordShape.superRefine((record, context) => {
  if (!redFlagScreen(record).noHopping) return;
  for (const test of CLINICAL_TESTS.filter((entry) => entry.unsafeWithRedFlag)) {
    const result = record.tests[test.id];
    const recorded = ['left', 'right', 'shared'].some((part) =>
      Object.values(result?.[part as 'left'] ?? {}).some(
        (value) => value !== null && value !== undefined,
      ),
    );
    if (recorded) {
      context.addIssue({
        code: 'custom',
        path: ['tests', test.id],
        message: `${test.name} is not done while a red flag is positive; clear its results`,
      });
    }
  }
});

export type AssessmentRecord = z.output<typeof recordShape>;
export type Subjective = AssessmentRecord['subjective'];

/** A new visit: nothing tested yet. */
export function emptyAssessmentRecord(visitDate: string): AssessmentRecord {
  return {
    visitDate,
    bodyMassKg: null,
    subjective: {
      painAreas: [],
      painSide: null,
      onset: null,
      onsetDate: null,
      pain: Object.fromEntries(PAIN_SCORES.map((score) => [score.id, null])) as Subjective['pain'],
      aggravating: [],
      aggravatingNotes: null,
      weeklyDistanceKm: null,
      trainingChanges: [],
      trainingNotes: null,
    },
    redFlags: {},
    warningSigns: {},
    tests: {},
    lefs: Array.from({ length: LEFS.itemCount }, () => null),
    impression: null,
    diagnosis: null,
    diagnosisNotes: null,
  };
}

export const ASSESSMENT_STATUSES = ['draft', 'final'] as const;

const signedBySchema = z
  .string({ error: 'Enter the name of the practitioner signing' })
  .trim()
  .min(2, 'Enter the name of the practitioner signing')
  .max(120, 'The name can be at most 120 characters');

export const finaliseInputSchema = z.object({ signedBy: signedBySchema });

export const amendmentInputSchema = z.object({
  signedBy: signedBySchema,
  reason: z
    .string({ error: 'Say why the assessment is amended' })
    .trim()
    .min(3, 'Say why the assessment is amended')
    .max(1000, 'The reason can be at most 1000 characters'),
});

/** A visit as the renderer sees it: the record as it stands now, and its state. */
export const assessmentSchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  episode: episodeSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  record: z.custom<AssessmentRecord>(),
  /** Goes up with every save; a save names the revision it started from. */
  revision: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  finalisedAt: z.iso.datetime().nullable(),
  finalisedBy: z.string().nullable(),
  amendments: z.number().int(),
});
export type Assessment = z.output<typeof assessmentSchema>;

export const assessmentSummarySchema = assessmentSchema
  .pick({ id: true, status: true, finalisedAt: true, updatedAt: true, amendments: true })
  .extend({
    visitDate: z.string(),
    episodeId: z.uuid(),
    complaint: z.string(),
    side: z.enum(EPISODE_SIDES),
  });
export type AssessmentSummary = z.output<typeof assessmentSummarySchema>;

/** A signed version: the original at finalising, then each amendment. Never changed. */
export const assessmentVersionSchema = z.object({
  version: z.number().int(),
  kind: z.enum(['finalised', 'amendment']),
  record: z.custom<AssessmentRecord>(),
  findings: z.array(z.string()),
  signedBy: z.string(),
  signedAt: z.iso.datetime(),
  reason: z.string().nullable(),
});
export type AssessmentVersion = z.output<typeof assessmentVersionSchema>;
