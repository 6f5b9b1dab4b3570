import { emptyAssessmentRecord, type AssessmentRecord } from '../../src/shared/domain/assessment';
import type { TestResult } from '../../src/shared/clinical/catalogue/types';

/** An empty visit with whatever tests and answers a test case sets. */
export function assessmentWith(
  changes: Partial<Omit<AssessmentRecord, 'tests'>> & { tests?: Record<string, TestResult> } = {},
): AssessmentRecord {
  const base = emptyAssessmentRecord('2026-11-20');
  return { ...base, ...changes, tests: { ...base.tests, ...changes.tests } };
}
