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

/** "21 Nov 2026 14:03" for a stored ISO time (signatures, kept drafts). */
export function describeDateTime(isoTime: string): string {
  return format(parseISO(isoTime), 'd MMM yyyy HH:mm');
}

/** "14:03" for a stored ISO time later today (the next try of a queued email). */
export function describeTime(isoTime: string): string {
  return format(parseISO(isoTime), 'HH:mm');
}
