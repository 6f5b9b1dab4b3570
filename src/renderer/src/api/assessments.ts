import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Assessment } from '../../../shared/domain/assessment';
import type { MethodInput } from '../../../shared/ipc/contract';
import { callApi } from './client';

const keys = {
  forPatient: (patientId: string) => ['assessments', 'patient', patientId] as const,
  one: (id: string) => ['assessments', 'one', id] as const,
  versions: (id: string) => ['assessments', 'versions', id] as const,
  episodes: (patientId: string) => ['episodes', patientId] as const,
};

export function useEpisodes(patientId: string) {
  return useQuery({
    queryKey: keys.episodes(patientId),
    queryFn: () => callApi('episodes.list', { patientId }),
  });
}

export function usePatientAssessments(patientId: string) {
  return useQuery({
    queryKey: keys.forPatient(patientId),
    queryFn: () => callApi('assessments.forPatient', { patientId }),
  });
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => callApi('assessments.get', { id }),
    // The editor owns the record while it is open: never refetch it underneath the physio.
    staleTime: Infinity,
  });
}

export function useAssessmentVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.versions(id),
    queryFn: () => callApi('assessments.versions', { id }),
    enabled,
  });
}

/** After a start, finalise or amendment: refresh the lists that show this visit. */
function useRememberAssessment() {
  const queryClient = useQueryClient();
  return (assessment: Assessment) => {
    queryClient.setQueryData(keys.one(assessment.id), assessment);
    void queryClient.invalidateQueries({ queryKey: keys.forPatient(assessment.patientId) });
    void queryClient.invalidateQueries({ queryKey: keys.episodes(assessment.patientId) });
    void queryClient.invalidateQueries({ queryKey: keys.versions(assessment.id) });
  };
}

export function useStartAssessment() {
  const remember = useRememberAssessment();
  return useMutation({
    mutationFn: (input: MethodInput<'assessments.start'>) => callApi('assessments.start', input),
    onSuccess: remember,
  });
}

export function useFinaliseAssessment() {
  const remember = useRememberAssessment();
  return useMutation({
    mutationFn: (input: MethodInput<'assessments.finalise'>) =>
      callApi('assessments.finalise', input),
    onSuccess: remember,
  });
}

export function useAmendAssessment() {
  const remember = useRememberAssessment();
  return useMutation({
    mutationFn: (input: MethodInput<'assessments.amend'>) => callApi('assessments.amend', input),
    onSuccess: remember,
  });
}

export function useDiscardDraftAssessment(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'assessments.discardDraft'>) =>
      callApi('assessments.discardDraft', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.forPatient(patientId) }),
  });
}

/** After an autosave: the cached visit holds what was saved and its new revision. */
export function rememberSavedDraft(
  queryClient: QueryClient,
  id: string,
  saved: { record: Assessment['record']; revision: number; updatedAt: string },
) {
  queryClient.setQueryData<Assessment>(keys.one(id), (old) => (old ? { ...old, ...saved } : old));
}

export function saveAssessmentDraft(input: MethodInput<'assessments.saveDraft'>) {
  return callApi('assessments.saveDraft', input);
}
