import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { syncFolder, writeFileDurably } from '../backups/durable-files';
import { sealedKeySchema } from './sealed-key';
import { scryptSettingsSchema } from './scrypt-key';

/**
 * The key envelope: a small JSON file in the data folder holding the database key, never in
 * the clear, but sealed in up to three ways. Exactly one of "keyStore" (the computer's key
 * store) or "passphrase" (the clinic passphrase, when there is no key store) opens it day to
 * day; "recovery" (the printed recovery key) opens it when that fails.
 */

export const ENVELOPE_FILE = 'database-key.json';
/** A key change in progress: the new key's envelope, until the database is rekeyed with it. */
export const NEXT_ENVELOPE_FILE = 'database-key.next.json';

export const keyEnvelopeSchema = z
  .object({
    format: z.literal('stride-clinic-database-key'),
    version: z.literal(1),
    /** Names this database key; sealed keys are bound to it. */
    keyId: z.string().regex(/^[0-9a-f]{32}$/),
    createdAt: z.string(),
    keyStore: z
      .object({
        /** A random wrapping key, wrapped by the key store (opaque to the app). */
        wrappedSecret: z.base64(),
        key: sealedKeySchema,
      })
      .optional(),
    passphrase: z.object({ settings: scryptSettingsSchema, key: sealedKeySchema }).optional(),
    recovery: z.object({ settings: scryptSettingsSchema, key: sealedKeySchema }),
  })
  .refine((envelope) => (envelope.keyStore === undefined) !== (envelope.passphrase === undefined), {
    message: 'The key is kept either by the key store or by a passphrase',
  });
export type KeyEnvelope = z.infer<typeof keyEnvelopeSchema>;

/** The key file is there but not readable as one: a damaged disk, or edited by hand. */
export class UnreadableEnvelopeError extends Error {
  constructor(file: string) {
    super(
      `The file that keeps the database key (${file}) is damaged, so the patient database cannot be opened with it. Nothing was changed.`,
    );
    this.name = 'UnreadableEnvelopeError';
  }
}

export function envelopeFile(dataDirectory: string, which: 'current' | 'next' = 'current'): string {
  return join(dataDirectory, which === 'current' ? ENVELOPE_FILE : NEXT_ENVELOPE_FILE);
}

/** The envelope in a file, null when there is none; throws UnreadableEnvelopeError when damaged. */
export function readEnvelope(file: string): KeyEnvelope | null {
  if (!existsSync(file)) return null;
  try {
    return keyEnvelopeSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    throw new UnreadableEnvelopeError(file);
  }
}

/** Written whole or not at all (temporary file, fsync, rename), so a power cut never loses the key. */
export function writeEnvelope(file: string, envelope: KeyEnvelope): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileDurably(file, `${JSON.stringify(keyEnvelopeSchema.parse(envelope), null, 2)}\n`);
}

export function removeEnvelope(file: string): void {
  rmSync(file, { force: true });
  syncFolder(join(file, '..'));
}
