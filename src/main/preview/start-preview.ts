import { randomBytes } from 'node:crypto';
import { openAppDatabase } from '../db/open-app-database';
import { createHandlers } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import { isAppPageUrl } from '../security-policy';
import { createServices } from '../services';
import type { HandoutRenderer } from '../pdf/handout-renderer';
import { derivedSecretBox } from '../system/headless/derived-secret-box';
import { downloadFolderDialog } from '../system/headless/folder-dialogs';
import { downloadMailApp } from '../system/headless/mail-apps';
import { downloadSaveDialog } from '../system/headless/save-dialogs';
import { givenKeyProvider } from '../system/headless/given-key-provider';
import { startPreviewServer } from './server';

export interface PreviewOptions {
  dataDirectory: string;
  key: Buffer;
  rendererDirectory: string;
  migrationsFolder: string;
  /** Renders handouts; the preview CLI runs the built worker thread, as the desktop app does. */
  handoutRenderer: HandoutRenderer;
  port?: number;
  version?: string;
}

/** Opens the database and serves the app: the same services and router as the desktop app. */
export async function startPreview(options: PreviewOptions) {
  const connection = await openAppDatabase({
    dataDirectory: options.dataDirectory,
    keyProvider: givenKeyProvider(options.key),
    migrationsFolder: options.migrationsFolder,
  });
  let origin = '';
  const services = createServices(connection.db, {
    handoutRenderer: options.handoutRenderer,
    saveDialog: downloadSaveDialog,
    folderDialog: downloadFolderDialog,
    secrets: derivedSecretBox(options.key),
    mailApp: downloadMailApp,
  });
  const router = createRouter(
    createHandlers(services, {
      version: options.version ?? '0.0.0',
      dataDirectory: options.dataDirectory,
      mode: 'preview',
    }),
    {
      isTrustedSender: (sender) => origin !== '' && isAppPageUrl(sender.url, origin),
      logError: (method, error) => console.error(`[preview] ${method} failed`, error),
    },
  );
  try {
    const server = await startPreviewServer({
      router,
      rendererDirectory: options.rendererDirectory,
      token: randomBytes(24).toString('base64url'),
      port: options.port,
    });
    origin = server.origin;
    services.outbox.start();
    return {
      url: server.url,
      origin: server.origin,
      async close() {
        await server.close();
        await services.outbox.stop();
        await options.handoutRenderer.close();
        connection.close();
      },
    };
  } catch (error) {
    connection.close();
    throw error;
  }
}
