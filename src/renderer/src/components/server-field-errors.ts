import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/client';

/**
 * Main checks every form again; this puts its messages under the fields they are about.
 * With `fieldNames`, a message about anything else is left to the form's error alert.
 */
export function showServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames?: readonly string[],
): void {
  if (!(error instanceof ApiError)) return;
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (!fieldNames || fieldNames.includes(field)) setError(field as FieldPath<T>, { message });
  }
}
