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
import { electronSaveDialog } from './system/electron/electron-save-dialog';
import { safeStorageKeyProvider } from './system/electron/safe-storage-key-provider';
import { appPageUrl, createMainWindow, secureSession } from './window';

// Lifecycle and wiring only: everything else lives in its own module.
const files = builtAppFiles(__dirname);
let connection: DatabaseConnection | null = null;

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
  });
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

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  connection?.close();
  connection = null;
});
