import { useCallback, useEffect, useState } from 'react';
import { discardDraft, saveDraft, useKeptDraft } from '../api/drafts';
import { SaveScheduler } from './save-scheduler';

/**
 * Keeps what the physio types in the encrypted database (through the main process) until it
 * is saved, so a crash, a reload or a closed window loses at most the last moment (the
 * SaveScheduler decides when). When a kept draft exists it is offered instead of silently
 * replacing what is on screen, and nothing is kept over it until the physio decides.
 */
export function useKeptInput<T>(formKey: string, apply: (payload: T) => void) {
  const kept = useKeptDraft(formKey);
  const [decided, setDecided] = useState(false);
  const [scheduler] = useState(
    () =>
      new SaveScheduler<unknown>({
        save: async (values) => void (await saveDraft(formKey, values)),
        // The screen still holds the values and the scheduler tries again by itself.
        onStateChange: () => undefined,
      }),
  );
  const keeping = kept.isSuccess && (kept.data === null || decided);

  useEffect(() => {
    if (!keeping) return;
    return () => void scheduler.flush().finally(() => scheduler.dispose());
  }, [keeping, scheduler]);

  const changed = useCallback(
    (value: T) => {
      if (keeping) scheduler.changed(value);
    },
    [keeping, scheduler],
  );

  const forget = useCallback(async () => {
    await scheduler.cancel();
    setDecided(true);
    await discardDraft(formKey).catch(() => null);
  }, [formKey, scheduler]);

  return {
    /** True once the input is being kept (any earlier draft was restored or declined). */
    keeping,
    /** Call with the current input whenever it changes. */
    changed,
    /** When unsaved input from earlier is waiting to be restored. */
    offer: kept.data && !decided ? { savedAt: kept.data.savedAt } : null,
    restore() {
      if (kept.data) apply(kept.data.payload as T);
      setDecided(true);
    },
    /** Drops the kept draft (after saving, cancelling, or when the physio declines it). */
    forget,
  };
}
