import { safeStorage } from 'electron';
import type { OsKeyStore } from '../ports';

/**
 * The desktop app's key store: Electron safeStorage. Linux's "basic_text" backend wraps with a
 * fixed, public password, so it counts as no key store at all (the clinic sets a passphrase).
 * Asked each time, not once: a keyring that unlocks after start-up is then used.
 */
function safeStorageKind(): OsKeyStore['kind'] {
  const weakLinuxStore =
    process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return safeStorage.isEncryptionAvailable() && !weakLinuxStore ? 'secure' : 'none';
}

export const safeStorageOsKeyStore: OsKeyStore = {
  get kind() {
    return safeStorageKind();
  },
  wrap: (secret) => safeStorage.encryptString(secret.toString('base64')),
  unwrap: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
};
