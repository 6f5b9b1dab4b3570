import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { createHandlers } from '../../src/main/ipc/handlers';
import { createRouter, type Router } from '../../src/main/ipc/router';
import { createServices, NO_SYSTEM_PORTS } from '../../src/main/services';
import { gatedHandlers, keyHandlers } from '../../src/main/startup/gate-handlers';
import {
  createStartupGate,
  type KeySource,
  type StartupGate,
} from '../../src/main/startup/startup-gate';
import { derivedSecretBox } from '../../src/main/system/headless/derived-secret-box';
import { BACKUP_WORKER_FROM_SOURCES, MIGRATIONS_FOLDER } from './temp-database';

export interface GatedApp {
  gate: StartupGate;
  /** The real router behind the gate, as the window reaches it (every sender trusted). */
  call(method: string, input?: unknown): ReturnType<Router>;
  /** The open database's connection, while it is open. */
  sqlite(): Database.Database;
  close(): Promise<void>;
}

/**
 * The main process as the desktop app and the preview wire it: the start-up gate in front of
 * the router, the services built each time it opens the database. The practitioner lock is
 * left out, so tests here deal with the database key alone.
 */
export async function openGatedApp(dataDirectory: string, keys: KeySource): Promise<GatedApp> {
  let openSqlite: Database.Database | null = null;
  const gate = await createStartupGate({
    dataDirectory,
    migrationsFolder: MIGRATIONS_FOLDER,
    keys,
    logError: (what, error) => console.error(`[test] ${what}`, error),
    openApp(connection, key, openingGate) {
      openSqlite = connection.sqlite;
      const services = createServices(connection.db, {
        ...NO_SYSTEM_PORTS,
        backups: {
          sqlite: connection.sqlite,
          workerFile: BACKUP_WORKER_FROM_SOURCES,
          dataDirectory,
          databaseKey: () => key,
          restartApp: null,
        },
        secrets: derivedSecretBox(key),
      });
      return {
        handlers: createHandlers(
          services,
          { version: 'test', dataDirectory, mode: 'desktop' },
          keyHandlers(openingGate),
        ),
        close: () => services.outbox.stop(),
      };
    },
  });
  const router = createRouter(gatedHandlers(gate), {
    isTrustedSender: () => true,
    // An unexpected failure fails the test with its cause, not only the physio's message.
    logError: (method, error) => console.error(`[test] ${method} failed`, error),
    refuse: (method) => gate.refuse(method),
  });
  return {
    gate,
    call: (method, input = {}) => router({ url: 'test', mainFrame: true }, method, input),
    sqlite() {
      if (!openSqlite || !openSqlite.open) throw new Error('The database is not open.');
      return openSqlite;
    },
    close: () => gate.close(),
  };
}

/** A file's SHA-256, or null when it is not there: "nothing changed" made checkable. */
export function fileDigest(file: string): string | null {
  if (!existsSync(file)) return null;
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
