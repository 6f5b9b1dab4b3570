import type { ChoiceField, NumberField, Unit, YesNoField } from './types';

/** Small builders so catalogue entries read like the examination sheet. */

export function number(
  id: string,
  label: string,
  unit: Unit,
  range: { min: number; max: number; step?: number },
  extra: Partial<Pick<NumberField, 'help' | 'compareSides'>> = {},
): NumberField {
  return {
    kind: 'number',
    id,
    label,
    unit,
    min: range.min,
    max: range.max,
    step: range.step ?? 1,
    ...extra,
  };
}

export function yesNo(id: string, label: string, help?: string): YesNoField {
  return help ? { kind: 'yesNo', id, label, help } : { kind: 'yesNo', id, label };
}

export function choice(
  id: string,
  label: string,
  options: readonly { value: string; label: string }[],
  help?: string,
): ChoiceField {
  return help
    ? { kind: 'choice', id, label, options, help }
    : { kind: 'choice', id, label, options };
}

export const GOOD_POOR = [
  { value: 'good', label: 'Good' },
  { value: 'poor', label: 'Poor' },
] as const;

export const PAIN_LOCATIONS = [
  { value: 'groin', label: 'Groin' },
  { value: 'lateral', label: 'Outer hip' },
  { value: 'buttock', label: 'Buttock' },
  { value: 'front', label: 'Front of hip' },
  { value: 'other', label: 'Elsewhere' },
] as const;

export const MEASURING_INSTRUMENTS = [
  { value: 'goniometer', label: 'Goniometer' },
  { value: 'inclinometer', label: 'Inclinometer' },
  { value: 'phone-app', label: 'Phone app' },
  { value: 'visual', label: 'Visual estimate' },
] as const;
