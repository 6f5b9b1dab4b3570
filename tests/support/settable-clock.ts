import { v7 as uuidv7 } from 'uuid';
import type { Clock } from '../../src/main/services/clock';

/** A clock the test moves by hand, so ten idle minutes pass in no time. */
export function settableClock(start = '2026-03-02T09:00:00.000Z') {
  let now = Date.parse(start);
  const clock: Clock & { advanceMinutes(minutes: number): void; advanceSeconds(s: number): void } =
    {
      nowIso: () => new Date(now).toISOString(),
      newId: () => uuidv7(),
      advanceMinutes: (minutes) => {
        now += minutes * 60_000;
      },
      advanceSeconds: (seconds) => {
        now += seconds * 1000;
      },
    };
  return clock;
}
