// `npm start`: builds the app and opens it in Electron. Where the Electron binary could not be
// downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD), says so and points to the browser preview.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const packageDirectory = dirname(require.resolve('electron/package.json'));
    const pathFile = join(packageDirectory, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

if (!electronBinary()) {
  console.error(
    [
      'The Electron binary is not installed, so the desktop app cannot open here.',
      'It is downloaded by `npm install` unless ELECTRON_SKIP_BINARY_DOWNLOAD=1 was set or the',
      'download was blocked. To get it: set ELECTRON_MIRROR to a reachable mirror and run',
      '`npm rebuild electron` (or `node node_modules/electron/install.js`).',
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
