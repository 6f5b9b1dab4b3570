import { describe, expect, it } from 'vitest';
import { CLINICAL_TESTS } from '../../src/shared/clinical/catalogue/tests';
import {
  chartedVisit,
  compareVisits,
  measureValuesSchema,
  progressSeries,
  type ProgressVisit,
} from '../../src/shared/clinical/progress';
import { seededRandom } from '../../src/main/demo-data/generate-patients';
import { clinicalProfile, visitRecord } from '../../src/main/demo-data/generate-visits';
import type { AssessmentRecord } from '../../src/shared/domain/assessment';
import { assessmentWith } from '../support/assessment-builder';

function visit(id: string, visitDate: string, record: AssessmentRecord): ProgressVisit {
  return { assessmentId: id, visitDate, record, involvedSide: 'left' };
}

/** The charts as they read signed visits: the numbers each visit keeps. */
const chart = (visits: ProgressVisit[]) => progressSeries(visits.map(chartedVisit));

const pain = (painNow: number | null, painDuringRun: number | null) => ({
  ...assessmentWith().subjective,
  pain: { painNow, painWorst: null, painDuringRun, painNextMorning: null },
});

const allLefs = (answer: number) => Array.from({ length: 20 }, () => answer);

/** Hip abduction: 70 kg runner, 0.8 m lever arm, the left (painful) side weaker. */
const abduction = (left: number, right: number) => ({
  'hhd-hip-abduction': {
    shared: { leverArm: 0.8, method: 'break', position: 'side-lying' },
    left: { peakForce: left, trials: 3 },
    right: { peakForce: right, trials: 3 },
  },
});

describe('progress series across visits', () => {
  it('gives each measure by date, oldest first, leaving out visits that did not record it', () => {
    const series = chart([
      visit('c', '2026-11-01', assessmentWith({ subjective: pain(2, null), lefs: allLefs(3) })),
      visit('a', '2026-09-01', assessmentWith({ subjective: pain(6, 7), lefs: allLefs(2) })),
      visit('b', '2026-10-01', assessmentWith({ subjective: pain(null, 4) })),
    ]);
    const byId = Object.fromEntries(series.map((one) => [one.measure.id, one.points]));
    expect(byId['pain:painNow']).toEqual([
      { assessmentId: 'a', visitDate: '2026-09-01', value: 6 },
      { assessmentId: 'c', visitDate: '2026-11-01', value: 2 },
    ]);
    expect(byId['pain:painDuringRun']!.map((point) => point.value)).toEqual([7, 4]);
    // LEFS only where all 20 items were answered; never a zero for a visit without it.
    expect(byId['lefs']!.map((point) => [point.assessmentId, point.value])).toEqual([
      ['a', 40],
      ['c', 60],
    ]);
    // Measures never recorded are not drawn at all.
    expect(byId['pain:painWorst']).toBeUndefined();
    expect(byId['lsi:abduction']).toBeUndefined();
  });

  it('works out torque per kg per side and the symmetry of the painful side', () => {
    const [lsi, left, right] = [
      'lsi:abduction',
      'torque:abduction:left',
      'torque:abduction:right',
    ].map((id) =>
      chart([
        visit('a', '2026-09-01', assessmentWith({ bodyMassKg: 70, tests: abduction(140, 200) })),
      ]).find((one) => one.measure.id === id),
    );
    expect(left!.points[0]!.value).toBeCloseTo((140 * 0.8) / 70, 6);
    expect(right!.points[0]!.value).toBeCloseTo((200 * 0.8) / 70, 6);
    expect(lsi!.points[0]!.value).toBeCloseTo(70, 6);
    expect(lsi!.measure.reference).toBe(90);
  });

  it('has no torque per kg without the body mass', () => {
    const series = chart([
      visit('a', '2026-09-01', assessmentWith({ bodyMassKg: null, tests: abduction(140, 200) })),
    ]);
    expect(series.find((one) => one.measure.id.startsWith('torque:'))).toBeUndefined();
  });
});

describe('comparing two visits', () => {
  const before = visit(
    'a',
    '2026-09-01',
    assessmentWith({
      subjective: pain(6, 7),
      lefs: allLefs(2),
      bodyMassKg: 70,
      tests: abduction(140, 200),
    }),
  );
  const after = visit(
    'b',
    '2026-11-01',
    assessmentWith({
      subjective: pain(5, 3),
      lefs: allLefs(3),
      bodyMassKg: 70,
      tests: abduction(190, 200),
    }),
  );
  const rows = Object.fromEntries(compareVisits(before, after).map((row) => [row.measure.id, row]));

  it('marks better and worse by each measure’s direction, and the change that matters', () => {
    expect(rows['lefs']).toMatchObject({
      before: 40,
      after: 60,
      change: 20,
      verdict: 'better',
      meaningful: true,
    });
    // One point less pain: better, but under the 2 points that matter.
    expect(rows['pain:painNow']).toMatchObject({
      change: -1,
      verdict: 'better',
      meaningful: false,
    });
    expect(rows['pain:painDuringRun']).toMatchObject({
      change: -4,
      verdict: 'better',
      meaningful: true,
    });
    expect(rows['lsi:abduction']!.verdict).toBe('better');
    expect(rows['lsi:abduction']!.meaningful).toBeNull();
  });

  it('keeps a measure recorded at one visit only, with no change or verdict', () => {
    const later = visit('c', '2026-12-01', assessmentWith({ subjective: pain(4, null) }));
    const compared = Object.fromEntries(
      compareVisits(before, later).map((row) => [row.measure.id, row]),
    );
    expect(compared['lefs']).toMatchObject({
      before: 40,
      after: null,
      change: null,
      verdict: null,
      meaningful: null,
    });
    expect(compared['pain:painNow']).toMatchObject({
      change: -2,
      verdict: 'better',
      meaningful: true,
    });
    expect(compared['pain:painWorst']).toBeUndefined();
  });

  it('calls a worse value worse', () => {
    const worse = compareVisits(after, before).find(
      (row) => row.measure.id === 'pain:painDuringRun',
    );
    expect(worse).toMatchObject({ change: 4, verdict: 'worse', meaningful: true });
  });
});

describe('the numbers a signed visit keeps for the charts', () => {
  it('chart exactly as the whole records do after a trip through the database as JSON', () => {
    // Made-up visits with every test of the catalogue recorded, over a recovering episode.
    const profile = { ...clinicalProfile(3, 7), tests: CLINICAL_TESTS.map((test) => test.id) };
    const random = seededRandom(4);
    const visits = [0, 0.3, 0.6, 0.9].map((recovery, index) => ({
      assessmentId: `visit-${index}`,
      visitDate: `2026-0${index + 1}-10`,
      record: visitRecord(profile, `2026-0${index + 1}-10`, recovery, random),
      involvedSide: profile.soreSide,
    }));
    const stored = visits.map((visit) => {
      const { values, ...rest } = chartedVisit(visit);
      return { ...rest, values: measureValuesSchema.parse(JSON.parse(JSON.stringify(values))) };
    });
    const series = chart(visits);
    expect(series.length).toBeGreaterThan(10);
    expect(progressSeries(stored)).toEqual(series);
    // Each kept value is the measure's own reading of the record, not a rounded copy.
    const lefs = series.find((one) => one.measure.id === 'lefs')!;
    expect(lefs.points.map((point) => point.value)).toEqual(
      stored.flatMap((visit) => visit.values['lefs'] ?? []),
    );
  });
});
