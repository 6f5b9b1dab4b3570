import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Patient, PatientInput } from '../../../shared/domain/patient';
import { callApi } from './client';

const patientKeys = {
  all: ['patients'] as const,
  search: (query: string) => ['patients', 'search', query] as const,
  one: (id: string) => ['patients', 'one', id] as const,
};

export function usePatientSearch(query: string) {
  return useQuery({
    queryKey: patientKeys.search(query),
    queryFn: () => callApi('patients.search', { query, limit: 50 }),
    // Keep the last list on screen while the next keystroke's results load.
    placeholderData: keepPreviousData,
  });
}

export function usePatient(id: string) {
  return useQuery({
    queryKey: patientKeys.one(id),
    queryFn: () => callApi('patients.get', { id }),
  });
}

function useRememberSavedPatient() {
  const queryClient = useQueryClient();
  return (patient: Patient) => {
    queryClient.setQueryData(patientKeys.one(patient.id), patient);
    void queryClient.invalidateQueries({ queryKey: patientKeys.all });
  };
}

export function useCreatePatient() {
  const remember = useRememberSavedPatient();
  return useMutation({
    mutationFn: (patient: PatientInput) => callApi('patients.create', { patient }),
    onSuccess: remember,
  });
}

export function useUpdatePatient(id: string, revision: number) {
  const remember = useRememberSavedPatient();
  return useMutation({
    mutationFn: (patient: PatientInput) => callApi('patients.update', { id, revision, patient }),
    onSuccess: remember,
  });
}
