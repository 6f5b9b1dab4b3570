import { app, BrowserWindow, dialog } from 'electron';
import { builtAppFiles } from './app-files';
import type { DatabaseConnection } from './db/connection';
import { openAppDatabase } from './db/open-app-database';
import { listenForRendererCalls } from './ipc/electron-ipc';
import { createHandlers } from './ipc/handlers';
import { createRouter } from './ipc/router';
import { isTrustedAppSender } from './security-policy';
import { createServices } from './services';
import { workerHandoutRenderer } from './pdf/worker-renderer';
import { electronFolderDialog } from './system/electron/electron-folder-dialog';
import { electronMailApp } from './system/electron/electron-mail-app';
import { electronSaveDialog } from './system/electron/electron-save-dialog';
import { safeStorageSecretBox } from './system/electron/safe-storage-secret-box';
import { safeStorageKeyProvider } from './system/electron/safe-storage-key-provider';
import { appPageUrl, createMainWindow, secureSession } from './window';

// Lifecycle and wiring only: everything else lives in its own module.
const files = builtAppFiles(__dirname);
let connection: DatabaseConnection | null = null;
/** The longest a quit waits for an email being sent. */
const QUIT_WAIT_MS = 10_000;

app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // One app per database: a second launch hands over to the first window.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const dataDirectory = process.env['STRIDE_DATA_DIR'] ?? app.getPath('userData');
  try {
    connection = await openAppDatabase({
      dataDirectory,
      keyProvider: safeStorageKeyProvider(dataDirectory),
      migrationsFolder: files.migrations,
    });
  } catch (error) {
    dialog.showErrorBox(
      'Stride Clinic cannot open its patient database',
      error instanceof Error ? error.message : String(error),
    );
    app.quit();
    return;
  }

  const pageUrl = appPageUrl(files);
  const handoutRenderer = workerHandoutRenderer(files.handoutWorker, files.fonts);
  handoutRenderer.start();
  app.on('will-quit', () => void handoutRenderer.close());
  const services = createServices(connection.db, {
    handoutRenderer,
    saveDialog: electronSaveDialog,
    folderDialog: electronFolderDialog,
    secrets: safeStorageSecretBox,
    mailApp: electronMailApp,
  });
  // Emails waiting from before (offline, or the app was closed) go as soon as they can.
  services.outbox.start();
  finishSendingBeforeQuit(services.outbox);
  const router = createRouter(
    createHandlers(services, { version: app.getVersion(), dataDirectory, mode: 'desktop' }),
    {
      isTrustedSender: (sender) => isTrustedAppSender(sender, pageUrl),
      logError: (method, error) => console.error(`[ipc] ${method} failed`, error),
    },
  );
  listenForRendererCalls(router);
  secureSession(pageUrl);
  createMainWindow(files, pageUrl);
}

/**
 * Quitting waits (a little) for an email that is with the mail server, so that it is marked
 * sent rather than left "may have been sent" for the next start.
 */
function finishSendingBeforeQuit(outbox: { stop(): Promise<void> }): void {
  let stopping = false;
  app.on('before-quit', (event) => {
    if (stopping) return;
    stopping = true;
    event.preventDefault();
    const longest = new Promise((resolve) => setTimeout(resolve, QUIT_WAIT_MS));
    void Promise.race([outbox.stop(), longest]).finally(() => app.quit());
  });
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  connection?.close();
  connection = null;
});
