import { describe, expect, it } from 'vitest';
import { LEFS_ITEMS } from '../../src/shared/clinical/catalogue/outcome-measures';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import { CLINICAL_TESTS } from '../../src/shared/clinical/catalogue/tests';
import { parseFieldInput } from '../../src/shared/clinical/field-schema';
import { assessmentRecordSchema } from '../../src/shared/domain/assessment';
import { assessmentWith } from '../support/assessment-builder';

describe('the clinical catalogue', () => {
  it('has unique ids and sensible ranges', () => {
    const ids = CLINICAL_TESTS.map((test) => test.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const test of CLINICAL_TESTS) {
      const fieldIds = [...test.shared, ...test.perSide].map((field) => field.id);
      expect(new Set(fieldIds).size, test.id).toBe(fieldIds.length);
      for (const field of [...test.shared, ...test.perSide]) {
        if (field.kind === 'number')
          expect(field.min, `${test.id}.${field.id}`).toBeLessThan(field.max);
        if (field.kind === 'choice') expect(field.options.length).toBeGreaterThan(1);
      }
    }
    expect(new Set(RED_FLAG_QUESTIONS.map((q) => q.id)).size).toBe(RED_FLAG_QUESTIONS.length);
    expect(LEFS_ITEMS).toHaveLength(20);
  });

  it('covers every test the assessment issue lists', () => {
    const ids = CLINICAL_TESTS.map((test) => test.id);
    for (const id of [
      'single-leg-stance',
      'lateral-step-down',
      'single-leg-squat',
      'running-pelvic-drop',
      'modified-thomas',
      'ober',
      'fadir',
      'faber',
      'log-roll',
      'trochanter-palpation',
      'fulcrum',
      'hip-range-of-motion',
      'side-plank',
      'hhd-hip-abduction',
      'hhd-hip-adduction',
      'hhd-hip-extension',
      'hhd-hip-flexion',
      'hhd-hip-external-rotation',
      'hhd-hip-internal-rotation',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('what a physio types into a test field', () => {
  const force = CLINICAL_TESTS.find((t) => t.id === 'hhd-hip-abduction')!.perSide[0]!;

  it('becomes a value, or a message naming the field, side and range', () => {
    expect(parseFieldInput(force, 'left', '180.5')).toEqual({ value: 180.5, error: null });
    expect(parseFieldInput(force, 'left', '180,5')).toEqual({ value: 180.5, error: null });
    expect(parseFieldInput(force, 'left', '')).toEqual({ value: null, error: null });
    expect(parseFieldInput(force, 'left', '-3').error).toBe(
      'Best force (left) must be between 0 and 1500 N',
    );
    expect(parseFieldInput(force, 'right', 'strong').error).toBe(
      'Best force (right) must be a number',
    );
    for (const notPlainlyANumber of ['0x10', '1e2', '0b11', '18O']) {
      expect(parseFieldInput(force, 'left', notPlainlyANumber).error).toBe(
        'Best force (left) must be a number',
      );
    }
    expect(parseFieldInput(force, 'left', '12.345').error).toBe(
      'Best force (left) can have at most 1 decimal place',
    );
  });

  it('refuses angles outside the test’s range', () => {
    const hip = CLINICAL_TESTS.find((t) => t.id === 'modified-thomas')!.perSide[0]!;
    expect(parseFieldInput(hip, 'right', '400').error).toBe(
      'Hip angle (right) must be between -40 and 40°',
    );
  });
});

describe('the assessment record at the IPC boundary', () => {
  it('accepts a partial visit and refuses invalid values with their messages', () => {
    expect(assessmentRecordSchema.safeParse(assessmentWith()).success).toBe(true);
    const bad = assessmentRecordSchema.safeParse(
      assessmentWith({
        tests: {
          'hhd-hip-abduction': { left: { peakForce: -5 } },
          'modified-thomas': { right: { hipAngle: 400 } },
          ober: { shared: { version: 'sideways' } },
        },
      }),
    );
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.message).sort()).toEqual([
      'Best force (left) must be between 0 and 1500 N',
      'Hip angle (right) must be between -40 and 40°',
      'Version: pick one of the listed options',
    ]);
  });

  it('refuses hop results while any red flag is positive, and dates in the future', () => {
    const hop = { 'single-leg-hop': { left: { hops: 10 } } };
    expect(assessmentRecordSchema.safeParse(assessmentWith({ tests: hop })).success).toBe(true);
    const unwell = assessmentRecordSchema.safeParse(
      assessmentWith({ redFlags: { unwell: 'yes' }, tests: hop }),
    );
    expect(unwell.error?.issues[0]?.message).toBe(
      'Single-leg hop (10 hops) is not done while a red flag is positive; clear its results',
    );
    const future = assessmentRecordSchema.safeParse(assessmentWith({ visitDate: '2999-01-01' }));
    expect(future.error?.issues[0]?.message).toBe('Visit date cannot be in the future');
  });

  it('refuses tests and fields the catalogue does not know', () => {
    expect(
      assessmentRecordSchema.safeParse(assessmentWith({ tests: { 'made-up-test': {} } })).success,
    ).toBe(false);
    expect(
      assessmentRecordSchema.safeParse(
        assessmentWith({ tests: { fadir: { left: { madeUp: 'yes' } } } }),
      ).success,
    ).toBe(false);
  });
});
