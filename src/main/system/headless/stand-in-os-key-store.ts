import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OsKeyStore } from '../ports';

/**
 * Tests and the browser preview: a stand-in for the computer's key store, which exists only in
 * the desktop app. It wraps with AES-256-GCM under its own random key kept in one file, so a
 * test can play every case of the real store: working, missing ('none'), or reset (the file
 * replaced, as when a keychain is wiped or another user signs in).
 */
export function standInOsKeyStore(
  keyFile: string,
  kind: OsKeyStore['kind'] = 'secure',
): OsKeyStore {
  function storeKey(): Buffer {
    if (!existsSync(keyFile)) {
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, randomBytes(32).toString('hex'), { mode: 0o600 });
    }
    return Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex');
  }
  function refuseWhenMissing(): void {
    if (kind === 'none') throw new Error('This computer offers no key store.');
  }
  return {
    kind,
    wrap(secret) {
      refuseWhenMissing();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', storeKey(), iv);
      const sealed = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
    },
    unwrap(wrapped) {
      refuseWhenMissing();
      const decipher = createDecipheriv('aes-256-gcm', storeKey(), wrapped.subarray(0, 12));
      decipher.setAuthTag(wrapped.subarray(12, 28));
      return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
    },
  };
}

/** Plays a keychain reset: the stand-in store gets a new key, so nothing it wrapped opens. */
export function resetStandInOsKeyStore(keyFile: string): void {
  writeFileSync(keyFile, randomBytes(32).toString('hex'), { mode: 0o600 });
}
