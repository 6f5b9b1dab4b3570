import { describe, expect, it } from 'vitest';
import { patientSearchMatch } from '../../src/main/db/patient-search-match';
import { phoneSearchText } from '../../src/shared/domain/search-text';

describe('patient search text to FTS5 query', () => {
  it('makes every typed word a prefix term that must match', () => {
    expect(patientSearchMatch('mar')).toBe('"mar"*');
    expect(patientSearchMatch('  marta  nov ')).toBe('"marta"* AND "nov"*');
  });

  it('splits an email the way the index does', () => {
    expect(patientSearchMatch('jane.doe@exa')).toBe('"jane"* AND "doe"* AND "exa"*');
  });

  it('also searches the joined digits when a phone number is typed in groups', () => {
    expect(patientSearchMatch('0412 345')).toBe('(phone : "0412345"*) OR ("0412"* AND "345"*)');
    expect(patientSearchMatch('2024')).toBe('"2024"*');
  });

  it('never passes FTS5 syntax through', () => {
    expect(patientSearchMatch('" OR name:* NEAR(')).toBe('"OR"* AND "name"* AND "NEAR"*');
    expect(patientSearchMatch('***')).toBeNull();
    expect(patientSearchMatch('   ')).toBeNull();
  });
});

describe('what the index holds for a phone number', () => {
  it('keeps the digits whole and in their groups', () => {
    expect(phoneSearchText('+44 (0)7700-900 123')).toBe('4407700900123 44 0 7700 900 123');
    expect(phoneSearchText(null)).toBe('');
  });
});
