import type { Services } from '../../src/main/services';

/** The practitioner integration tests work as, unless a test says otherwise. */
export const TEST_PRACTITIONER = {
  name: 'Jo Physio',
  profession: 'Physiotherapist',
  registrationNumber: 'PHY0001234',
} as const;
export const TEST_PIN = '2468';

/**
 * Unlocks the app as the test practitioner, making the account on a fresh database, as the
 * lock screen does: tests about other things then start where a physio starts working.
 */
export async function unlockAsTestPractitioner(services: Services): Promise<void> {
  const existing = services.practitioners
    .forLockScreen()
    .find((practitioner) => practitioner.name === TEST_PRACTITIONER.name);
  if (existing) {
    await services.lock.unlock(existing.id, TEST_PIN);
  } else {
    await services.lock.createFirst(TEST_PRACTITIONER, { kind: 'pin', value: TEST_PIN });
  }
}
