import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClinicalSettings } from '../../../shared/clinical/settings';
import type { ClinicProfileInput } from '../../../shared/domain/clinic-profile';
import { callApi } from './client';

const key = ['settings', 'clinical'] as const;
const clinicKey = ['settings', 'clinic'] as const;

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

/** The clinic's details that head every handout. */
export function useClinicProfile() {
  return useQuery({ queryKey: clinicKey, queryFn: () => callApi('settings.getClinic', {}) });
}

export function useUpdateClinicProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: ClinicProfileInput) => callApi('settings.updateClinic', { profile }),
    onSuccess: (profile) => queryClient.setQueryData(clinicKey, profile),
  });
}
