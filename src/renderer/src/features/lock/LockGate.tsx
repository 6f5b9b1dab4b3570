import { Alert, Center, Loader } from '@mantine/core';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { lockKey, useLockState } from '../../api/lock';
import { LockScreen } from './LockScreen';
import { useActivityReports } from './useActivityReports';

/** The lock state and the lock screen's names: all the lock screen reads. */
const isLockScreens = (key: readonly unknown[]) => key[0] === lockKey[0];

/**
 * Forgets everything the page has read (patients, visits, programs …) but what the lock screen
 * reads: that screen is already mounted (children's effects run first), and removing a query
 * it waits for would leave it waiting for good.
 */
function forgetRecords(queryClient: QueryClient): void {
  queryClient.getMutationCache().clear();
  queryClient.removeQueries({ predicate: (query) => !isLockScreens(query.queryKey) });
}

/** Any call main refused as locked (an idle lock the page has not heard of yet): ask again. */
function useLockedAnswers(queryClient: QueryClient): void {
  useEffect(() => {
    const onError = (error: unknown) => {
      if (error instanceof ApiError && error.code === 'locked') {
        void queryClient.invalidateQueries({ queryKey: lockKey, exact: true });
      }
    };
    const queries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    const mutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    return () => {
      queries();
      mutations();
    };
  }, [queryClient]);
}

/**
 * The app only while a practitioner is working; the lock screen otherwise. Main keeps the
 * truth (who is unlocked, idle time); the page shows what main says.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const lock = useLockState();
  const unlocked = lock.data?.unlocked ?? false;
  const locked = lock.data !== undefined && !unlocked;

  useEffect(() => {
    if (locked) forgetRecords(queryClient);
  }, [locked, queryClient]);
  useLockedAnswers(queryClient);
  useActivityReports(unlocked);

  if (lock.data === undefined) {
    return (
      <Center mih="100vh" p="lg">
        {lock.error ? (
          <Alert color="red" title="Stride Clinic could not start" role="alert" maw={480}>
            {lock.error.message}
          </Alert>
        ) : (
          <Loader aria-label="Starting Stride Clinic" />
        )}
      </Center>
    );
  }
  if (!unlocked) return <LockScreen state={lock.data} />;
  return children;
}
