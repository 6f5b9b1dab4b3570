// Packaging the desktop app with electron-builder (26 or newer, for `electronFuses`):
//   npm run build && npx electron-builder --config electron-builder.config.cjs
// Nothing is packaged in CI; tests/unit/electron-fuses.test.ts checks the fuse list below.

/**
 * Fuses are switches inside the Electron binary, flipped once when packaging (before code
 * signing, so the OS refuses a binary where someone flipped them back). Each one below closes
 * a way to run the clinic computer's copy of the app as something else.
 */
const electronFuses = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that can read the patient
  // database's wrapped key. The app never forks itself (the PDF worker is a worker thread).
  runAsNode: false,
  // Chromium's cookie store encrypted with the OS key store. The app keeps no cookies; this
  // only matters if it ever does, and it cannot be turned off again later.
  enableCookieEncryption: true,
  // NODE_OPTIONS and --inspect would let anyone at the computer load code into the main
  // process, which holds the open database.
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // The app's code only from app.asar, checked against the hash embedded at packaging time
  // (macOS, and Windows since Electron 30): edited files next to it are not run.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // The app ships no browser-process V8 snapshot of its own: keep Electron's default.
  loadBrowserProcessSpecificV8Snapshot: false,
  // The window loads the renderer from the app's own stride:// scheme (src/main/app-pages.ts),
  // so file:// pages need none of the powers Electron gives them by default.
  grantFileProtocolExtraPrivileges: false,
};

module.exports = {
  appId: 'org.strideclinic.desktop',
  productName: 'Stride Clinic',
  directories: { output: 'dist' },
  // The built app (main, preload, renderer, migrations) and the handout fonts, in app.asar.
  // The SQLite driver's native binary is unpacked beside it by electron-builder.
  files: ['out/**', 'resources/**', 'package.json'],
  asar: true,
  electronFuses,
};
