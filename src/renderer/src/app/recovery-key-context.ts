import { createContext, useContext } from 'react';

/** A new recovery key to show once, with a line about what just happened. */
export interface NewRecoveryKey {
  recoveryKey: string;
  /** Said above the key, e.g. whether a backup under the new key was made. */
  notice?: { color: 'teal' | 'orange'; text: string };
}

/**
 * Shows a new recovery key from anywhere in the app. The start-up gate shows it in front of
 * everything, the practitioner lock included: a key change rebuilds the app on the reopened
 * database, which locks it, and the key must not vanish with the page that asked for it.
 */
export const ShowRecoveryKeyContext = createContext<(key: NewRecoveryKey) => void>(() => {
  throw new Error('A recovery key can only be shown inside the start-up gate.');
});

export function useShowRecoveryKey(): (key: NewRecoveryKey) => void {
  return useContext(ShowRecoveryKeyContext);
}
