import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/ipc/contract';
import { callApi } from './client';

const historyKey = (programId: string) => ['handouts', 'program', programId] as const;

/** Every handout given from this program, newest first. */
export function useHandoutHistory(programId: string) {
  return useQuery({
    queryKey: historyKey(programId),
    queryFn: () => callApi('handouts.forProgram', { programId }),
  });
}

/** Makes the PDF in main (off the window's thread) and returns its bytes for the preview. */
export function useRenderHandout() {
  return useMutation({
    mutationFn: (input: MethodInput<'handouts.render'>) => callApi('handouts.render', input),
  });
}

function useRecordedHandout<M extends 'handouts.save' | 'handouts.recordPrint'>(
  method: M,
  programId: string,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (handoutId: string) => callApi(method, { handoutId } as MethodInput<M>),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: historyKey(programId) }),
  });
}

export const useSaveHandout = (programId: string) => useRecordedHandout('handouts.save', programId);
export const useRecordHandoutPrint = (programId: string) =>
  useRecordedHandout('handouts.recordPrint', programId);
