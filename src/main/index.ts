import { app, BrowserWindow, dialog } from 'electron';
import { builtAppFiles } from './app-files';
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
import { legacyWrappedKey } from './system/electron/legacy-wrapped-key';
import { safeStorageOsKeyStore } from './system/electron/safe-storage-os-key-store';
import { gatedHandlers, keyHandlers } from './startup/gate-handlers';
import { runningApp } from './startup/running-app';
import { createStartupGate, type StartupGate } from './startup/startup-gate';
import { appPageUrl, createMainWindow, registerAppScheme, secureSession } from './window';

// Lifecycle and wiring only: everything else lives in its own module.
const files = builtAppFiles(__dirname);
let gate: StartupGate | null = null;
/** The longest a quit waits for an email being sent. */
const QUIT_WAIT_MS = 10_000;

app.enableSandbox();
registerAppScheme();

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
  const pageUrl = appPageUrl();
  const handoutRenderer = workerHandoutRenderer(files.handoutWorker, files.fonts);
  handoutRenderer.start();
  app.on('will-quit', () => void handoutRenderer.close());
  const info = { version: app.getVersion(), dataDirectory, mode: 'desktop' as const };
  try {
    // The window opens whatever the database's state: the gate's screens ask for what is needed.
    gate = await createStartupGate({
      dataDirectory,
      migrationsFolder: files.migrations,
      keys: {
        kind: 'vault',
        keyStore: safeStorageOsKeyStore,
        legacyKey: () => legacyWrappedKey(dataDirectory),
      },
      openApp: (connection, databaseKey, openingGate) => {
        const services = createServices(connection.db, {
          handoutRenderer,
          saveDialog: electronSaveDialog,
          folderDialog: electronFolderDialog,
          secrets: safeStorageSecretBox,
          mailApp: electronMailApp,
          backups: {
            sqlite: connection.sqlite,
            workerFile: files.backupWorker,
            dataDirectory,
            databaseKey: () => databaseKey,
            // The restored database is put in place as the app starts again (the gate).
            restartApp: () => {
              app.relaunch();
              app.quit();
            },
          },
        });
        return runningApp(services, createHandlers(services, info, keyHandlers(openingGate)));
      },
      logError: (what, error) => console.error(`[startup] ${what} failed`, error),
    });
  } catch (error) {
    dialog.showErrorBox(
      'Stride Clinic cannot open its patient database',
      error instanceof Error ? error.message : String(error),
    );
    app.quit();
    return;
  }
  const openGate = gate;
  finishSendingBeforeQuit(openGate);
  const router = createRouter(gatedHandlers(openGate), {
    isTrustedSender: (sender) => isTrustedAppSender(sender, pageUrl),
    logError: (method, error) => console.error(`[ipc] ${method} failed`, error),
    refuse: (method) => openGate.refuse(method),
  });
  listenForRendererCalls(router);
  secureSession(pageUrl, files);
  createMainWindow(files, pageUrl);
}

/**
 * Quitting waits (a little) for an email that is with the mail server, so that it is marked
 * sent rather than left "may have been sent" for the next start; then the database closes.
 */
function finishSendingBeforeQuit(openGate: StartupGate): void {
  let stopping = false;
  app.on('before-quit', (event) => {
    if (stopping) return;
    stopping = true;
    event.preventDefault();
    const longest = new Promise((resolve) => setTimeout(resolve, QUIT_WAIT_MS));
    void Promise.race([openGate.close(), longest]).finally(() => app.quit());
  });
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  // Normally closed already (before-quit); this covers a quit that skipped it.
  void gate?.close();
  gate = null;
});
