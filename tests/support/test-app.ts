import type { DatabaseConnection } from '../../src/main/db/connection';
import { createHandlers } from '../../src/main/ipc/handlers';
import { createRouter, type Router } from '../../src/main/ipc/router';
import { inProcessHandoutRenderer } from '../../src/main/pdf/in-process-renderer';
import { createServices, type Services } from '../../src/main/services';
import { folderSaveDialog } from '../../src/main/system/headless/save-dialogs';
import { FONTS_DIRECTORY } from './handout-samples';
import { afterEach, beforeEach } from 'vitest';
import { openTestDatabase, randomKey, temporaryDirectory } from './temp-database';

export interface TestApp {
  connection: DatabaseConnection;
  services: Services;
  /** The real router over the real services, trusting every sender (sender checks have their own tests). */
  router: Router;
}

/** The app's main-process side on an encrypted test database, as the renderer reaches it. */
export async function openTestApp(
  folderPath: string,
  key: Buffer,
  mode: 'desktop' | 'preview' = 'desktop',
): Promise<TestApp> {
  const connection = await openTestDatabase(folderPath, key);
  // Handouts render in-process and "saved" files land in the test's own folder.
  const services = createServices(connection.db, {
    handoutRenderer: inProcessHandoutRenderer(FONTS_DIRECTORY),
    saveDialog: folderSaveDialog(folderPath),
  });
  const router = createRouter(
    createHandlers(services, { version: 'test', dataDirectory: folderPath, mode }),
    { isTrustedSender: () => true },
  );
  return { connection, services, router };
}

export interface TestAppForEachTest extends TestApp {
  folder: ReturnType<typeof temporaryDirectory>;
  /** Closes the database and opens the same file again, as a restart of the app does. */
  reopen(): Promise<void>;
}

/**
 * A fresh app on its own encrypted database for each test of the file, closed and removed
 * after it. Read its fields inside tests: they are replaced before every test.
 */
export function testAppForEachTest(): TestAppForEachTest {
  let key = randomKey();
  const app = {
    async reopen() {
      app.connection.close();
      Object.assign(app, await openTestApp(app.folder.path, key));
    },
  } as TestAppForEachTest;
  beforeEach(async () => {
    app.folder = temporaryDirectory();
    key = randomKey();
    Object.assign(app, await openTestApp(app.folder.path, key));
  });
  afterEach(() => {
    app.connection.close();
    app.folder.remove();
  });
  return app;
}
