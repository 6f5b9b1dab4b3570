import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { discardDraft, saveDraft, useKeptDraft } from '../../api/drafts';

const SAVE_AFTER_MS = 800;

/**
 * Keeps what the physio types in the encrypted database (through the main process) until the
 * form is saved, so a crash, a reload or a closed window loses at most the last moment. When a
 * kept draft exists the form offers it instead of silently replacing what is on screen.
 */
export function useFormDraft<T extends FieldValues, Output>(
  formKey: string,
  form: UseFormReturn<T, unknown, Output>,
) {
  const kept = useKeptDraft(formKey);
  const [decided, setDecided] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Autosave starts once any kept draft has been restored or discarded, never over it.
  const autosave = kept.isSuccess && (kept.data === null || decided);

  useEffect(() => {
    if (!autosave) return;
    const subscription = form.watch((values) => {
      clearTimeout(pending.current);
      pending.current = setTimeout(() => {
        saveDraft(formKey, values).catch(() => {
          // The form still holds the values; the next keystroke tries again.
        });
      }, SAVE_AFTER_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(pending.current);
    };
  }, [autosave, form, formKey]);

  const forget = useCallback(async () => {
    clearTimeout(pending.current);
    setDecided(true);
    await discardDraft(formKey).catch(() => null);
  }, [formKey]);

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
