import { join } from 'node:path';

/**
 * Where the built app finds its parts, relative to the bundled main script (out/main). A test
 * checks every one of these exists after `electron-vite build`.
 */
export function builtAppFiles(mainDirectory: string) {
  return {
    preload: join(mainDirectory, '../preload/index.js'),
    rendererIndex: join(mainDirectory, '../renderer/index.html'),
    rendererDirectory: join(mainDirectory, '../renderer'),
    migrations: join(mainDirectory, 'migrations'),
    /** The handout PDF renderer's worker thread (its own entry in the build). */
    handoutWorker: join(mainDirectory, 'handout-worker.js'),
    /** The worker thread that writes backups while main goes on answering the window. */
    backupWorker: join(mainDirectory, 'backup-worker.js'),
    /** Shipped fonts; resources/ sits beside out/ in the app folder. */
    fonts: join(mainDirectory, '../../resources/fonts'),
  };
}
