import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  beforeMigrationRetention,
  RETENTION,
  scheduledRetention,
} from '../../src/main/backups/rotation';

/** A local date and time, as the clinic's computer keeps it. */
const at = (year: number, month: number, day: number, hour = 9) =>
  new Date(year, month - 1, day, hour);

/** The kept backups as "yyyy-MM-dd HH kind", newest first. */
function kept(dates: Date[]): string[] {
  const reasons = scheduledRetention(dates);
  return dates
    .map((date, index) => ({ date, reason: reasons[index] }))
    .filter((entry) => entry.reason !== null)
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .map((entry) => `${format(entry.date, 'yyyy-MM-dd HH')} ${entry.reason}`);
}

describe('backup rotation (grandfather-father-son)', () => {
  it('keeps everything while there are few backups', () => {
    expect(scheduledRetention([])).toEqual([]);
    expect(kept([at(2025, 3, 3), at(2025, 3, 4)])).toEqual([
      '2025-03-04 09 daily',
      '2025-03-03 09 daily',
    ]);
  });

  it('keeps the newest backup of a day when there are several', () => {
    expect(kept([at(2025, 3, 3, 9), at(2025, 3, 3, 17), at(2025, 3, 3, 12)])).toEqual([
      '2025-03-03 17 daily',
    ]);
  });

  it('counts days that have a backup, not days of the calendar: a closed clinic keeps its last week', () => {
    // Backups on 1-14 January, then the clinic closed: nothing depends on today's date.
    const january = Array.from({ length: 14 }, (_, index) => at(2025, 1, 1 + index));
    const result = kept(january);
    expect(result.filter((line) => line.endsWith('daily'))).toEqual(
      [14, 13, 12, 11, 10, 9, 8].map((day) => `2025-01-${String(day).padStart(2, '0')} 09 daily`),
    );
    // 1-5 January is the end of the week that began on 30 December: Sunday the 5th stands for it.
    expect(result).toEqual([...result.slice(0, RETENTION.daily), '2025-01-05 09 weekly']);
  });

  it('names a backup by the shortest rule that keeps it', () => {
    // One backup on the last day of each month for two years.
    const monthEnds = Array.from({ length: 24 }, (_, index) => new Date(2024, index + 1, 0, 9));
    const result = kept(monthEnds);
    // The newest seven are "daily" (seven days that have backups), then monthly to 12 months.
    expect(result.slice(0, 7).every((line) => line.endsWith('daily'))).toBe(true);
    expect(result.slice(7).every((line) => line.endsWith('monthly'))).toBe(true);
    expect(result).toHaveLength(RETENTION.monthly);
    expect(result.at(-1)).toBe('2025-01-31 09 monthly');
  });

  it('keeps the newest three copies taken before migrations', () => {
    const dates = [at(2025, 1, 1), at(2025, 5, 1), at(2025, 2, 1), at(2025, 4, 1), at(2025, 3, 1)];
    expect(beforeMigrationRetention(dates)).toEqual([false, true, false, true, true]);
  });
});
