import type { Patient, RUNNING_SURFACES, SEXES } from '../../../../shared/domain/patient';

/** What the form's inputs hold: text as typed; the shared schema turns it into a PatientInput. */
export interface PatientFormValues {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: (typeof SEXES)[number];
  email: string;
  phone: string;
  notes: string;
  runningProfile: {
    weeklyDistanceKm: string;
    yearsRunning: string;
    surfaces: (typeof RUNNING_SURFACES)[number][];
    goalEvent: string;
    goalEventDate: string;
    shoeModel: string;
    shoeDistanceKm: string;
  };
}

const text = (value: string | null) => value ?? '';
const number = (value: number | null) => (value === null ? '' : String(value));

export function toFormValues(patient?: Patient): PatientFormValues {
  const profile = patient?.runningProfile;
  return {
    firstName: patient?.firstName ?? '',
    lastName: patient?.lastName ?? '',
    dateOfBirth: text(patient?.dateOfBirth ?? null),
    sex: patient?.sex ?? 'not-recorded',
    email: text(patient?.email ?? null),
    phone: text(patient?.phone ?? null),
    notes: text(patient?.notes ?? null),
    runningProfile: {
      weeklyDistanceKm: number(profile?.weeklyDistanceKm ?? null),
      yearsRunning: number(profile?.yearsRunning ?? null),
      surfaces: profile?.surfaces ?? [],
      goalEvent: text(profile?.goalEvent ?? null),
      goalEventDate: text(profile?.goalEventDate ?? null),
      shoeModel: text(profile?.shoeModel ?? null),
      shoeDistanceKm: number(profile?.shoeDistanceKm ?? null),
    },
  };
}
