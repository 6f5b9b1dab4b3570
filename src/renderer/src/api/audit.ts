import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { callApi } from './client';

export const AUDIT_PAGE_SIZE = 25;

/** One page of the audit trail, newest first; the page shown stays while the next loads. */
export function useAuditPage(page: number) {
  return useQuery({
    queryKey: ['audit', page],
    queryFn: () => callApi('audit.list', { page, pageSize: AUDIT_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useCheckAuditTrail() {
  return useMutation({ mutationFn: () => callApi('audit.check', {}) });
}

export function useExportAuditTrail() {
  return useMutation({ mutationFn: () => callApi('audit.export', {}) });
}
