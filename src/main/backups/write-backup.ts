import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  backupFileName,
  isPartialBackupFileName,
  listBackups,
  partialBackupFileName,
  type BackupFile,
  type BackupOrigin,
} from './backup-files';
import type { CopyDatabase } from './copy-database';
import { renameDurably, syncFile } from './durable-files';

/** A partial file older than this was left by a backup that stopped; one running is younger. */
const STALE_PARTIAL_MS = 24 * 60 * 60 * 1000;

/**
 * Writes a full copy of the database into the folder (VACUUM INTO, see copy-database.ts), in
 * the worker thread or on this one as `copy` does it. The copy is written under a hidden
 * temporary name and renamed only once it is whole and on the disk, so a backup cut off half
 * way never looks like a backup. Throws when it cannot be written (folder missing, disk full,
 * share gone); nothing half-written is left behind.
 */
export async function writeBackup(
  copy: CopyDatabase,
  folder: string,
  origin: BackupOrigin,
  takenAt: Date,
  options: { createFolder: boolean },
): Promise<BackupFile> {
  if (options.createFolder) mkdirSync(folder, { recursive: true });
  const partial = join(folder, partialBackupFileName(takenAt, randomBytes(4).toString('hex')));
  const fileName = backupFileName(origin, takenAt);
  try {
    await copy(partial);
    syncFile(partial);
    renameDurably(partial, join(folder, fileName));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const written = listBackups(folder).find((backup) => backup.fileName === fileName);
  if (!written) throw new Error(`The backup ${fileName} was written but is not in ${folder}.`);
  return written;
}

/**
 * Removes the backups rotation no longer keeps (see rotation.ts) and partial files left by a
 * backup that stopped half way. Only files named as the app's own are ever removed. Returns
 * the names removed.
 */
export function rotateBackups(folder: string, now: Date): string[] {
  const removed: string[] = [];
  for (const backup of listBackups(folder)) {
    if (backup.keptByRotation) continue;
    rmSync(backup.file, { force: true });
    removed.push(backup.fileName);
  }
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return removed;
  }
  for (const name of names.filter(isPartialBackupFileName)) {
    const file = join(folder, name);
    try {
      if (now.getTime() - statSync(file).mtimeMs > STALE_PARTIAL_MS) {
        rmSync(file, { force: true });
        removed.push(name);
      }
    } catch {
      // Gone already.
    }
  }
  return removed;
}
