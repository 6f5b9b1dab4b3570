import { CLINICAL_TESTS } from '../../shared/clinical/catalogue/tests';
import type { FieldValue, TestResult, Unit } from '../../shared/clinical/catalogue/types';
import type { AssessmentRecord, CarriedForward } from '../../shared/domain/assessment';

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
  'tests' | 'bodyMassKg' | 'subjective' | 'carriedForward'
> & {
  tests: Record<string, StoredTestResult>;
  bodyMassKg: StoredNumber | null;
  subjective: Omit<AssessmentRecord['subjective'], 'weeklyDistanceKm'> & {
    weeklyDistanceKm: StoredNumber | null;
  };
  carriedForward?: Omit<CarriedForward, 'previousBodyMassKg'> & {
    previousBodyMassKg: StoredNumber | null;
  };
};

export class StoredUnitError extends Error {}

const PARTS = ['shared', 'left', 'right'] as const;

type Part = (typeof PARTS)[number];

/**
 * Each number field's unit, by test, then part, then field. Every value of every visit is
 * looked up here when the progress charts read a patient's visits, so it is built once.
 */
const UNITS = new Map(
  CLINICAL_TESTS.map((test) => {
    const units = (fields: typeof test.shared) =>
      new Map(fields.flatMap((field) => (field.kind === 'number' ? [[field.id, field.unit]] : [])));
    const perSide = units(test.perSide);
    return [test.id, { shared: units(test.shared), left: perSide, right: perSide }] as const;
  }),
);

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

/** Converts every value of every test; `what` names a value only when something is wrong. */
function mapTests<From, To>(
  tests: Record<string, Partial<Record<Part, Record<string, From>>>>,
  convert: (value: From, unit: Unit | null, what: () => string) => To,
): Record<string, Partial<Record<Part, Record<string, To>>>> {
  const converted: Record<string, Partial<Record<Part, Record<string, To>>>> = {};
  for (const [testId, result] of Object.entries(tests)) {
    const units = UNITS.get(testId);
    const parts: Partial<Record<Part, Record<string, To>>> = {};
    for (const part of PARTS) {
      const values = result[part];
      if (!values) continue;
      const out: Record<string, To> = {};
      for (const [fieldId, value] of Object.entries(values)) {
        out[fieldId] = convert(
          value,
          units?.[part].get(fieldId) ?? null,
          () => `${testId} ${part} ${fieldId}`,
        );
      }
      parts[part] = out;
    }
    converted[testId] = parts;
  }
  return converted;
}

export function toStoredRecord(record: AssessmentRecord): StoredAssessmentRecord {
  const { carriedForward, ...rest } = record;
  return {
    ...rest,
    bodyMassKg: withUnit(record.bodyMassKg, 'kg'),
    subjective: {
      ...record.subjective,
      weeklyDistanceKm: withUnit(record.subjective.weeklyDistanceKm, 'km'),
    },
    ...(carriedForward && {
      carriedForward: {
        ...carriedForward,
        previousBodyMassKg: withUnit(carriedForward.previousBodyMassKg, 'kg'),
      },
    }),
    // Every number in a validated record belongs to a catalogue number field, so has a unit.
    tests: mapTests<FieldValue | undefined, StoredValue>(record.tests, (value, unit) =>
      typeof value === 'number' ? { value, unit: unit ?? 'count' } : (value ?? null),
    ),
  };
}

export function fromStoredRecord(stored: StoredAssessmentRecord): AssessmentRecord {
  const { carriedForward, ...rest } = stored;
  return {
    ...rest,
    bodyMassKg: withoutUnit(stored.bodyMassKg, 'kg', 'Body mass'),
    subjective: {
      ...stored.subjective,
      weeklyDistanceKm: withoutUnit(stored.subjective.weeklyDistanceKm, 'km', 'Weekly distance'),
    },
    ...(carriedForward && {
      carriedForward: {
        ...carriedForward,
        previousBodyMassKg: withoutUnit(
          carriedForward.previousBodyMassKg,
          'kg',
          'Body mass at the earlier visit',
        ),
      },
    }),
    tests: mapTests<StoredValue, FieldValue>(stored.tests, (value, unit, what) =>
      value !== null && typeof value === 'object'
        ? withoutUnit(value, unit ?? value.unit, what())
        : value,
    ) as Record<string, TestResult>,
  };
}
