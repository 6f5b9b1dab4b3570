import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LockSettings,
  PractitionerDetailsInput,
  UnlockSecret,
} from '../../../shared/domain/practitioner';
import { callApi } from './client';

const listKey = ['practitioners'] as const;
const lockSettingsKey = ['settings', 'lock'] as const;

export function usePractitioners() {
  return useQuery({ queryKey: listKey, queryFn: () => callApi('practitioners.list', {}) });
}

/** Any change to an account: the list and the lock screen's names are read again. */
function useRefreshAccounts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: listKey });
}

export function useAddPractitioner() {
  const refresh = useRefreshAccounts();
  return useMutation({
    mutationFn: (input: { practitioner: PractitionerDetailsInput; secret: UnlockSecret }) =>
      callApi('practitioners.create', input),
    onSuccess: refresh,
  });
}

export function useUpdatePractitioner() {
  const refresh = useRefreshAccounts();
  return useMutation({
    mutationFn: (input: { id: string; practitioner: PractitionerDetailsInput }) =>
      callApi('practitioners.update', input),
    onSuccess: refresh,
  });
}

export function useChangeUnlockSecret() {
  const refresh = useRefreshAccounts();
  return useMutation({
    mutationFn: (input: { id: string; secret: UnlockSecret }) =>
      callApi('practitioners.changeSecret', input),
    onSuccess: refresh,
  });
}

export function useSetPractitionerActive() {
  const refresh = useRefreshAccounts();
  return useMutation({
    mutationFn: (input: { id: string; active: boolean }) =>
      callApi('practitioners.setActive', input),
    onSuccess: refresh,
  });
}

export function useLockSettings() {
  return useQuery({ queryKey: lockSettingsKey, queryFn: () => callApi('settings.getLock', {}) });
}

export function useUpdateLockSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: LockSettings) => callApi('settings.updateLock', { settings }),
    onSuccess: (settings) => {
      queryClient.setQueryData(lockSettingsKey, settings);
      void queryClient.invalidateQueries({ queryKey: ['lock'] });
    },
  });
}
