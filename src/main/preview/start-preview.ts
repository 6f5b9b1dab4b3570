import { randomBytes } from 'node:crypto';
import type { DatabaseConnection } from '../db/connection';
import { createHandlers } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import { isAppPageUrl } from '../security-policy';
import { createServices } from '../services';
import type { HandoutRenderer } from '../pdf/handout-renderer';
import { keyHandlers, gatedHandlers } from '../startup/gate-handlers';
import { createStartupGate, type OpenedApp, type StartupGate } from '../startup/startup-gate';
import { derivedSecretBox } from '../system/headless/derived-secret-box';
import { downloadFolderDialog } from '../system/headless/folder-dialogs';
import { downloadMailApp } from '../system/headless/mail-apps';
import { downloadSaveDialog } from '../system/headless/save-dialogs';
import { keyStoreSecretBox } from '../system/key-store-secret-box';
import type { OsKeyStore } from '../system/ports';
import { runningApp } from '../startup/running-app';
import { startPreviewServer } from './server';

export interface PreviewOptions {
  dataDirectory: string;
  /**
   * The demo key (opens straight into the app), or a key store for the real key lifecycle:
   * first-run setup, recovery key, passphrase when the store is 'none'.
   */
  keys: { kind: 'demo'; key: Buffer } | { kind: 'lifecycle'; keyStore: OsKeyStore };
  rendererDirectory: string;
  migrationsFolder: string;
  /** Renders handouts; the preview CLI runs the built worker thread, as the desktop app does. */
  handoutRenderer: HandoutRenderer;
  /** The built backup worker (the CLI passes it); without one, backups copy on this thread. */
  backupWorkerFile?: string;
  port?: number;
  version?: string;
}

/**
 * Serves the app behind the start-up gate, with the same services and router as the desktop
 * app; the services are built each time the gate opens the database.
 */
export async function startPreview(options: PreviewOptions) {
  let origin = '';
  const info = {
    version: options.version ?? '0.0.0',
    dataDirectory: options.dataDirectory,
    mode: 'preview' as const,
  };
  const { keys } = options;
  function openApp(connection: DatabaseConnection, key: Buffer, gate: StartupGate): OpenedApp {
    const services = createServices(connection.db, {
      handoutRenderer: options.handoutRenderer,
      saveDialog: downloadSaveDialog,
      folderDialog: downloadFolderDialog,
      // With a key store the mail password is kept as the desktop keeps it; the demo key
      // derives a box of its own.
      secrets: keys.kind === 'lifecycle' ? keyStoreSecretBox(keys.keyStore) : derivedSecretBox(key),
      mailApp: downloadMailApp,
      // The preview cannot restart itself: a restore waits for its next start.
      backups: {
        sqlite: connection.sqlite,
        workerFile: options.backupWorkerFile ?? null,
        dataDirectory: options.dataDirectory,
        databaseKey: () => key,
        restartApp: null,
      },
    });
    return runningApp(services, createHandlers(services, info, keyHandlers(gate)));
  }
  const gate = await createStartupGate({
    dataDirectory: options.dataDirectory,
    migrationsFolder: options.migrationsFolder,
    keys:
      keys.kind === 'demo'
        ? { kind: 'given', key: keys.key }
        : { kind: 'vault', keyStore: keys.keyStore },
    openApp,
    logError: (what, error) => console.error(`[preview] ${what} failed`, error),
  });
  const router = createRouter(gatedHandlers(gate), {
    isTrustedSender: (sender) => origin !== '' && isAppPageUrl(sender.url, origin),
    logError: (method, error) => console.error(`[preview] ${method} failed`, error),
    refuse: (method) => gate.refuse(method),
  });
  try {
    const server = await startPreviewServer({
      router,
      rendererDirectory: options.rendererDirectory,
      token: randomBytes(24).toString('base64url'),
      port: options.port,
    });
    origin = server.origin;
    return {
      url: server.url,
      origin: server.origin,
      async close() {
        await server.close();
        await gate.close();
        await options.handoutRenderer.close();
      },
    };
  } catch (error) {
    await gate.close();
    throw error;
  }
}
