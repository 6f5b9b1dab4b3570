import { useQuery } from '@tanstack/react-query';
import { callApi } from './client';

/** The unsaved input kept for one form, if any (read once when the form opens). */
export function useKeptDraft(formKey: string) {
  return useQuery({
    queryKey: ['drafts', formKey],
    queryFn: () => callApi('drafts.get', { formKey }),
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function saveDraft(formKey: string, payload: unknown) {
  return callApi('drafts.save', { formKey, payload: payload as never });
}

export function discardDraft(formKey: string) {
  return callApi('drafts.discard', { formKey });
}
