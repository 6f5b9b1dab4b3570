import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
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
 * Brings the schema up to date. When migrations are pending on a database that already holds
 * data, a full encrypted copy is written first with VACUUM INTO (db.backup() cannot copy an
 * encrypted database); drizzle then applies the pending migrations in one transaction.
 */
export function applyMigrations(
  sqlite: Database.Database,
  db: AppDatabase,
  options: { migrationsFolder: string; backupDirectory: string; now?: Date },
): MigrationReport {
  const migrations = readMigrationFiles({ migrationsFolder: options.migrationsFolder });
  const last = lastAppliedMigrationTime(sqlite);
  const pending = migrations.filter((migration) => last === null || migration.folderMillis > last);
  if (pending.length === 0) return { applied: 0, backupFile: null };

  let backupFile: string | null = null;
  if (last !== null) {
    mkdirSync(options.backupDirectory, { recursive: true });
    const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backupFile = join(options.backupDirectory, `before-migration-${stamp}.sqlite`);
    sqlite.prepare('VACUUM INTO ?').run(backupFile);
  }
  migrate(db, { migrationsFolder: options.migrationsFolder, migrationsTable: MIGRATIONS_TABLE });
  return { applied: pending.length, backupFile };
}
