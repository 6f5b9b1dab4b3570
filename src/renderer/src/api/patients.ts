import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Patient, PatientInput } from '../../../shared/domain/patient';
import { callApi } from './client';

const patientKeys = {
  all: ['patients'] as const,
  search: (query: string, archived: boolean) => ['patients', 'search', query, archived] as const,
  one: (id: string) => ['patients', 'one', id] as const,
};

/** Active patients matching what was typed; the archived ones instead when asked. */
export function usePatientSearch(query: string, archived = false) {
  return useQuery({
    queryKey: patientKeys.search(query, archived),
    queryFn: () => callApi('patients.search', { query, limit: 50, archived }),
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
