import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { backupFolderChoice, defaultBackupFolder } from '../backups/backup-folder';
import { copyOnThisThread } from '../backups/copy-database';
import { rotateBackups, writeBackup } from '../backups/write-backup';
import type { AppDatabase } from './connection';

const MIGRATIONS_TABLE = '__drizzle_migrations';

export interface MigrationReport {
  applied: number;
  /** The copy taken before migrating, when there was data worth keeping. */
  backupFile: string | null;
}

function lastAppliedMigrationTime(sqlite: Database.Database): number | null {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  if (!table) return null;
  const row = sqlite.prepare(`SELECT max(created_at) AS last FROM ${MIGRATIONS_TABLE}`).get() as {
    last: number | null;
  };
  return row.last === null ? null : Number(row.last);
}

/**
 * The copy taken before migrating goes where the clinic's backups go, named and rotated with
 * them (the newest few kept). Should that folder be out of reach (a network share not
 * connected), the copy goes to the default folder in the data folder instead: a migration
 * never runs without one. It is written the way every backup is (writeBackup), but on this
 * thread: the app answers no calls before its database is up to date anyway.
 */
async function backUpBeforeMigrating(
  sqlite: Database.Database,
  dataDirectory: string,
  now: Date,
): Promise<string> {
  const copy = copyOnThisThread(sqlite);
  const choice = backupFolderChoice(dataDirectory);
  if (!choice.isDefault) {
    try {
      const backup = await writeBackup(copy, choice.folder, 'before-migration', now, {
        createFolder: false,
      });
      rotateBackups(choice.folder, now);
      return backup.file;
    } catch (error) {
      console.error(`[backups] the copy before the update could not go to ${choice.folder}`, error);
    }
  }
  const folder = defaultBackupFolder(dataDirectory);
  const backup = await writeBackup(copy, folder, 'before-migration', now, { createFolder: true });
  rotateBackups(folder, now);
  return backup.file;
}

/**
 * Brings the schema up to date. When migrations are pending on a database that already holds
 * data, a full encrypted copy is written first (see backUpBeforeMigrating); drizzle then
 * applies the pending migrations in one transaction.
 */
export async function applyMigrations(
  sqlite: Database.Database,
  db: AppDatabase,
  options: { migrationsFolder: string; dataDirectory: string; now?: Date },
): Promise<MigrationReport> {
  const migrations = readMigrationFiles({ migrationsFolder: options.migrationsFolder });
  const last = lastAppliedMigrationTime(sqlite);
  const pending = migrations.filter((migration) => last === null || migration.folderMillis > last);
  if (pending.length === 0) return { applied: 0, backupFile: null };

  const backupFile =
    last === null
      ? null
      : await backUpBeforeMigrating(sqlite, options.dataDirectory, options.now ?? new Date());
  migrate(db, { migrationsFolder: options.migrationsFolder, migrationsTable: MIGRATIONS_TABLE });
  return { applied: pending.length, backupFile };
}
