// `npm start`: builds the app and opens it in Electron. Where the Electron binary could not be
// downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD), says so and points to the browser preview.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const { electronBinary } = createRequire(import.meta.url)('./electron-binary.cjs');

if (!electronBinary()) {
  console.error(
    [
      'The Electron binary is not installed, so the desktop app cannot open here.',
      'It is downloaded by `npm install` unless ELECTRON_SKIP_BINARY_DOWNLOAD=1 was set or the',
      'download was blocked. To get it: set ELECTRON_MIRROR to a reachable mirror and run',
      '`node node_modules/electron/install.js`.',
      '',
      'Meanwhile the same app runs in a browser: npm run preview',
    ].join('\n'),
  );
  process.exit(1);
}

// `electron-vite preview` builds main, preload and renderer, then launches Electron on them.
const app = spawnSync('npx', ['electron-vite', 'preview'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(app.status ?? 1);
