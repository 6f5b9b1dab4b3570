import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envelopeFile } from '../keys/key-envelope';
import { writeFileDurably } from './durable-files';

/** The sealed key file as it is kept beside the clinic's backups. */
export const BACKUP_KEY_FILE = 'stride-clinic-key.json';

/**
 * Keeps a copy of the sealed key file beside the backups. The database key exists only sealed
 * in that file, so if the computer is lost, its backups open on another one only with it: put
 * the newest backup (as stride-clinic.db) and this file (as database-key.json) in the new data
 * folder, and the printed recovery key opens them. The file holds nothing readable without
 * the recovery key, the clinic passphrase or this computer's key store. The preview's demo key
 * has no such file, so there is nothing to copy.
 */
export function keepKeyFileBeside(dataDirectory: string, backupFolder: string): void {
  const source = envelopeFile(dataDirectory);
  if (!existsSync(source)) return;
  const sealed = readFileSync(source, 'utf8');
  const copy = join(backupFolder, BACKUP_KEY_FILE);
  if (existsSync(copy) && readFileSync(copy, 'utf8') === sealed) return;
  writeFileDurably(copy, sealed);
}
