import { useQuery } from '@tanstack/react-query';
import { callApi } from './client';

const keys = {
  timeline: (patientId: string) => ['history', 'timeline', patientId] as const,
  progress: (patientId: string) => ['history', 'progress', patientId] as const,
  compare: (firstId: string, secondId: string) =>
    ['history', 'compare', firstId, secondId] as const,
};

/** Every visit, program version, handout and email of the patient, by episode, newest first. */
export function usePatientTimeline(patientId: string) {
  return useQuery({
    queryKey: keys.timeline(patientId),
    queryFn: () => callApi('patients.timeline', { patientId }),
  });
}

/** Each measure across the patient's finalised visits, oldest first. */
export function useProgress(patientId: string) {
  return useQuery({
    queryKey: keys.progress(patientId),
    queryFn: () => callApi('assessments.progress', { patientId }),
  });
}

/** Two visits measure by measure; waits until both are chosen and differ. */
export function useCompareVisits(firstId: string | null, secondId: string | null) {
  return useQuery({
    queryKey: keys.compare(firstId ?? '', secondId ?? ''),
    queryFn: () => callApi('assessments.compare', { firstId: firstId!, secondId: secondId! }),
    enabled: firstId !== null && secondId !== null && firstId !== secondId,
  });
}
