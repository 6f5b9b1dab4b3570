import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { SecretBox } from '../ports';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Tests and the browser preview: AES-256-GCM with a key derived (HKDF) from the database key,
 * so a secret is never stored as typed, and a wrong key is detected rather than misread.
 */
export function derivedSecretBox(databaseKey: Buffer): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', databaseKey, '', 'stride-clinic secret box', 32));
  return {
    wrap(secret) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    },
    unwrap(wrapped) {
      const bytes = Buffer.from(wrapped, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const opened = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]);
      return opened.toString('utf8');
    },
  };
}
