import { format } from 'date-fns';

/**
 * Which backups to keep: grandfather-father-son over the scheduled backups, by the date each
 * was taken (never by today's date, so a clinic closed for a month still has its last week of
 * daily backups when it opens again). Copies taken before migrations are kept apart; backups
 * the physio made with "Back up now" are never removed by rotation.
 */

export const RETENTION = {
  /** The newest backup of each of the last 7 days that have one. */
  daily: 7,
  /** The newest backup of each of the last 4 weeks (Monday to Sunday). */
  weekly: 4,
  /** The newest backup of each of the last 12 months. */
  monthly: 12,
  /** The newest copies taken before a database update. */
  beforeMigration: 3,
} as const;

export type KeptAs = 'daily' | 'weekly' | 'monthly';

// Calendar days, weeks and months as the clinic lives them: in the computer's own time zone.
const PERIODS: { keptAs: KeptAs; key: (date: Date) => string; count: number }[] = [
  { keptAs: 'daily', key: (date) => format(date, 'yyyy-MM-dd'), count: RETENTION.daily },
  { keptAs: 'weekly', key: (date) => format(date, "RRRR-'W'II"), count: RETENTION.weekly },
  { keptAs: 'monthly', key: (date) => format(date, 'yyyy-MM'), count: RETENTION.monthly },
];

/**
 * For each scheduled backup (in the order given), why rotation keeps it, or null when rotation
 * removes it. A backup kept for several reasons is named by the shortest one ("daily" while it
 * is one of the last seven days, "weekly" after that), as that is the one that lapses first.
 */
export function scheduledRetention(takenAt: readonly Date[]): (KeptAs | null)[] {
  const newestFirst = takenAt
    .map((date, index) => ({ time: date.getTime(), date, index }))
    .sort((a, b) => b.time - a.time || a.index - b.index);
  const keptAs: (KeptAs | null)[] = takenAt.map(() => null);
  for (const period of PERIODS) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const key = period.key(backup.date);
      if (seen.has(key)) continue;
      if (seen.size === period.count) break;
      seen.add(key);
      // The newest backup of a period stands for it; the shortest reason names it.
      keptAs[backup.index] ??= period.keptAs;
    }
  }
  return keptAs;
}

/** Which of the copies taken before migrations rotation keeps: the newest few. */
export function beforeMigrationRetention(takenAt: readonly Date[]): boolean[] {
  const keep = new Set(
    takenAt
      .map((date, index) => ({ time: date.getTime(), index }))
      .sort((a, b) => b.time - a.time)
      .slice(0, RETENTION.beforeMigration)
      .map(({ index }) => index),
  );
  return takenAt.map((_, index) => keep.has(index));
}
