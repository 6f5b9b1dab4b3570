import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyStagedRestore } from '../backups/restore';
import type { KeyProvider } from '../system/ports';
import { openDatabase, type DatabaseConnection } from './connection';
import { fillVisitMeasures } from './fill-visit-measures';
import { applyMigrations } from './migrate';

export const DATABASE_FILE_NAME = 'stride-clinic.db';

export interface AppDatabaseOptions {
  dataDirectory: string;
  keyProvider: KeyProvider;
  migrationsFolder: string;
}

/** The one way the app, the preview and the tests open the patient database. */
export async function openAppDatabase(options: AppDatabaseOptions): Promise<DatabaseConnection> {
  mkdirSync(options.dataDirectory, { recursive: true });
  const key = await options.keyProvider.databaseKey();
  // A restore the physio chose (checked when it was staged) replaces the file before it opens.
  applyStagedRestore(options.dataDirectory);
  const connection = openDatabase(join(options.dataDirectory, DATABASE_FILE_NAME), key);
  try {
    await applyMigrations(connection.sqlite, connection.db, {
      migrationsFolder: options.migrationsFolder,
      dataDirectory: options.dataDirectory,
    });
    fillVisitMeasures(connection.sqlite, connection.db);
  } catch (error) {
    connection.close();
    throw error;
  }
  return connection;
}
