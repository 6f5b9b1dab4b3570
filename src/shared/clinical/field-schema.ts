import { z } from 'zod';
import { decimalFromText } from '../domain/number-text';
import { CLINICAL_TESTS } from './catalogue/tests';
import {
  UNITS,
  type ClinicalTest,
  type Field,
  type NumberField,
  type TestResult,
} from './catalogue/types';

/**
 * Validation built from the catalogue: one schema per field, so the form and the IPC boundary
 * give the same message ("Best force (left) must be between 0 and 1500 N").
 */

function describe(field: Field, where: string | null): string {
  return where ? `${field.label} (${where})` : field.label;
}

function unitText(field: NumberField): string {
  const symbol = UNITS[field.unit].symbol;
  if (symbol === '') return '';
  return symbol === '°' ? '°' : ` ${symbol}`;
}

function decimalsOf(step: number): number {
  return step >= 1 ? 0 : (String(step).split('.')[1]?.length ?? 0);
}

export function fieldValueSchema(field: Field, where: string | null) {
  const name = describe(field, where);
  switch (field.kind) {
    case 'number': {
      const range = `${name} must be between ${field.min} and ${field.max}${unitText(field)}`;
      const decimals = decimalsOf(field.step);
      return z
        .number({ error: `${name} must be a number` })
        .min(field.min, range)
        .max(field.max, range)
        .refine(
          (value) => Number.isInteger(Number((value * 10 ** decimals).toFixed(6))),
          decimals === 0
            ? `${name} must be a whole number`
            : `${name} can have at most ${decimals} decimal place${decimals > 1 ? 's' : ''}`,
        );
    }
    case 'yesNo':
      return z.enum(['yes', 'no'], { error: `${name}: answer yes or no` });
    case 'choice':
      return z.enum(field.options.map((option) => option.value) as [string, ...string[]], {
        error: `${name}: pick one of the listed options`,
      });
  }
}

function fieldsSchema(fields: readonly Field[], where: string | null) {
  return z
    .object(
      Object.fromEntries(
        fields.map((field) => [field.id, fieldValueSchema(field, where).nullable().optional()]),
      ),
    )
    .strict();
}

export function testResultSchema(test: ClinicalTest): z.ZodType<TestResult> {
  return z
    .object({
      shared: fieldsSchema(test.shared, null).optional(),
      left: fieldsSchema(test.perSide, 'left').optional(),
      right: fieldsSchema(test.perSide, 'right').optional(),
    })
    .strict() as unknown as z.ZodType<TestResult>;
}

/** Every test's results, keyed by test id; unknown tests are refused. */
export const testResultsSchema = z
  .object(
    Object.fromEntries(CLINICAL_TESTS.map((test) => [test.id, testResultSchema(test).optional()])),
  )
  .strict() as unknown as z.ZodType<Record<string, TestResult>>;

/**
 * Turns what was typed into a field into its value, or a message. Empty means not tested.
 * The form uses this; the main process applies the same schemas to the whole record.
 */
export function parseFieldInput(
  field: Field,
  where: string | null,
  typed: string,
): { value: number | string | null; error: string | null } {
  const text = typed.trim();
  if (text === '') return { value: null, error: null };
  const candidate = field.kind === 'number' ? decimalFromText(text) : text;
  const result = fieldValueSchema(field, where).safeParse(candidate);
  return result.success
    ? { value: result.data, error: null }
    : { value: null, error: result.error.issues[0]?.message ?? 'Not a valid value' };
}
