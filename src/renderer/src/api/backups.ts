import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackupStatus } from '../../../shared/domain/backups';
import { callApi } from './client';

const statusKey = ['backups', 'status'] as const;
/** The daily backup runs in main on its own; the page and the notice look again this often. */
const STATUS_REFRESH_MS = 5 * 60 * 1000;
/** While a backup is being written (minutes on a large database), the page looks more often. */
const WRITING_REFRESH_MS = 3 * 1000;

/** The backup folder, the backups in it, the last result, a backup being written, a restore. */
export function useBackupStatus() {
  return useQuery({
    queryKey: statusKey,
    queryFn: () => callApi('backups.status', {}),
    refetchInterval: (query) =>
      query.state.data?.writing ? WRITING_REFRESH_MS : STATUS_REFRESH_MS,
  });
}

function useKeepStatus() {
  const queryClient = useQueryClient();
  return (status: BackupStatus) => queryClient.setQueryData(statusKey, status);
}

function useRefreshStatus() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: statusKey });
}

/** A backup by hand; a backup that fails answers with the reason rather than an error. */
export function useBackUpNow() {
  const refresh = useRefreshStatus();
  return useMutation({
    mutationFn: () => callApi('backups.backUpNow', {}),
    onSettled: refresh,
  });
}

/** The system's folder dialog (desktop app). */
export function useChooseBackupFolder() {
  const keep = useKeepStatus();
  return useMutation({
    mutationFn: () => callApi('backups.chooseFolder', {}),
    onSuccess: keep,
  });
}

/** A typed folder path, or null for the default folder. */
export function useSetBackupFolder() {
  const keep = useKeepStatus();
  return useMutation({
    mutationFn: (folder: string | null) => callApi('backups.setFolder', { folder }),
    onSuccess: keep,
  });
}

/** Opens the backup with the key and checks it is whole; changes nothing. */
export function useCheckBackup(fileName: string | null) {
  return useQuery({
    queryKey: ['backups', 'check', fileName],
    queryFn: () => callApi('backups.check', { fileName: fileName ?? '' }),
    enabled: fileName !== null,
    // Checked afresh each time the dialog opens: the file may have changed since.
    gcTime: 0,
    staleTime: 0,
    retry: false,
  });
}

export function useRestoreBackup() {
  const refresh = useRefreshStatus();
  return useMutation({
    mutationFn: (fileName: string) => callApi('backups.restore', { fileName }),
    onSettled: refresh,
  });
}

export function useCancelRestore() {
  const keep = useKeepStatus();
  return useMutation({
    mutationFn: () => callApi('backups.cancelRestore', {}),
    onSuccess: keep,
  });
}
