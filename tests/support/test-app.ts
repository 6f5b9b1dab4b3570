import type { DatabaseConnection } from '../../src/main/db/connection';
import { createHandlers } from '../../src/main/ipc/handlers';
import { createRouter, type Router } from '../../src/main/ipc/router';
import { inProcessHandoutRenderer } from '../../src/main/pdf/in-process-renderer';
import { createServices, type Services, type SystemPorts } from '../../src/main/services';
import type { Clock } from '../../src/main/services/clock';
import { derivedSecretBox } from '../../src/main/system/headless/derived-secret-box';
import { givenFolderDialog } from '../../src/main/system/headless/folder-dialogs';
import { folderMailApp } from '../../src/main/system/headless/mail-apps';
import { folderSaveDialog } from '../../src/main/system/headless/save-dialogs';
import { FONTS_DIRECTORY } from './handout-samples';
import { afterEach, beforeEach } from 'vitest';
import {
  BACKUP_WORKER_FROM_SOURCES,
  openTestDatabase,
  randomKey,
  temporaryDirectory,
} from './temp-database';
import { unlockAsTestPractitioner } from './test-practitioner';

export interface TestApp {
  connection: DatabaseConnection;
  services: Services;
  /** The real router over the real services, trusting every sender (sender checks have their own tests). */
  router: Router;
}

/**
 * The app's main-process side on an encrypted test database, as the renderer reaches it:
 * unlocked as the test practitioner (test-practitioner.ts) unless asked otherwise.
 */
export async function openTestApp(
  folderPath: string,
  key: Buffer,
  mode: 'desktop' | 'preview' = 'desktop',
  ports: Partial<SystemPorts> = {},
  /**
   * `unlocked: false` leaves the app at its lock screen, as it opens; `clock` gives the
   * services a time the test sets (idle locking).
   */
  options: { unlocked?: boolean; clock?: Clock } = {},
): Promise<TestApp> {
  const connection = await openTestDatabase(folderPath, key);
  // Handouts render in-process; "saved" files, exported records and mail drafts land in the
  // test's own folder.
  const services = createServices(
    connection.db,
    {
      handoutRenderer: inProcessHandoutRenderer(FONTS_DIRECTORY),
      saveDialog: folderSaveDialog(folderPath),
      folderDialog: givenFolderDialog(folderPath),
      secrets: derivedSecretBox(key),
      mailApp: folderMailApp(folderPath),
      // Backups go to <folder>/backups, written by the backup worker run from its sources; a
      // restore waits for the next reopen.
      backups: {
        sqlite: connection.sqlite,
        workerFile: BACKUP_WORKER_FROM_SOURCES,
        dataDirectory: folderPath,
        databaseKey: () => key,
        restartApp: null,
      },
      ...ports,
    },
    options.clock,
  );
  if (options.unlocked ?? true) await unlockAsTestPractitioner(services);
  const router = createRouter(
    createHandlers(services, { version: 'test', dataDirectory: folderPath, mode }),
    { isTrustedSender: () => true, refuse: (method) => services.lock.refusal(method) },
  );
  return { connection, services, router };
}

export interface TestAppForEachTest extends TestApp {
  folder: ReturnType<typeof temporaryDirectory>;
  /**
   * Closes the database and opens the same file again, as a restart of the app does;
   * `whileClosed` runs in between with the key (another process may use the file then).
   */
  reopen(whileClosed?: (key: Buffer) => Promise<void>): Promise<void>;
  /** This test's database key (to open a copy of the database, a backup, with it). */
  databaseKey(): Buffer;
}

/**
 * A fresh app on its own encrypted database for each test of the file, closed and removed
 * after it. Read its fields inside tests: they are replaced before every test.
 */
export function testAppForEachTest(ports: Partial<SystemPorts> = {}): TestAppForEachTest {
  let key = randomKey();
  const app = {
    databaseKey: () => key,
    async reopen(whileClosed) {
      await app.services.outbox.stop();
      await app.services.backups.finishWriting();
      app.connection.close();
      await whileClosed?.(key);
      Object.assign(app, await openTestApp(app.folder.path, key, 'desktop', ports));
    },
  } as TestAppForEachTest;
  beforeEach(async () => {
    app.folder = temporaryDirectory();
    key = randomKey();
    Object.assign(app, await openTestApp(app.folder.path, key, 'desktop', ports));
  });
  afterEach(async () => {
    await app.services.outbox.stop();
    await app.services.backups.finishWriting();
    app.connection.close();
    app.folder.remove();
  });
  return app;
}
