import { useCallback, useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { discardDraft, saveDraft, useKeptDraft } from '../../api/drafts';
import { SaveScheduler } from '../../autosave/save-scheduler';

/**
 * Keeps what the physio types in the encrypted database (through the main process) until the
 * form is saved, so a crash, a reload or a closed window loses at most the last moment (the
 * same SaveScheduler as assessment drafts decides when). When a kept draft exists the form
 * offers it instead of silently replacing what is on screen.
 */
export function useFormDraft<T extends FieldValues, Output>(
  formKey: string,
  form: UseFormReturn<T, unknown, Output>,
) {
  const kept = useKeptDraft(formKey);
  const [decided, setDecided] = useState(false);
  const [scheduler] = useState(
    () =>
      new SaveScheduler<unknown>({
        save: async (values) => void (await saveDraft(formKey, values)),
        // The form still holds the values and the scheduler tries again by itself.
        onStateChange: () => undefined,
      }),
  );
  // Autosave starts once any kept draft has been restored or discarded, never over it.
  const autosave = kept.isSuccess && (kept.data === null || decided);

  useEffect(() => {
    if (!autosave) return;
    const subscription = form.watch((values) => scheduler.changed(values));
    return () => {
      subscription.unsubscribe();
      void scheduler.flush().finally(() => scheduler.dispose());
    };
  }, [autosave, form, scheduler]);

  const forget = useCallback(async () => {
    await scheduler.cancel();
    setDecided(true);
    await discardDraft(formKey).catch(() => null);
  }, [formKey, scheduler]);

  return {
    /** When unsaved input from earlier is waiting to be restored. */
    offer: kept.data && !decided ? { savedAt: kept.data.savedAt } : null,
    restore() {
      if (kept.data) form.reset(kept.data.payload as T, { keepDefaultValues: true });
      setDecided(true);
    },
    /** Drops the kept draft (after saving, cancelling, or when the physio declines it). */
    forget,
  };
}
