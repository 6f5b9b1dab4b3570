import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openAppDatabase } from '../../src/main/db/open-app-database';
import { givenKeyProvider } from '../../src/main/system/headless/given-key-provider';

export const MIGRATIONS_FOLDER = resolve(__dirname, '../../src/main/db/migrations');
/** The backup worker thread run from its TypeScript sources (the app runs the built one). */
export const BACKUP_WORKER_FROM_SOURCES = resolve(__dirname, 'backup-worker-child.cjs');

/** A fresh folder for one test's database files; removed by the returned cleanup. */
export function temporaryDirectory(prefix = 'stride-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function randomKey(): Buffer {
  return randomBytes(32);
}

/** Opens the real encrypted database in a folder, exactly as the app does. */
export function openTestDatabase(
  dataDirectory: string,
  key: Buffer,
  migrationsFolder = MIGRATIONS_FOLDER,
) {
  return openAppDatabase({ dataDirectory, keyProvider: givenKeyProvider(key), migrationsFolder });
}
