import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * One hash over every row of every table (the search index's tables too) but those left out,
 * to show that a call changed nothing. Tables are read in name order, rows in rowid order
 * where there is one.
 */
export function databaseDigest(sqlite: Database.Database, leaveOut: string[] = []): string {
  const hash = createHash('sha256');
  const tables = sqlite
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string; sql: string | null }[];
  for (const table of tables.filter((table) => !leaveOut.includes(table.name))) {
    const withoutRowid = /WITHOUT\s+ROWID/i.test(table.sql ?? '');
    const order = withoutRowid || table.sql?.startsWith('CREATE VIRTUAL') ? '' : ' ORDER BY rowid';
    hash.update(`${table.name}\n`);
    for (const row of sqlite.prepare(`SELECT * FROM "${table.name}"${order}`).iterate()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}
