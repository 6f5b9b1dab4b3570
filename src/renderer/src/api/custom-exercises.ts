import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/ipc/contract';
import { callApi } from './client';

const keys = {
  list: ['custom-exercises'] as const,
  photo: (id: string) => ['custom-exercises', 'photo', id] as const,
};

export function useCustomExercises() {
  return useQuery({
    queryKey: keys.list,
    queryFn: () => callApi('customExercises.list', {}),
  });
}

export function useCustomExercisePhoto(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.photo(id),
    queryFn: () => callApi('customExercises.photo', { id }),
    enabled,
  });
}

export function useCreateCustomExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'customExercises.create'>) =>
      callApi('customExercises.create', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.list }),
  });
}

export function useUpdateCustomExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'customExercises.update'>) =>
      callApi('customExercises.update', input),
    onSuccess: (exercise) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.list }),
        queryClient.invalidateQueries({ queryKey: keys.photo(exercise.id) }),
      ]),
  });
}
