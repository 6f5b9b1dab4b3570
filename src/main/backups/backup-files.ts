import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeMigrationRetention, scheduledRetention } from './rotation';

/**
 * The backup files in a folder, recognised by their names. Only files named this way are the
 * app's own: rotation never touches anything else in the folder, which may be a shared disk.
 */

/** How a backup came to be: every day on its own, before a database update, or asked for. */
export type BackupOrigin = 'scheduled' | 'before-migration' | 'manual';
/** What the physio sees: scheduled backups are named by why rotation keeps them. */
export type BackupKind = 'daily' | 'weekly' | 'monthly' | 'before-migration' | 'manual';

export interface BackupFile {
  /** The whole path of the file. */
  file: string;
  fileName: string;
  origin: BackupOrigin;
  kind: BackupKind;
  /** When it was taken (ISO-8601 UTC), read from its name so copying it elsewhere keeps it. */
  takenAt: string;
  sizeBytes: number;
  /** False when rotation would remove it (a scheduled backup no rule keeps any more). */
  keptByRotation: boolean;
}

const NAME_PATTERN =
  /^(?:stride-clinic-)?(scheduled|before-migration|manual)-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)\.sqlite$/;
/** A backup being written: a name listBackups never shows, so half a backup is never one. */
const PARTIAL_PATTERN = /^\.stride-clinic-partial-\d{4}-\d\d-\d\dT[\d-]+Z-[0-9a-f]+\.sqlite$/;

function stamp(takenAt: Date): string {
  return takenAt.toISOString().replace(/[:.]/g, '-');
}

function dateFromStamp(text: string): Date | null {
  const match = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/.exec(text);
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function backupFileName(origin: BackupOrigin, takenAt: Date): string {
  return `stride-clinic-${origin}-${stamp(takenAt)}.sqlite`;
}

export function partialBackupFileName(takenAt: Date, unique: string): string {
  return `.stride-clinic-partial-${stamp(takenAt)}-${unique}.sqlite`;
}

export function isPartialBackupFileName(name: string): boolean {
  return PARTIAL_PATTERN.test(name);
}

/** What a backup's name says about it, or null when the name is not one of the app's. */
export function parseBackupFileName(name: string): { origin: BackupOrigin; takenAt: Date } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const takenAt = dateFromStamp(match[2] as string);
  return takenAt ? { origin: match[1] as BackupOrigin, takenAt } : null;
}

function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
}

/** The app's backups in a folder, newest first; none when the folder does not exist yet. */
export function listBackups(folder: string): BackupFile[] {
  const found: Omit<BackupFile, 'kind' | 'keptByRotation'>[] = [];
  for (const fileName of namesIn(folder)) {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) continue;
    const file = join(folder, fileName);
    let stats;
    try {
      stats = statSync(file);
    } catch {
      continue; // removed while the folder was being read
    }
    if (!stats.isFile()) continue;
    found.push({
      file,
      fileName,
      origin: parsed.origin,
      takenAt: parsed.takenAt.toISOString(),
      sizeBytes: stats.size,
    });
  }
  const scheduled = found.filter((backup) => backup.origin === 'scheduled');
  const scheduledKeep = scheduledRetention(scheduled.map((backup) => new Date(backup.takenAt)));
  const migration = found.filter((backup) => backup.origin === 'before-migration');
  const migrationKeep = beforeMigrationRetention(
    migration.map((backup) => new Date(backup.takenAt)),
  );
  const labelled: BackupFile[] = found.map((backup) => {
    if (backup.origin === 'scheduled') {
      const keptAs = scheduledKeep[scheduled.indexOf(backup)] ?? null;
      return { ...backup, kind: keptAs ?? 'daily', keptByRotation: keptAs !== null };
    }
    if (backup.origin === 'before-migration') {
      const kept = migrationKeep[migration.indexOf(backup)] ?? true;
      return { ...backup, kind: 'before-migration', keptByRotation: kept };
    }
    return { ...backup, kind: 'manual', keptByRotation: true };
  });
  return labelled.sort(
    (a, b) => b.takenAt.localeCompare(a.takenAt) || a.fileName.localeCompare(b.fileName),
  );
}

/** The newest backup in a folder, or null. */
export function latestBackup(folder: string): BackupFile | null {
  return listBackups(folder)[0] ?? null;
}
