const DECIMAL_TEXT = /^-?\d+([.,]\d+)?$/;

/**
 * A number as typed ("42", "42.5", "42,5") or sent (42.5). Anything else (" ", "0x10", true,
 * [5]) is left as it is, so the number schema after it refuses it with a message.
 */
export function decimalFromText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return DECIMAL_TEXT.test(text) ? Number(text.replace(',', '.')) : value;
}
