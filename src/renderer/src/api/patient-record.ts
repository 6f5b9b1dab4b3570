import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Patient } from '../../../shared/domain/patient';
import { callApi } from './client';
import { forgetErasedPatient } from './forget-patient';

/**
 * The patient's rights over their record: export it, archive or restore it, erase it. Each
 * change refreshes every patient query (the list leaves out archived patients).
 */

function useRefreshPatients() {
  const queryClient = useQueryClient();
  return (patient?: Patient) => {
    if (patient) queryClient.setQueryData(['patients', 'one', patient.id], patient);
    void queryClient.invalidateQueries({ queryKey: ['patients'] });
  };
}

export function useArchivePatient(patient: Patient) {
  const refresh = useRefreshPatients();
  return useMutation({
    mutationFn: (archive: boolean) =>
      callApi(archive ? 'patients.archive' : 'patients.restore', {
        id: patient.id,
        revision: patient.revision,
      }),
    onSuccess: refresh,
  });
}

/** Writes the PDF and JSON to a folder the physio picks (the preview sends them to download). */
export function useExportRecord(patientId: string) {
  return useMutation({
    mutationFn: () => callApi('patients.exportRecord', { id: patientId }),
  });
}

/** Erases the patient; `onErased` leaves the patient's page before their data is dropped. */
export function useErasePatient(patientId: string, onErased: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (confirmation: string) =>
      callApi('patients.erase', { id: patientId, confirmation }),
    onSuccess: () => {
      onErased();
      forgetErasedPatient(queryClient, patientId);
      void queryClient.invalidateQueries({ queryKey: ['patients'] });
    },
  });
}
