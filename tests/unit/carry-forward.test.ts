import { describe, expect, it } from 'vitest';
import { CLINICAL_TESTS } from '../../src/shared/clinical/catalogue/tests';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import {
  SHARED_FIELD_DECISIONS,
  startFromEarlierVisit,
  wasTestDone,
} from '../../src/shared/clinical/carry-forward';
import { deriveFindings } from '../../src/shared/clinical/findings';
import { chartedVisit, compareVisits, progressSeries } from '../../src/shared/clinical/progress';
import { DEFAULT_CLINICAL_SETTINGS } from '../../src/shared/clinical/settings';
import { assessmentRecordSchema, emptyAssessmentRecord } from '../../src/shared/domain/assessment';
import { assessmentWith } from '../support/assessment-builder';

const SOURCE_ID = '019a0000-0000-7000-8000-000000000001';
const NO_RED_FLAGS = Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, 'no' as const]));

/** A signed visit: abductor strength and a step-down done, an Ober set up but never done. */
const earlier = assessmentWith({
  visitDate: '2026-10-29',
  bodyMassKg: 61.5,
  redFlags: NO_RED_FLAGS,
  subjective: {
    ...emptyAssessmentRecord('2026-10-29').subjective,
    pain: { painNow: 3, painWorst: 7, painDuringRun: 6, painNextMorning: 2 },
    aggravatingNotes: 'Hills',
  },
  lefs: Array.from({ length: 20 }, () => 3),
  impression: 'Abductor weakness',
  diagnosis: 'gluteal-tendinopathy',
  tests: {
    'hhd-hip-abduction': {
      shared: { leverArm: 0.82, method: 'break', position: 'side-lying' },
      left: { peakForce: 150, trials: 3 },
      right: { peakForce: 210, trials: 3 },
    },
    'lateral-step-down': {
      shared: { stepHeight: 20 },
      left: { trunkLean: 'yes', pelvisNotLevel: 'yes', kneePosition: 'inside-foot' },
    },
    fadir: { right: { pain: 'no' } },
    ober: { shared: { version: 'knee-straight' } },
  },
});

const startedOn = (fresh = emptyAssessmentRecord('2026-11-19')) =>
  startFromEarlierVisit(fresh, { assessmentId: SOURCE_ID, record: earlier });

describe('starting a follow-up from an earlier visit', () => {
  it('has a decision for every shared field in the catalogue', () => {
    const sharedFields = new Set(CLINICAL_TESTS.flatMap((test) => test.shared.map((f) => f.id)));
    for (const field of sharedFields) {
      expect(
        SHARED_FIELD_DECISIONS[field],
        `no carry-forward decision for "${field}"`,
      ).toBeDefined();
    }
  });

  it('counts a test as done only when a left or right value was recorded', () => {
    expect(wasTestDone(undefined)).toBe(false);
    expect(wasTestDone({})).toBe(false);
    expect(wasTestDone({ shared: { leverArm: 0.8, method: 'make' } })).toBe(false);
    expect(wasTestDone({ shared: { stepHeight: 20 }, left: {}, right: {} })).toBe(false);
    expect(wasTestDone({ left: { pain: 'no' } })).toBe(true);
    expect(wasTestDone({ right: { holdSeconds: 0 } })).toBe(true);
  });

  it('lists the tests done, with their set-up and no results', () => {
    const record = startedOn();
    expect(record.tests).toEqual({
      'lateral-step-down': { shared: { stepHeight: 20 } },
      fadir: {},
      'hhd-hip-abduction': { shared: { leverArm: 0.82, method: 'break', position: 'side-lying' } },
    });
    expect(record.carriedForward).toEqual({
      assessmentId: SOURCE_ID,
      visitDate: '2026-10-29',
      testIds: ['lateral-step-down', 'fadir', 'hhd-hip-abduction'],
      previousBodyMassKg: 61.5,
    });
  });

  it('leaves body mass empty to be weighed again, remembering the last one', () => {
    const record = startedOn();
    expect(record.bodyMassKg).toBeNull();
    expect(record.carriedForward?.previousBodyMassKg).toBe(61.5);
    // A body mass already in the fresh record (none today, but whatever it holds) stays.
    expect(startedOn({ ...emptyAssessmentRecord('2026-11-19'), bodyMassKg: 60 }).bodyMassKg).toBe(
      60,
    );
  });

  it('asks pain, the LEFS, red flags and notes again', () => {
    const fresh = emptyAssessmentRecord('2026-11-19');
    const record = startedOn(fresh);
    expect(record.visitDate).toBe('2026-11-19');
    expect(record.subjective).toEqual(fresh.subjective);
    expect(record.redFlags).toEqual({});
    expect(record.warningSigns).toEqual({});
    expect(record.lefs).toEqual(fresh.lefs);
    expect(record.impression).toBeNull();
    expect(record.diagnosis).toBeNull();
  });

  it('gives a record the IPC boundary accepts', () => {
    const parsed = assessmentRecordSchema.safeParse(startedOn());
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('names no finding, draws no chart point and compares nothing while the tests are empty', () => {
    const record = { ...startedOn(), redFlags: NO_RED_FLAGS };
    const context = {
      patient: { dateOfBirth: '1990-06-01', sex: 'female' },
      involvedSide: 'left' as const,
      settings: DEFAULT_CLINICAL_SETTINGS,
    };
    expect(deriveFindings(record, context)).toEqual([]);

    const visit = { assessmentId: SOURCE_ID, visitDate: '2026-11-19', record, involvedSide: null };
    expect(progressSeries([chartedVisit(visit)])).toEqual([]);
    // Against the earlier visit, only what the earlier visit measured shows, with no later value.
    const before = { ...visit, visitDate: '2026-10-29', record: earlier };
    const compared = compareVisits(before, visit);
    expect(compared.length).toBeGreaterThan(0);
    expect(compared.every((row) => row.after === null && row.change === null)).toBe(true);
  });
});
