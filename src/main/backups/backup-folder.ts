import { accessSync, constants, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import { syncFolder, writeFileDurably } from './durable-files';

/**
 * Where the clinic's backups go. The choice is kept in a small file in the data folder rather
 * than in the database, so that a damaged database, or one whose key is lost, can still find
 * its backups.
 */

const CHOICE_FILE = 'backup-folder.json';

export function defaultBackupFolder(dataDirectory: string): string {
  return join(dataDirectory, 'backups');
}

export interface BackupFolderChoice {
  folder: string;
  /** True while the clinic has not chosen a folder of its own. */
  isDefault: boolean;
}

function chosenFolder(dataDirectory: string): string | null {
  const file = join(dataDirectory, CHOICE_FILE);
  if (!existsSync(file)) return null;
  try {
    const { folder } = JSON.parse(readFileSync(file, 'utf8')) as { folder?: unknown };
    return typeof folder === 'string' && isAbsolute(folder) ? folder : null;
  } catch {
    // An unreadable choice must not hide the backups: the default folder is still searched.
    return null;
  }
}

export function backupFolderChoice(dataDirectory: string): BackupFolderChoice {
  const chosen = chosenFolder(dataDirectory);
  return chosen
    ? { folder: chosen, isDefault: false }
    : { folder: defaultBackupFolder(dataDirectory), isDefault: true };
}

/** The folder backups go to now: the clinic's choice, or `<data folder>/backups`. */
export function backupFolder(dataDirectory: string): string {
  return backupFolderChoice(dataDirectory).folder;
}

/**
 * Why backups cannot go to this folder, in plain words, or null when they can. The folder must
 * exist already: a missing network share should be noticed, not quietly made on the local disk.
 */
export function backupFolderProblem(folder: string): string | null {
  if (!isAbsolute(folder)) {
    return 'Give the whole path of the folder, starting from the drive or the top folder (for example /Volumes/Backup/Stride or D:\\Stride backups).';
  }
  if (!existsSync(folder))
    return 'That folder does not exist (or its disk or share is not connected).';
  if (!statSync(folder).isDirectory()) return 'That is a file, not a folder.';
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return 'Stride Clinic is not allowed to write in that folder.';
  }
  return null;
}

/** Keeps the clinic's choice; null goes back to the default folder. */
export function setBackupFolder(dataDirectory: string, folder: string | null): BackupFolderChoice {
  const file = join(dataDirectory, CHOICE_FILE);
  if (folder === null || normalize(folder) === defaultBackupFolder(dataDirectory)) {
    rmSync(file, { force: true });
    syncFolder(dataDirectory);
  } else {
    writeFileDurably(file, `${JSON.stringify({ folder: normalize(folder) }, null, 2)}\n`);
  }
  return backupFolderChoice(dataDirectory);
}
