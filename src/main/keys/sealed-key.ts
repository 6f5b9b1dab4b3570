import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * The database key sealed with AES-256-GCM under one wrapping key. GCM's tag makes a wrong
 * wrapping key (a wrong passphrase, another computer's key store) fail loudly instead of
 * giving a wrong database key. The associated data ties a sealed key to its envelope and to
 * the way it was wrapped, so one sealed key cannot be moved into another slot.
 */

const IV_BYTES = 12;

export const sealedKeySchema = z.object({
  iv: z.base64(),
  tag: z.base64(),
  sealed: z.base64(),
});
export type SealedKey = z.infer<typeof sealedKeySchema>;

export function sealKey(databaseKey: Buffer, wrappingKey: Buffer, context: string): SealedKey {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const sealed = Buffer.concat([cipher.update(databaseKey), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    sealed: sealed.toString('base64'),
  };
}

/** The database key, or null when this wrapping key (or context) is not the one it was sealed with. */
export function openSealedKey(box: SealedKey, wrappingKey: Buffer, context: string): Buffer | null {
  try {
    // The full 16-byte tag only: GCM would also accept a shortened one, which is easier to forge.
    const tag = Buffer.from(box.tag, 'base64');
    if (tag.length !== 16) return null;
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(box.iv, 'base64'), {
      authTagLength: 16,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(box.sealed, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
