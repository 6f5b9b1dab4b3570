import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useKeptInput } from '../../autosave/useKeptInput';

/** Keeps a react-hook-form form's unsaved input (see useKeptInput). */
export function useFormDraft<T extends FieldValues, Output>(
  formKey: string,
  form: UseFormReturn<T, unknown, Output>,
) {
  const kept = useKeptInput<T>(formKey, (payload) =>
    form.reset(payload, { keepDefaultValues: true }),
  );
  const { keeping, changed } = kept;

  useEffect(() => {
    if (!keeping) return;
    const subscription = form.watch((values) => changed(values as T));
    return () => subscription.unsubscribe();
  }, [keeping, form, changed]);

  return { offer: kept.offer, restore: kept.restore, forget: kept.forget };
}
