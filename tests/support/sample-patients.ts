import { patientInputSchema, type PatientInput } from '../../src/shared/domain/patient';

/** A valid patient record, with whatever fields a test cares about changed. */
export function samplePatient(overrides: Record<string, unknown> = {}): PatientInput {
  return patientInputSchema.parse({
    firstName: 'Marta',
    lastName: 'Novak',
    dateOfBirth: '1988-03-12',
    sex: 'female',
    email: 'marta.novak@example.com',
    phone: '0412 345 678',
    notes: 'Lateral hip pain on the left after long runs',
    runningProfile: {
      weeklyDistanceKm: 45,
      yearsRunning: 8,
      surfaces: ['road', 'trail'],
      goalEvent: 'Harbour Half Marathon',
      goalEventDate: '2027-05-02',
      shoeModel: 'Trail shoe',
      shoeDistanceKm: 420,
    },
    ...overrides,
  });
}
