import { existsSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { copyAndSync, renameDurably, syncFile } from '../backups/durable-files';
import { keyOpensDatabase, quickCheckDatabase } from '../db/quick-check';
import { envelopeFile, removeEnvelope, writeEnvelope, type KeyEnvelope } from './key-envelope';

/**
 * Changes the key of the closed database file without ever leaving it unopenable. The rekey
 * (SQLite3MultipleCiphers' `PRAGMA hexrekey`) runs on a copy; the copy must open with the new
 * key and pass quick_check before anything is replaced. Then the new key's envelope is written
 * beside the current one, the copy takes the database's name, and the new envelope takes the
 * current one's: each a durable rename. A stop between the two renames leaves both envelopes,
 * and settleKeyChange finishes the job on the next open. Before the first rename nothing the
 * app opens has changed, so any failure leaves the old key in charge.
 */

const companions = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

function removeWithCompanions(file: string): void {
  for (const path of [file, ...companions(file)]) rmSync(path, { force: true });
}

/** Rekeys a copy in a rollback journal (a fresh salt for the new key), then back to WAL. */
function rekeyCopy(copy: string, currentKey: Buffer, newKey: Buffer): void {
  const sqlite = new Database(copy, { fileMustExist: true });
  try {
    sqlite.pragma(`hexkey='${currentKey.toString('hex')}'`);
    sqlite.prepare('SELECT count(*) FROM sqlite_schema').get();
    sqlite.pragma('journal_mode = DELETE');
    sqlite.pragma(`hexrekey='${newKey.toString('hex')}'`);
    sqlite.pragma('journal_mode = WAL');
  } finally {
    sqlite.close();
  }
}

export interface RekeyFileOptions {
  databaseFile: string;
  dataDirectory: string;
  currentKey: Buffer;
  newKey: Buffer;
  /** The new key's envelope, sealed already. */
  newEnvelope: KeyEnvelope;
}

export function rekeyDatabaseFile(options: RekeyFileOptions): void {
  const { databaseFile, currentKey, newKey } = options;
  const wal = `${databaseFile}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    // Writes still waiting in the WAL would be lost by copying the main file alone.
    throw new Error(
      'The database still has unsaved changes in its journal; close it cleanly first.',
    );
  }
  const copy = `${databaseFile}.rekey`;
  removeWithCompanions(copy);
  const next = envelopeFile(options.dataDirectory, 'next');
  try {
    copyAndSync(databaseFile, copy);
    rekeyCopy(copy, currentKey, newKey);
    const check = quickCheckDatabase(copy, newKey);
    if (!check.ok) throw new Error(`The rekeyed copy did not pass its check: ${check.details}`);
    if (keyOpensDatabase(copy, currentKey))
      throw new Error('The copy still opens with the old key.');
    // The checks read it in WAL mode and leave an empty journal beside it; it must not follow.
    for (const path of companions(copy)) rmSync(path, { force: true });
    syncFile(copy);
    writeEnvelope(next, options.newEnvelope);
  } catch (error) {
    removeWithCompanions(copy);
    removeEnvelope(next);
    throw error;
  }
  // From here on, settleKeyChange can finish whatever a stop interrupts.
  for (const path of companions(databaseFile)) rmSync(path, { force: true });
  renameDurably(copy, databaseFile);
  renameDurably(next, envelopeFile(options.dataDirectory, 'current'));
}
