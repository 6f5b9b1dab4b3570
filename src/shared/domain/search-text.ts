/**
 * Folds a name for sorting and searching the way a physio reads it: case and accents ignored,
 * and letters that Unicode does not decompose (Ł, Ø, ß, Æ ...) spelled with plain letters, so
 * "lukas" finds Łukasiewicz and Łukasiewicz sorts among the L names.
 */
const PLAIN_SPELLING: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
};

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđðþßæœıħ]/g, (letter) => PLAIN_SPELLING[letter] ?? letter);
}

/** The key the patient list is ordered by: last name, then first name, folded. */
export function patientSortName(patient: { firstName: string; lastName: string }): string {
  return `${foldForSearch(patient.lastName)} ${foldForSearch(patient.firstName)}`;
}

/**
 * What the search index holds for a phone number: all its digits as one word (so "0412345"
 * finds "0412 345 678") and each group of digits as written (so "345 678" finds it too).
 */
export function phoneSearchText(phone: string | null): string {
  const groups = phone?.match(/\d+/g) ?? [];
  return groups.length === 0 ? '' : `${groups.join('')} ${groups.join(' ')}`;
}
