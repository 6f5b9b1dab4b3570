import type { DatabaseConnection } from '../../src/main/db/connection';
import { createHandlers } from '../../src/main/ipc/handlers';
import { createRouter, type Router } from '../../src/main/ipc/router';
import { inProcessHandoutRenderer } from '../../src/main/pdf/in-process-renderer';
import { createServices, type Services } from '../../src/main/services';
import { folderSaveDialog } from '../../src/main/system/headless/save-dialogs';
import { FONTS_DIRECTORY } from './handout-samples';
import { openTestDatabase } from './temp-database';

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
