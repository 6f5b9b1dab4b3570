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
