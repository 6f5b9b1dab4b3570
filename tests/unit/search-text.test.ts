import { describe, expect, it } from 'vitest';
import { foldForSearch, patientSortName } from '../../src/shared/domain/search-text';

describe('folding names for search and sorting', () => {
  it('drops case and accents and spells special letters plainly', () => {
    expect(foldForSearch('Zoë Łukasiewicz')).toBe('zoe lukasiewicz');
    expect(foldForSearch('Ólafur Þórsson')).toBe('olafur thorsson');
    expect(foldForSearch('Søren Strauß')).toBe('soren strauss');
    expect(foldForSearch('Nguyễn')).toBe('nguyen');
  });

  it('orders by last name, then first name', () => {
    const names = [
      { firstName: 'Marta', lastName: 'Novak' },
      { firstName: 'Zoë', lastName: 'Łukasiewicz' },
      { firstName: 'Anna', lastName: 'Lukas' },
    ].map(patientSortName);
    expect([...names].sort()).toEqual(['lukas anna', 'lukasiewicz zoe', 'novak marta']);
  });
});
