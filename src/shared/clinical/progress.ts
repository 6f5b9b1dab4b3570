import { z } from 'zod';
import type { AssessmentRecord } from '../domain/assessment';
import { LEFS, NPRS, PAIN_SCORES } from './catalogue/outcome-measures';
import { dynamometryTestId, MUSCLE_GROUPS } from './catalogue/tests';
import { involvedSide } from './findings';
import type { Side } from './catalogue/types';
import { torque, torquePerKg } from './dynamometry';
import { limbSymmetryIndex } from './limb-symmetry';
import { lefsScore } from './scoring';

/**
 * The measures a physio follows across visits, worked out from each visit's record: pain,
 * LEFS, limb symmetry and torque per kg for each muscle group, running pelvic drop, weekly
 * distance. A measure not recorded at a visit has no value there (never zero).
 */

/** What a measure is read from: one visit's record and the side the episode is about. */
export interface MeasuredVisit {
  record: AssessmentRecord;
  /** The episode's side, when one side is the painful one (for the limb symmetry index). */
  involvedSide: Side | null;
}

/** One visit as the comparisons read it. */
export interface ProgressVisit extends MeasuredVisit {
  assessmentId: string;
  visitDate: string;
}

export interface ProgressMeasure {
  id: string;
  label: string;
  unit: string;
  /** Which way is better; null when neither is (a side-to-side reading). */
  better: 'higher' | 'lower' | null;
  /** The smallest change that matters to the patient, where the evidence gives one. */
  meaningfulChange: number | null;
  /** A line drawn across the chart, such as 90% symmetry. */
  reference: number | null;
  value(visit: MeasuredVisit): number | null;
}

function numberAt(
  record: AssessmentRecord,
  testId: string,
  side: Side | 'shared',
  field: string,
): number | null {
  const value = record.tests[testId]?.[side]?.[field];
  return typeof value === 'number' ? value : null;
}

/** Torque per kg on one side for one muscle group, from force, lever arm and body mass. */
function torquePerKgAt(record: AssessmentRecord, testId: string, side: Side): number | null {
  const force = numberAt(record, testId, side, 'peakForce');
  const lever = numberAt(record, testId, 'shared', 'leverArm');
  if (force === null || lever === null || record.bodyMassKg === null) return null;
  return torquePerKg(torque(force, lever), record.bodyMassKg);
}

const SIDES: readonly Side[] = ['left', 'right'];

export const PROGRESS_MEASURES: readonly ProgressMeasure[] = [
  ...PAIN_SCORES.map((score): ProgressMeasure => ({
    id: `pain:${score.id}`,
    label: score.label,
    unit: '/10',
    better: 'lower',
    meaningfulChange: NPRS.meaningfulChange,
    reference: null,
    value: (visit) => visit.record.subjective.pain[score.id] ?? null,
  })),
  {
    id: 'lefs',
    label: 'LEFS',
    unit: '/80',
    better: 'higher',
    meaningfulChange: LEFS.meaningfulChange,
    reference: null,
    value: (visit) => lefsScore(visit.record.lefs).total,
  },
  ...MUSCLE_GROUPS.map((group): ProgressMeasure => ({
    id: `lsi:${group.id}`,
    label: `Limb symmetry, ${group.muscles}`,
    unit: '%',
    better: 'higher',
    meaningfulChange: null,
    reference: 90,
    value: (visit) => {
      const testId = dynamometryTestId(group.id);
      return limbSymmetryIndex(
        {
          left: torquePerKgAt(visit.record, testId, 'left'),
          right: torquePerKgAt(visit.record, testId, 'right'),
        },
        visit.involvedSide,
      );
    },
  })),
  ...MUSCLE_GROUPS.flatMap((group) =>
    SIDES.map((side): ProgressMeasure => ({
      id: `torque:${group.id}:${side}`,
      label: `${capital(group.muscles)}, ${side}`,
      unit: 'N·m/kg',
      better: 'higher',
      meaningfulChange: null,
      reference: null,
      value: (visit) => torquePerKgAt(visit.record, dynamometryTestId(group.id), side),
    })),
  ),
  ...SIDES.map((side): ProgressMeasure => ({
    id: `pelvic-drop:${side}`,
    label: `Running pelvic drop, ${side} stance`,
    unit: '°',
    better: 'lower',
    meaningfulChange: null,
    reference: null,
    value: (visit) => numberAt(visit.record, 'running-pelvic-drop', side, 'dropAngle'),
  })),
  {
    id: 'weekly-distance',
    label: 'Weekly running distance',
    unit: 'km',
    better: null,
    meaningfulChange: null,
    reference: null,
    value: (visit) => visit.record.subjective.weeklyDistanceKm,
  },
];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A measure as the charts and comparisons describe it (everything but how it is read). */
export const measureInfoSchema = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  better: z.enum(['higher', 'lower']).nullable(),
  meaningfulChange: z.number().nullable(),
  reference: z.number().nullable(),
});

export const progressSeriesSchema = z.object({
  measure: measureInfoSchema,
  points: z.array(z.object({ assessmentId: z.string(), visitDate: z.string(), value: z.number() })),
});
export type ProgressSeries = z.output<typeof progressSeriesSchema>;

/**
 * A visit's value of each measure it recorded, by measure id. A signed visit keeps these beside
 * it (visit_findings.measures), so the charts read a few numbers per visit instead of parsing
 * years of whole records.
 */
export const measureValuesSchema = z.record(z.string(), z.number());
export type MeasureValues = z.output<typeof measureValuesSchema>;

export function measureValues(visit: MeasuredVisit): MeasureValues {
  const values: MeasureValues = {};
  for (const measure of PROGRESS_MEASURES) {
    const found = measure.value(visit);
    if (found !== null) values[measure.id] = found;
  }
  return values;
}

/** What a signed visit keeps for the charts, given its episode's side. */
export function visitMeasures(episodeSide: string | null, record: AssessmentRecord): MeasureValues {
  return measureValues({ record, involvedSide: involvedSide(episodeSide, record) });
}

/** One visit as the progress charts read it. */
export interface ChartedVisit {
  assessmentId: string;
  visitDate: string;
  values: MeasureValues;
}

export function chartedVisit(visit: ProgressVisit): ChartedVisit {
  return {
    assessmentId: visit.assessmentId,
    visitDate: visit.visitDate,
    values: measureValues(visit),
  };
}

/** Each measure's values across the visits, oldest first; measures never recorded are left out. */
export function progressSeries(visits: readonly ChartedVisit[]): ProgressSeries[] {
  const ordered = [...visits].sort((a, b) => a.visitDate.localeCompare(b.visitDate));
  return PROGRESS_MEASURES.flatMap(({ value: _value, ...measure }) => {
    const points = ordered.flatMap((visit) => {
      const found = visit.values[measure.id];
      return found === undefined
        ? []
        : [{ assessmentId: visit.assessmentId, visitDate: visit.visitDate, value: found }];
    });
    return points.length > 0 ? [{ measure, points }] : [];
  });
}

export const measureComparisonSchema = z.object({
  measure: measureInfoSchema,
  before: z.number().nullable(),
  after: z.number().nullable(),
  /** after - before; null when either is missing. */
  change: z.number().nullable(),
  /** Null when either value is missing or the measure has no better direction. */
  verdict: z.enum(['better', 'worse', 'same']).nullable(),
  /** Whether the change reaches the meaningful change; null where none is known or a value is missing. */
  meaningful: z.boolean().nullable(),
});
export type MeasureComparison = z.output<typeof measureComparisonSchema>;
type ChangeVerdict = NonNullable<MeasureComparison['verdict']>;

/**
 * Two visits side by side, measure by measure: the change, whether it is better or worse,
 * and whether it is big enough to matter (LEFS 9 points, NPRS 2 points). Measures recorded at
 * neither visit are left out.
 */
export function compareVisits(before: ProgressVisit, after: ProgressVisit): MeasureComparison[] {
  return PROGRESS_MEASURES.flatMap(({ value, ...measure }) => {
    const first = value(before);
    const second = value(after);
    if (first === null && second === null) return [];
    const change = first === null || second === null ? null : second - first;
    let verdict: ChangeVerdict | null = null;
    if (change !== null && measure.better) {
      const improved = measure.better === 'higher' ? change > 0 : change < 0;
      verdict = change === 0 ? 'same' : improved ? 'better' : 'worse';
    }
    const meaningful =
      change === null || measure.meaningfulChange === null
        ? null
        : Math.abs(change) >= measure.meaningfulChange;
    return [{ measure, before: first, after: second, change, verdict, meaningful }];
  });
}
