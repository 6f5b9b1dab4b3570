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
import { calendarDateSchema } from './dates';

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
  onsetDate: calendarDateSchema('Date the pain started').nullable(),
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

export const assessmentRecordSchema = z.object({
  visitDate: calendarDateSchema('Visit date'),
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
});

export type AssessmentRecord = z.output<typeof assessmentRecordSchema>;
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
