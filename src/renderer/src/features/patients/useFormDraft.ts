import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

const PREFIX = 'stride-draft:';

/**
 * Keeps what the physio has typed in local storage until it is saved, so a crash, a reload or a
 * closed window does not lose it. Returns a function that forgets the draft after saving.
 */
export function useFormDraft<T extends FieldValues, Output>(
  key: string,
  form: UseFormReturn<T, unknown, Output>,
) {
  const storageKey = PREFIX + key;
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const saved = localStorage.getItem(storageKey);
    if (!saved) return;
    try {
      form.reset(JSON.parse(saved) as T, { keepDefaultValues: true });
    } catch {
      localStorage.removeItem(storageKey);
    }
  }, [form, storageKey]);

  useEffect(() => {
    const subscription = form.watch((values) => {
      localStorage.setItem(storageKey, JSON.stringify(values));
    });
    return () => subscription.unsubscribe();
  }, [form, storageKey]);

  return () => localStorage.removeItem(storageKey);
}
