import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import journal from '../db/migrations/meta/_journal.json';
import { copyAndSync, renameDurably, syncFolder } from './durable-files';

/**
 * Restoring the database from a backup, in two halves. While the app runs, a backup is
 * checked and copied into the data folder as a staged file (stageRestore). The next time the
 * database is opened, before anything reads it, the current database is moved aside, whole and
 * dated, and the staged copy takes its place (applyStagedRestore). Every step is a rename, so
 * a computer that stops half way leaves either the old database or the restored one in place,
 * never a mixture, and the next open finishes the job.
 */

/** The database's own file name (open-app-database imports restore, so it is repeated here). */
const DATABASE_FILE = 'stride-clinic.db';
/** Beside a database in WAL mode: its recent writes and their index. */
const COMPANIONS = ['-wal', '-shm', '-journal'];
const STAGED_FILE = 'restore-staged.sqlite';
const REPLACED_FOLDER = 'replaced-databases';
/** Holds the database being replaced until the restored one is in place. */
const REPLACING_FOLDER = 'replacing';

export type BackupCheck = { ok: true; patients: number } | { ok: false; reason: string };

export const WRONG_KEY_REASON =
  'This backup does not open with the clinic’s present database key. It was most likely made before the key was changed (or on another Stride Clinic installation), and it can only be opened with the key it was made with. Nothing was changed.';
export const DAMAGED_REASON =
  'This backup is damaged: its check found errors, so it cannot be restored. Nothing was changed; choose another backup.';
const NOT_OURS_REASON =
  'This file is not a Stride Clinic database, so it cannot be restored. Nothing was changed.';
const NEWER_REASON =
  'This backup was made by a newer version of Stride Clinic. Update Stride Clinic on this computer first, then restore it. Nothing was changed.';
const MISSING_REASON =
  'That backup file is not there any more (was its disk or network share disconnected?). Nothing was changed.';

/** The updates (migrations) this version of the app knows, by the time drizzle records. */
const KNOWN_MIGRATIONS = new Set(journal.entries.map((entry) => entry.when));

function errorCode(error: unknown): string {
  return String((error as { code?: unknown } | null)?.code ?? '');
}

function checkOpened(sqlite: Database.Database): BackupCheck {
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    if (errorCode(error) === 'SQLITE_NOTADB') return { ok: false, reason: WRONG_KEY_REASON };
    throw error;
  }
  const problems = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
    return { ok: false, reason: DAMAGED_REASON };
  }
  const tables = new Set(
    (
      sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as {
        name: string;
      }[]
    ).map((row) => row.name),
  );
  if (!tables.has('__drizzle_migrations') || !tables.has('patients')) {
    return { ok: false, reason: NOT_OURS_REASON };
  }
  const applied = sqlite.prepare('SELECT created_at AS at FROM __drizzle_migrations').all() as {
    at: number | string;
  }[];
  if (applied.some((row) => !KNOWN_MIGRATIONS.has(Number(row.at)))) {
    return { ok: false, reason: NEWER_REASON };
  }
  const { patients } = sqlite.prepare('SELECT count(*) AS patients FROM patients').get() as {
    patients: number;
  };
  return { ok: true, patients };
}

/**
 * Whether a backup can be restored: it opens (read-only) with the key, passes SQLite's full
 * integrity_check, and is a Stride Clinic database whose updates this app knows. Reads only.
 */
export function checkBackup(file: string, key: Buffer): BackupCheck {
  if (!existsSync(file)) return { ok: false, reason: MISSING_REASON };
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return { ok: false, reason: NOT_OURS_REASON };
  }
  try {
    sqlite.pragma(`hexkey='${key.toString('hex')}'`);
    return checkOpened(sqlite);
  } catch (error) {
    // A page that fails to decrypt or a broken b-tree stops the check with an error.
    const code = errorCode(error);
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_IOERR')) {
      return { ok: false, reason: DAMAGED_REASON };
    }
    throw error;
  } finally {
    sqlite.close();
  }
}

export class BackupRefusedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BackupRefusedError';
  }
}

/**
 * Copies a backup into the data folder for the next open to put in place. The copy (not only
 * the original, which may sit on a flaky network share) is checked before it is given the
 * staged name. Throws BackupRefusedError with the reason when it cannot be restored.
 */
export function stageRestore(dataDirectory: string, backupFile: string, key: Buffer): void {
  const original = checkBackup(backupFile, key);
  if (!original.ok) throw new BackupRefusedError(original.reason);
  const staged = join(dataDirectory, STAGED_FILE);
  const temporary = `${staged}.tmp`;
  rmSync(temporary, { force: true });
  try {
    copyAndSync(backupFile, temporary);
    const copy = checkBackup(temporary, key);
    if (!copy.ok) throw new BackupRefusedError(copy.reason);
    renameDurably(temporary, staged);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Where databases replaced by a restore are kept, each in a dated folder with its -wal. */
export function replacedDatabasesFolder(dataDirectory: string): string {
  return join(dataDirectory, REPLACED_FOLDER);
}

/** Whether a restore waits for the next open. */
export function hasStagedRestore(dataDirectory: string): boolean {
  return existsSync(join(dataDirectory, STAGED_FILE));
}

/** Withdraws a restore that has not been applied yet. */
export function cancelStagedRestore(dataDirectory: string): void {
  rmSync(join(dataDirectory, STAGED_FILE), { force: true });
  syncFolder(dataDirectory);
}

function stampNow(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Moves the finished "replacing" folder to its dated place among the replaced databases. */
function keepReplaced(dataDirectory: string): string | null {
  const replacing = join(dataDirectory, REPLACING_FOLDER);
  if (!existsSync(replacing)) return null;
  if (readdirSync(replacing).length === 0) {
    rmSync(replacing, { recursive: true, force: true });
    return null;
  }
  const kept = replacedDatabasesFolder(dataDirectory);
  mkdirSync(kept, { recursive: true });
  // One rename moves the database with its -wal, so the kept copy opens with every write.
  let destination = join(kept, stampNow());
  for (let count = 2; existsSync(destination); count += 1) {
    destination = join(kept, `${stampNow()}-${count}`);
  }
  renameDurably(replacing, destination);
  return destination;
}

/**
 * Puts a staged restore in place; openAppDatabase calls it before it opens the file. The
 * current database and its companion files go into a "replacing" folder first (never
 * deleted), then the staged copy takes the database's name, then the folder is dated. Run
 * again after a stop at any point, it finishes what was begun. Returns the folder where the
 * replaced database was kept, or null when no restore was waiting.
 */
export function applyStagedRestore(
  dataDirectory: string,
): { replacedFolder: string | null } | null {
  const staged = join(dataDirectory, STAGED_FILE);
  const replacing = join(dataDirectory, REPLACING_FOLDER);
  if (!existsSync(staged)) {
    // Stopped after the restored copy was in place, before the old one was dated.
    return existsSync(replacing) ? { replacedFolder: keepReplaced(dataDirectory) } : null;
  }
  if (
    existsSync(join(replacing, DATABASE_FILE)) &&
    existsSync(join(dataDirectory, DATABASE_FILE))
  ) {
    // Left by an earlier restore that stopped before dating it: keep it apart from this one.
    keepReplaced(dataDirectory);
  }
  mkdirSync(replacing, { recursive: true });
  // The database first: a stop after it leaves its companions to follow on the next run.
  for (const name of [DATABASE_FILE, ...COMPANIONS.map((suffix) => DATABASE_FILE + suffix)]) {
    const live = join(dataDirectory, name);
    if (existsSync(live)) renameSync(live, join(replacing, basename(live)));
  }
  syncFolder(replacing);
  syncFolder(dataDirectory);
  renameDurably(staged, join(dataDirectory, DATABASE_FILE));
  return { replacedFolder: keepReplaced(dataDirectory) };
}
