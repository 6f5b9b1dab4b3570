/**
 * Turns what the physio types into an FTS5 MATCH expression for the patient_search index.
 * Each word becomes a prefix term ("mar" finds Marta), all words must match, and a query made
 * only of phone characters searches the digits of the phone number. Returns null when nothing
 * searchable was typed. The user's text never reaches FTS5 syntax unquoted.
 */
const MAX_TERMS = 8;
const PHONE_LIKE = /^[\d\s+\-().]+$/;

export function patientSearchMatch(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;

  if (PHONE_LIKE.test(text)) {
    const digits = text.replace(/\D/g, '');
    // "0412 345" should find "0412-345-678", and a short number may also be part of an email.
    if (digits.length >= 3) return `phone : "${digits}"*`;
  }

  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words
    .slice(0, MAX_TERMS)
    .map((word) => `"${word}"*`)
    .join(' ');
}
