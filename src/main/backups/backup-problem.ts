import { existsSync } from 'node:fs';
import { writeFailureReason } from '../services/write-failure';

/** SQLite's own codes for a copy that could not be written, in words. */
const SQLITE_REASONS: Record<string, string> = {
  SQLITE_FULL: 'the disk is full',
  SQLITE_CANTOPEN: 'Stride Clinic could not make a file there',
  SQLITE_READONLY: 'that folder is read-only',
  SQLITE_PERM: 'Stride Clinic is not allowed to write in that folder',
};

/**
 * Why a backup could not be written, in plain words. A folder that has gone is the common
 * case (a backup disk unplugged, a network share not connected), so it is named first.
 */
export function backupFailureReason(error: unknown, folder: string): string {
  if (!existsSync(folder)) {
    return 'the backup folder is not there (is its disk or network share connected?)';
  }
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code.startsWith('SQLITE_IOERR')) return 'the disk or network share failed while writing';
  return SQLITE_REASONS[code] ?? writeFailureReason(error);
}
