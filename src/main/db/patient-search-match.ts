/**
 * Turns what the physio types (already folded, see foldForSearch) into an FTS5 MATCH
 * expression for the patient_search index. Each word becomes a prefix term ("mar" finds
 * Marta) and all words must match. Text made only of phone characters also searches the
 * phone number's digits from the start ("0412 34" finds "0412-345-678"). Returns null when
 * nothing searchable was typed. The user's text never reaches FTS5 syntax unquoted.
 */
const MAX_TERMS = 8;
const PHONE_LIKE = /^[\d\s+\-().]+$/;

export function patientSearchMatch(typed: string): string | null {
  const words = typed.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const allWords = words
    .slice(0, MAX_TERMS)
    .map((word) => `"${word}"*`)
    .join(' AND ');

  const digits = typed.replace(/\D/g, '');
  if (PHONE_LIKE.test(typed.trim()) && digits.length >= 3 && words.length > 1) {
    return `(phone : "${digits}"*) OR (${allWords})`;
  }
  return allWords;
}
