/** How often the app looks whether today's backup is still to be made (or to be retried). */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** The first look waits a little, so the window opens before the copy is written. */
const FIRST_CHECK_AFTER_MS = 5_000;

/**
 * The daily backup while the app runs: a look at start and every hour after, which makes the
 * day's backup when there is none yet and so also retries one that failed. Started and stopped
 * by whoever runs the app (desktop, preview), like the outbox sender.
 */
export function createDailyBackups(backUpIfDue: () => Promise<unknown>) {
  let first: NodeJS.Timeout | null = null;
  let hourly: NodeJS.Timeout | null = null;

  function look(): void {
    // The copy is written in a worker thread: the look only starts it (or joins one running).
    Promise.resolve()
      .then(backUpIfDue)
      .catch((error: unknown) => {
        // A backup is never worth stopping the app for; the result is on Settings → Backups.
        console.error('[backups] the daily backup could not be looked after', error);
      });
  }

  return {
    start(): void {
      if (first || hourly) return;
      first = setTimeout(look, FIRST_CHECK_AFTER_MS);
      hourly = setInterval(look, CHECK_EVERY_MS);
      // Waiting for the next look must not keep the app (or a test run) alive.
      first.unref();
      hourly.unref();
    },
    stop(): void {
      if (first) clearTimeout(first);
      if (hourly) clearInterval(hourly);
      first = null;
      hourly = null;
    },
  };
}
