import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClinicalSettings } from '../../../shared/clinical/settings';
import { callApi } from './client';

const key = ['settings', 'clinical'] as const;

export function useClinicalSettings() {
  return useQuery({ queryKey: key, queryFn: () => callApi('settings.getClinical', {}) });
}

export function useUpdateClinicalSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ClinicalSettings) => callApi('settings.updateClinical', { settings }),
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
  });
}
