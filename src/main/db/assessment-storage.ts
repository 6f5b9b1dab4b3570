import { clinicalTest } from '../../shared/clinical/catalogue/tests';
import type { FieldValue, TestResult, Unit } from '../../shared/clinical/catalogue/types';
import type { AssessmentRecord } from '../../shared/domain/assessment';

/**
 * How a visit's record is kept on disk: as the record itself, except that every measured
 * number is stored with its unit ({ "value": 180, "unit": "N" }). If a later version of the
 * catalogue ever measures a field in another unit, old records still say what they meant.
 */

interface StoredNumber {
  value: number;
  unit: Unit;
}
type StoredValue = StoredNumber | string | null;
type StoredTestResult = Partial<Record<'shared' | 'left' | 'right', Record<string, StoredValue>>>;
export type StoredAssessmentRecord = Omit<
  AssessmentRecord,
  'tests' | 'bodyMassKg' | 'subjective'
> & {
  tests: Record<string, StoredTestResult>;
  bodyMassKg: StoredNumber | null;
  subjective: Omit<AssessmentRecord['subjective'], 'weeklyDistanceKm'> & {
    weeklyDistanceKm: StoredNumber | null;
  };
};

export class StoredUnitError extends Error {}

const PARTS = ['shared', 'left', 'right'] as const;

function unitOf(testId: string, part: (typeof PARTS)[number], fieldId: string): Unit | null {
  const test = clinicalTest(testId);
  const fields = part === 'shared' ? test?.shared : test?.perSide;
  const field = fields?.find((entry) => entry.id === fieldId);
  return field?.kind === 'number' ? field.unit : null;
}

function withUnit(value: number | null, unit: Unit): StoredNumber | null {
  return value === null ? null : { value, unit };
}

function withoutUnit(stored: StoredNumber | null, unit: Unit, what: string): number | null {
  if (stored === null) return null;
  if (stored.unit !== unit) {
    throw new StoredUnitError(
      `${what} was stored in ${stored.unit}, but is now measured in ${unit}.`,
    );
  }
  return stored.value;
}

function mapTests<From, To>(
  tests: Record<string, Partial<Record<(typeof PARTS)[number], Record<string, From>>>>,
  convert: (value: From, unit: Unit | null, what: string) => To,
): Record<string, Partial<Record<(typeof PARTS)[number], Record<string, To>>>> {
  return Object.fromEntries(
    Object.entries(tests).map(([testId, result]) => [
      testId,
      Object.fromEntries(
        PARTS.filter((part) => result[part]).map((part) => [
          part,
          Object.fromEntries(
            Object.entries(result[part]!).map(([fieldId, value]) => [
              fieldId,
              convert(value, unitOf(testId, part, fieldId), `${testId} ${part} ${fieldId}`),
            ]),
          ),
        ]),
      ),
    ]),
  );
}

export function toStoredRecord(record: AssessmentRecord): StoredAssessmentRecord {
  return {
    ...record,
    bodyMassKg: withUnit(record.bodyMassKg, 'kg'),
    subjective: {
      ...record.subjective,
      weeklyDistanceKm: withUnit(record.subjective.weeklyDistanceKm, 'km'),
    },
    // Every number in a validated record belongs to a catalogue number field, so has a unit.
    tests: mapTests<FieldValue | undefined, StoredValue>(record.tests, (value, unit) =>
      typeof value === 'number' ? { value, unit: unit ?? 'count' } : (value ?? null),
    ),
  };
}

export function fromStoredRecord(stored: StoredAssessmentRecord): AssessmentRecord {
  return {
    ...stored,
    bodyMassKg: withoutUnit(stored.bodyMassKg, 'kg', 'Body mass'),
    subjective: {
      ...stored.subjective,
      weeklyDistanceKm: withoutUnit(stored.subjective.weeklyDistanceKm, 'km', 'Weekly distance'),
    },
    tests: mapTests<StoredValue, FieldValue>(stored.tests, (value, unit, what) =>
      value !== null && typeof value === 'object'
        ? withoutUnit(value, unit ?? value.unit, what)
        : value,
    ) as Record<string, TestResult>,
  };
}
