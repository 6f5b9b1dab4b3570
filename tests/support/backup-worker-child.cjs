// The backup worker thread from its TypeScript sources, for the tests: the app itself runs
// the one electron-vite builds (out/main/backup-worker.js).
require('tsx/cjs/api').register();
require('../../src/main/backups/backup-worker.ts');
