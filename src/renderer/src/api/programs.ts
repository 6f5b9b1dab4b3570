import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Program } from '../../../shared/domain/program';
import type { MethodInput } from '../../../shared/ipc/contract';
import { ApiError, callApi } from './client';

const keys = {
  forPatient: (patientId: string) => ['programs', 'patient', patientId] as const,
  one: (id: string, version?: number) => ['programs', 'one', id, version ?? 'latest'] as const,
};

export function usePatientPrograms(patientId: string) {
  return useQuery({
    queryKey: keys.forPatient(patientId),
    queryFn: () => callApi('programs.forPatient', { patientId }),
  });
}

export function useProgram(id: string, version?: number) {
  return useQuery({
    queryKey: keys.one(id, version),
    queryFn: () => callApi('programs.get', { id, version }),
    // The builder owns the program while it is open: never refetch it underneath the physio.
    staleTime: Infinity,
  });
}

function useRememberProgram() {
  const queryClient = useQueryClient();
  return (program: Program) => {
    queryClient.setQueryData(keys.one(program.id), program);
    void queryClient.invalidateQueries({ queryKey: keys.forPatient(program.patientId) });
    void queryClient.invalidateQueries({ queryKey: ['programs', 'one', program.id] });
  };
}

export function useCreateProgram() {
  const remember = useRememberProgram();
  return useMutation({
    mutationFn: (input: MethodInput<'programs.create'>) => callApi('programs.create', input),
    onSuccess: remember,
  });
}

export function useSaveProgramVersion() {
  const remember = useRememberProgram();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'programs.saveVersion'>) =>
      callApi('programs.saveVersion', input),
    onSuccess: remember,
    // Someone saved a newer version: mark the cached one out of date so opening the program
    // again shows the latest, without replacing what is on screen now.
    onError: (error, input) => {
      if (error instanceof ApiError && error.code === 'conflict') {
        void queryClient.invalidateQueries({
          queryKey: ['programs', 'one', input.id],
          refetchType: 'none',
        });
      }
    },
  });
}
