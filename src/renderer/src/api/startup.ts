import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChangePassphraseInput,
  RecoverInput,
  StartupStatus,
} from '../../../shared/domain/database-keys';
import { callApi } from './client';

const statusKey = ['startup', 'status'] as const;

/** Where the patient database stands: the start-up gate shows a screen for each state. */
export function useStartupStatus() {
  return useQuery({ queryKey: statusKey, queryFn: () => callApi('startup.status', {}) });
}

/** Once the database opens, everything the app asked before is asked again. */
function useStatusChange() {
  const queryClient = useQueryClient();
  return (status: StartupStatus) => {
    queryClient.setQueryData(statusKey, status);
  };
}

export function useSetUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { passphrase?: string; confirmation?: string }) =>
      callApi('startup.setUp', input),
    // The recovery key is shown before the app; the status is read again behind it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: statusKey }),
  });
}

export function useUnlockDatabase() {
  const changed = useStatusChange();
  return useMutation({
    mutationFn: (passphrase: string) => callApi('startup.unlock', { passphrase }),
    onSuccess: changed,
  });
}

export function useRecover() {
  const changed = useStatusChange();
  return useMutation({
    mutationFn: (input: RecoverInput) => callApi('startup.recover', input),
    onSuccess: changed,
  });
}

export function useRestoreLatestBackup() {
  const changed = useStatusChange();
  return useMutation({
    mutationFn: () => callApi('startup.restoreBackup', {}),
    onSuccess: changed,
  });
}

/**
 * Settings → Security: a new database key; the new recovery key comes back once. Backups made
 * before open only with the old key, so a backup under the new key is made straight away.
 */
export function useRotateKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (passphrase: string | undefined) => {
      const { recoveryKey } = await callApi('security.rotateKey', passphrase ? { passphrase } : {});
      // A backup that could not be written is an answer, not an error: read what it says.
      const backedUp = await callApi('backups.backUpNow', {}).then(
        (result) => result.ok,
        () => false,
      );
      return { recoveryKey, backedUp };
    },
    // Everything read before was read through the closed connection's services.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useChangePassphrase() {
  return useMutation({
    mutationFn: (input: ChangePassphraseInput) => callApi('security.changePassphrase', input),
  });
}
