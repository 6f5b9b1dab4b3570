/**
 * The shape of the clinical catalogue: tests, their fields, units and valid ranges. The
 * assessment form, validation, storage and the findings logic all read these entries, so
 * adding a test is one entry (plus its tests).
 */

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

export const SIDE_LABELS: Record<Side, string> = { left: 'Left', right: 'Right' };

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

export const UNITS = {
  N: { symbol: 'N', name: 'newtons' },
  m: { symbol: 'm', name: 'metres' },
  cm: { symbol: 'cm', name: 'centimetres' },
  kg: { symbol: 'kg', name: 'kilograms' },
  km: { symbol: 'km', name: 'kilometres' },
  kmh: { symbol: 'km/h', name: 'kilometres per hour' },
  s: { symbol: 's', name: 'seconds' },
  deg: { symbol: '°', name: 'degrees' },
  count: { symbol: '', name: '' },
  points: { symbol: '/10', name: 'points out of 10' },
} as const;
export type Unit = keyof typeof UNITS;

interface FieldBase {
  /** Stable key in stored records: never rename once released. */
  id: string;
  label: string;
  help?: string;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  unit: Unit;
  min: number;
  max: number;
  /** 1 for whole numbers; 0.1, 0.5 or 0.01 for decimals. */
  step: number;
  /**
   * How to compare left with right for the asymmetry finding: which direction is better and
   * the smallest difference worth naming (measurement noise is below it).
   */
  compareSides?: {
    better: 'higher' | 'lower';
    minimumDifference: number;
    /**
     * 'ratio' (default) also needs the lower side under the LSI threshold; 'difference' only
     * the gap, for angles that can be zero or negative.
     */
    by?: 'ratio' | 'difference';
  };
}

export interface YesNoField extends FieldBase {
  kind: 'yesNo';
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly { value: string; label: string }[];
}

export type Field = NumberField | YesNoField | ChoiceField;

/** A recorded value: a number, 'yes' / 'no', a choice's value; null when not tested. */
export type FieldValue = number | string | null;

export const TEST_SECTIONS = [
  { id: 'stance', title: 'Single-leg control and hip drop' },
  { id: 'flexibility', title: 'Flexibility' },
  { id: 'joint', title: 'Hip joint, tendon and bone' },
  { id: 'range', title: 'Range of motion and endurance' },
  { id: 'strength', title: 'Strength (handheld dynamometer)' },
] as const;
export type TestSectionId = (typeof TEST_SECTIONS)[number]['id'];

export interface ClinicalTest {
  id: string;
  name: string;
  section: TestSectionId;
  /** One line on what the test looks for, shown under its name. */
  purpose: string;
  /** Recorded separately for the left and the right side. */
  perSide: readonly Field[];
  /** Recorded once for the test (instrument, version, lever arm ...). */
  shared: readonly Field[];
  /**
   * Hidden and refused while any red flag is positive: hopping could complete a stress
   * fracture, and nothing is load-tested before a referral.
   */
  unsafeWithRedFlag?: boolean;
  source?: string;
}

/** What one test recorded: shared fields and each side's fields, by field id. */
export interface TestResult {
  shared?: Record<string, FieldValue>;
  left?: Record<string, FieldValue>;
  right?: Record<string, FieldValue>;
}

export const YES_NO_OPTIONS = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
] as const;
