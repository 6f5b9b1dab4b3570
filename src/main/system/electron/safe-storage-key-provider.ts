import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { DATABASE_FILE_NAME } from '../../db/open-app-database';
import { assertDatabaseKey, DATABASE_KEY_BYTES, type KeyProvider } from '../ports';

const WRAPPED_KEY_FILE = 'database-key.wrapped';

/** Writes a file so that it is on disk, whole, before anything relies on it. */
function writeDurably(file: string, bytes: Buffer): void {
  const temporary = `${file}.tmp`;
  const handle = openSync(temporary, 'w', 0o600);
  try {
    writeSync(handle, bytes);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameSync(temporary, file);
  const folder = openSync(join(file, '..'), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}

/**
 * The desktop app's key: 256 random bits made on first run, kept in the app's data folder only
 * wrapped by the OS key store (Electron safeStorage: Keychain, DPAPI, libsecret/kwallet).
 * Linux's fallback "basic_text" store wraps with a fixed, public password, so it is refused.
 * A recovery key and a passphrase for machines without a key store come with the data-safety
 * work; until then such a machine gets a clear message instead of a weakly kept key.
 */
export function safeStorageKeyProvider(dataDirectory: string): KeyProvider {
  const file = join(dataDirectory, WRAPPED_KEY_FILE);
  return {
    async databaseKey() {
      const weakLinuxStore =
        process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
      if (!safeStorage.isEncryptionAvailable() || weakLinuxStore) {
        throw new Error(
          'This computer offers no secure key store, so Stride Clinic cannot protect the patient database. ' +
            'Sign in to a desktop session with a keyring (Keychain, Windows credentials, GNOME Keyring or KWallet) and start the app again.',
        );
      }
      if (existsSync(file)) {
        const hex = safeStorage.decryptString(readFileSync(file));
        return assertDatabaseKey(Buffer.from(hex, 'hex'));
      }
      if (existsSync(join(dataDirectory, DATABASE_FILE_NAME))) {
        // A new key would never open the existing records: stop rather than hide them.
        throw new Error(
          `The key for the patient database is missing from ${dataDirectory}. Nothing was changed. ` +
            'Restore the file database-key.wrapped from a backup of this folder.',
        );
      }
      const key = randomBytes(DATABASE_KEY_BYTES);
      writeDurably(file, safeStorage.encryptString(key.toString('hex')));
      return key;
    },
  };
}
