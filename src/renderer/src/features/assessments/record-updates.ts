import type { FieldValue, TestResult } from '../../../../shared/clinical/catalogue/types';
import type { AssessmentRecord } from '../../../../shared/domain/assessment';

/** Small pure updates of a visit's record, so components say what changed, not how. */

export type TestPart = 'shared' | 'left' | 'right';

export function withTestValue(
  record: AssessmentRecord,
  testId: string,
  part: TestPart,
  fieldId: string,
  value: FieldValue,
): AssessmentRecord {
  const result: TestResult = record.tests[testId] ?? {};
  const partValues = { ...result[part] };
  if (value === null) delete partValues[fieldId];
  else partValues[fieldId] = value;
  const nextResult: TestResult = { ...result, [part]: partValues };
  if (Object.keys(partValues).length === 0) delete nextResult[part];
  const tests = { ...record.tests, [testId]: nextResult };
  if (Object.keys(nextResult).length === 0) delete tests[testId];
  return { ...record, tests };
}

export function withoutTest(record: AssessmentRecord, testId: string): AssessmentRecord {
  const tests = { ...record.tests };
  delete tests[testId];
  return { ...record, tests };
}

export function withSubjective(
  record: AssessmentRecord,
  changes: Partial<AssessmentRecord['subjective']>,
): AssessmentRecord {
  return { ...record, subjective: { ...record.subjective, ...changes } };
}
