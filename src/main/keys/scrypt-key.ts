import { randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

/**
 * Wrapping keys derived from something a person keeps (the clinic passphrase, the recovery
 * key) with scrypt: slow and memory-hungry on purpose, so guessing is expensive. The salt and
 * cost are stored with each wrap, so stronger settings later still open older envelopes.
 */

export const scryptSettingsSchema = z.object({
  kdf: z.literal('scrypt'),
  salt: z.base64(),
  /** CPU and memory cost, a power of two. */
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
});
export type ScryptSettings = z.infer<typeof scryptSettingsSchema>;

/** A passphrase may be short and guessable: the full cost (about half a second, 128 MB). */
export const PASSPHRASE_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
/** A recovery key holds 144 random bits already; a lighter cost is plenty. */
export const RECOVERY_KEY_COST = { N: 2 ** 15, r: 8, p: 1 } as const;

export function newScryptSettings(cost: { N: number; r: number; p: number }): ScryptSettings {
  return { kdf: 'scrypt', salt: randomBytes(16).toString('base64'), ...cost };
}

/** Derives a 256-bit wrapping key off the main thread, so the window stays responsive. */
export function deriveWrappingKey(
  secret: Buffer | string,
  settings: ScryptSettings,
): Promise<Buffer> {
  const { N, r, p } = settings;
  return new Promise((resolve, reject) => {
    scrypt(
      typeof secret === 'string' ? secret.normalize('NFC') : secret,
      Buffer.from(settings.salt, 'base64'),
      32,
      // scrypt needs 128 * N * r bytes; Node's default ceiling (32 MB) is below the passphrase cost.
      { N, r, p, maxmem: 256 * N * r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}
