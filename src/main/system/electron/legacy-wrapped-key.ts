import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { parseHexKey } from '../headless/given-key-provider';

/**
 * The database key as versions before the key envelope kept it: 64 hex characters wrapped by
 * safeStorage in database-key.wrapped. Read once, so such a database is set up with a recovery
 * key under its own key instead of being reported as missing its key. Null when there is none
 * or this key store cannot open it.
 */
export function legacyWrappedKey(dataDirectory: string): Buffer | null {
  const file = join(dataDirectory, 'database-key.wrapped');
  if (!existsSync(file) || !safeStorage.isEncryptionAvailable()) return null;
  try {
    return parseHexKey(safeStorage.decryptString(readFileSync(file)));
  } catch {
    return null;
  }
}
