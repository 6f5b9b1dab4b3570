import { existsSync } from 'node:fs';
import { renameDurably } from '../backups/durable-files';
import { keyOpensDatabase } from '../db/quick-check';
import { envelopeFile, readEnvelope, removeEnvelope, type KeyEnvelope } from './key-envelope';

/**
 * Opens the database key with one credential, finishing a key change a stop interrupted. With
 * a "next" envelope beside the current one, whichever key actually opens the database file
 * wins: the new one (the database was rekeyed; its envelope now becomes the current one) or
 * the old one (the database was not; the unused new envelope is dropped).
 */
export async function openKeySettlingChanges(
  dataDirectory: string,
  databaseFile: string,
  open: (envelope: KeyEnvelope) => Buffer | Promise<Buffer>,
): Promise<{ key: Buffer; envelope: KeyEnvelope }> {
  const currentFile = envelopeFile(dataDirectory, 'current');
  const nextFile = envelopeFile(dataDirectory, 'next');
  const current = readEnvelope(currentFile);
  if (!current) throw new Error('The key envelope is missing.');
  const key = await open(current);
  if (!existsSync(nextFile)) return { key, envelope: current };
  if (!existsSync(databaseFile) || keyOpensDatabase(databaseFile, key)) {
    removeEnvelope(nextFile);
    return { key, envelope: current };
  }
  let next: KeyEnvelope | null;
  let nextKey: Buffer;
  try {
    next = readEnvelope(nextFile);
    if (!next) return { key, envelope: current };
    nextKey = await open(next);
  } catch {
    // This credential does not open the new envelope (a recovery key never shown): leave it.
    return { key, envelope: current };
  }
  if (!keyOpensDatabase(databaseFile, nextKey)) return { key, envelope: current };
  renameDurably(nextFile, currentFile);
  return { key: nextKey, envelope: next };
}
