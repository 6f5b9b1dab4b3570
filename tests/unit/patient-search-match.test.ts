import { describe, expect, it } from 'vitest';
import { patientSearchMatch } from '../../src/main/db/patient-search-match';

describe('patient search text to FTS5 query', () => {
  it('makes every typed word a prefix term', () => {
    expect(patientSearchMatch('mar')).toBe('"mar"*');
    expect(patientSearchMatch('  Marta  Nov ')).toBe('"Marta"* "Nov"*');
  });

  it('splits an email the way the index does', () => {
    expect(patientSearchMatch('jane.doe@exa')).toBe('"jane"* "doe"* "exa"*');
  });

  it('searches phone digits when only phone characters are typed', () => {
    expect(patientSearchMatch('0412 345')).toBe('phone : "0412345"*');
    expect(patientSearchMatch('+61 (4)')).toBe('phone : "614"*');
    // Too few digits for a phone number: treat them as words (they may be part of an email).
    expect(patientSearchMatch('(04)')).toBe('"04"*');
  });

  it('never passes FTS5 syntax through', () => {
    expect(patientSearchMatch('" OR name:* NEAR(')).toBe('"OR"* "name"* "NEAR"*');
    expect(patientSearchMatch('***')).toBeNull();
    expect(patientSearchMatch('   ')).toBeNull();
  });
});
