import { differenceInYears, format, parseISO } from 'date-fns';

/** "12 Mar 1988 (37 y)" for a stored YYYY-MM-DD birth date. */
export function describeBirthDate(dateOfBirth: string | null, today: Date = new Date()): string {
  if (!dateOfBirth) return '—';
  const born = parseISO(dateOfBirth);
  return `${format(born, 'd MMM yyyy')} (${differenceInYears(today, born)} y)`;
}

export function describeDate(isoDate: string | null): string {
  return isoDate ? format(parseISO(isoDate), 'd MMM yyyy') : '—';
}
