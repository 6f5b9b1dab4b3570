import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { assertDatabaseKey, DATABASE_KEY_BYTES, type KeyProvider } from '../ports';

const WRAPPED_KEY_FILE = 'database-key.wrapped';

/**
 * The desktop app's key: 256 random bits made on first run, kept in the app's data folder only
 * wrapped by the OS key store (Electron safeStorage: Keychain, DPAPI, libsecret/kwallet).
 * Recovery keys and a passphrase fallback for machines without a key store come with the
 * data-safety work; until then a machine without one is refused with a clear message.
 */
export function safeStorageKeyProvider(dataDirectory: string): KeyProvider {
  const file = join(dataDirectory, WRAPPED_KEY_FILE);
  return {
    async databaseKey() {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new Error(
          'This computer offers no secure key store, so Stride Clinic cannot protect the patient database. ' +
            'Sign in to a desktop session with a keyring (Keychain, Windows credentials, GNOME Keyring or KWallet) and start the app again.',
        );
      }
      if (existsSync(file)) {
        const hex = safeStorage.decryptString(readFileSync(file));
        return assertDatabaseKey(Buffer.from(hex, 'hex'));
      }
      const key = randomBytes(DATABASE_KEY_BYTES);
      const temporary = `${file}.tmp`;
      writeFileSync(temporary, safeStorage.encryptString(key.toString('hex')), { mode: 0o600 });
      renameSync(temporary, file);
      return key;
    },
  };
}
