import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LockState,
  PractitionerDetailsInput,
  UnlockSecret,
} from '../../../shared/domain/practitioner';
import { callApi } from './client';

export const lockKey = ['lock'] as const;
const lockScreenNamesKey = ['lock', 'practitioners'] as const;

/** How often the page asks main whether it locked (idle time is counted in main). */
const LOCK_POLL_MS = 15_000;

/** Who is working, as main says; asked again every few seconds so an idle lock shows soon. */
export function useLockState() {
  return useQuery({
    queryKey: lockKey,
    queryFn: () => callApi('lock.status', {}),
    refetchInterval: LOCK_POLL_MS,
  });
}

/** The lock state from the cache, for pages shown only while unlocked. */
export function useWorkingPractitioner() {
  return useLockState().data?.practitioner ?? null;
}

function useSetLockState() {
  const queryClient = useQueryClient();
  return (state: LockState) => queryClient.setQueryData(lockKey, state);
}

export function useLockScreenPractitioners() {
  return useQuery({
    queryKey: lockScreenNamesKey,
    queryFn: () => callApi('practitioners.forLockScreen', {}),
  });
}

export function useUnlock() {
  const setState = useSetLockState();
  return useMutation({
    mutationFn: (input: { practitionerId: string; secret: string }) =>
      callApi('lock.unlock', input),
    onSuccess: setState,
  });
}

export function useLockNow() {
  const setState = useSetLockState();
  return useMutation({ mutationFn: () => callApi('lock.lock', {}), onSuccess: setState });
}

export function useCreateFirstPractitioner() {
  const setState = useSetLockState();
  return useMutation({
    mutationFn: (input: { practitioner: PractitionerDetailsInput; secret: UnlockSecret }) =>
      callApi('practitioners.createFirst', input),
    onSuccess: setState,
  });
}

/** Tells main the practitioner is working; answers with the state (it may have locked). */
export function reportActivity(): Promise<LockState> {
  return callApi('lock.activity', {});
}
