import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { lockKey, reportActivity } from '../../api/lock';

/** At most one report per this long: enough for an idle time of a minute or more. */
const REPORT_EVERY_MS = 30_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Tells main, now and then, that the practitioner is using the app, so the idle lock counts
 * from their last key press or click. Only while unlocked; main keeps the time.
 */
export function useActivityReports(unlocked: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!unlocked) return;
    let lastReport = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - lastReport < REPORT_EVERY_MS) return;
      lastReport = now;
      reportActivity()
        .then((state) => queryClient.setQueryData(lockKey, state))
        .catch(() => void queryClient.invalidateQueries({ queryKey: lockKey }));
    };
    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, onActivity, { capture: true, passive: true });
    }
    return () => {
      for (const type of ACTIVITY_EVENTS) {
        window.removeEventListener(type, onActivity, { capture: true });
      }
    };
  }, [unlocked, queryClient]);
}
