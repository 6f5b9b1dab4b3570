import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema>;

export interface DatabaseConnection {
  sqlite: Database.Database;
  db: AppDatabase;
  close(): void;
}

/** The file exists but the key does not open it (or it is not a Stride Clinic database). */
export class DatabaseKeyError extends Error {
  constructor(file: string) {
    super(
      `The patient database at ${file} could not be opened with this computer's key. ` +
        'It may belong to another installation or the key may have changed. Nothing was changed.',
    );
    this.name = 'DatabaseKeyError';
  }
}

/**
 * Refuses to go on with a SQLite build that cannot encrypt (the plain better-sqlite3 would
 * silently ignore the key and write patient records in the clear).
 */
function assertEncryptingBuild(sqlite: Database.Database): void {
  try {
    sqlite.prepare('SELECT sqlite3mc_version()').get();
  } catch {
    throw new Error(
      'This build of Stride Clinic has a SQLite library without encryption, so it will not open the patient database.',
    );
  }
}

/**
 * Opens (or creates) the encrypted database file. SQLite3MultipleCiphers encrypts every page
 * with its default cipher (ChaCha20-Poly1305); the key must be set before anything else reads
 * the file.
 */
export function openDatabase(file: string, key: Buffer): DatabaseConnection {
  const sqlite = new Database(file);
  try {
    sqlite.pragma(`hexkey='${key.toString('hex')}'`);
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_schema').get();
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new DatabaseKeyError(file);
      throw error;
    }
    assertEncryptingBuild(sqlite);
    sqlite.pragma('journal_mode = WAL');
    // FULL must be set on every connection: a reopened WAL database falls back to NORMAL.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // 64 MB of decrypted pages (the default is 2 MB). A patient with years of visits has them
    // scattered over hundreds of pages; with the small default, opening them again meant
    // reading and decrypting each page again (see the history figures of npm run bench).
    sqlite.pragma('cache_size = -65536');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = drizzle(sqlite, { schema });
  return { sqlite, db, close: () => sqlite.close() };
}
