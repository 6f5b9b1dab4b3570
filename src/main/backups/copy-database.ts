import Database from 'better-sqlite3';

/**
 * The copy at the heart of every backup: SQLite's VACUUM INTO, which writes a whole, compact
 * copy of the database encrypted with the same key (better-sqlite3's backup() cannot copy an
 * encrypted database). Kept free of the app's schema and drizzle so the backup worker thread
 * loads nothing else.
 */

/** Writes a whole copy of the database to `target`, a file that must not exist yet. */
export type CopyDatabase = (target: string) => Promise<void>;

export function copyDatabaseInto(sqlite: Database.Database, target: string): void {
  sqlite.prepare('VACUUM INTO ?').run(target);
}

/**
 * Copies on the thread that calls it, through the app's own connection: the copy before a
 * migration (nothing else runs yet), tools without the worker, and the fallback when the
 * worker cannot start. The thread answers nothing else until the copy is written.
 */
export function copyOnThisThread(sqlite: Database.Database): CopyDatabase {
  return async (target) => copyDatabaseInto(sqlite, target);
}

/**
 * A second, read-only connection to the database file, for the backup worker. The database is
 * in WAL mode, so this connection reads one consistent snapshot while the app goes on writing
 * through its own; VACUUM INTO works on a read-only connection (it writes only the new file).
 */
export function openReadOnlyForCopy(file: string, key: Uint8Array): Database.Database {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma(`hexkey='${Buffer.from(key).toString('hex')}'`);
    // Reading the schema is what tries the key: a wrong key fails here, not half way through.
    sqlite.prepare('SELECT count(*) FROM sqlite_schema').get();
    // Only while the app's connection recovers or checkpoints the WAL; the wait is short.
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
}
