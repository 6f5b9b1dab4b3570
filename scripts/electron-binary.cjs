// Finds the Electron binary without triggering the electron package's download-on-first-use
// (which reaches for the network). Returns null where it was never downloaded, as happens
// with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or a blocked download.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

function electronBinary() {
  let packageDirectory;
  try {
    packageDirectory = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDirectory, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDirectory = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDirectory, 'dist');
  const binary = join(distDirectory, relative);
  return existsSync(binary) ? binary : null;
}

module.exports = { electronBinary };
