import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * The start-up check of the patient database, read-only so a damaged file is never written
 * to: SQLite's quick_check (the page structure and every record's shape, without the slower
 * index cross-checks of integrity_check). A page that fails to decrypt counts as damage too,
 * because the key itself has been proven by the key envelope before this runs.
 */

export type QuickCheck =
  { ok: true } | { ok: false; problem: 'integrity' | 'unreadable'; details: string };

function errorCode(error: unknown): string {
  return String((error as { code?: unknown } | null)?.code ?? '');
}

function openReadOnly(file: string, key: Buffer): Database.Database {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma(`hexkey='${key.toString('hex')}'`);
  return sqlite;
}

/** A database file that does not exist yet is fine: opening makes it. */
export function quickCheckDatabase(file: string, key: Buffer): QuickCheck {
  if (!existsSync(file)) return { ok: true };
  let sqlite: Database.Database;
  try {
    sqlite = openReadOnly(file, key);
  } catch (error) {
    return { ok: false, problem: 'unreadable', details: String(error) };
  }
  try {
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_schema').get();
    } catch (error) {
      // The first page does not decrypt with a key the envelope vouched for: damaged.
      return { ok: false, problem: 'unreadable', details: `${errorCode(error)} ${String(error)}` };
    }
    const rows = sqlite.pragma('quick_check(20)') as { quick_check: string }[];
    if (rows.length === 1 && rows[0]?.quick_check === 'ok') return { ok: true };
    return {
      ok: false,
      problem: 'integrity',
      details: rows.map((row) => row.quick_check).join('\n'),
    };
  } catch (error) {
    return { ok: false, problem: 'integrity', details: `${errorCode(error)} ${String(error)}` };
  } finally {
    sqlite.close();
  }
}

/** Whether a key opens the database file (reads only its first page). */
export function keyOpensDatabase(file: string, key: Buffer): boolean {
  try {
    const sqlite = openReadOnly(file, key);
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_schema').get();
      return true;
    } finally {
      sqlite.close();
    }
  } catch {
    return false;
  }
}
