import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtAppFiles } from '../app-files';
import { workerHandoutRenderer } from '../pdf/worker-renderer';
import { standInOsKeyStore } from '../system/headless/stand-in-os-key-store';
import { previewKey } from './preview-key';
import { startPreview } from './start-preview';

/**
 * `npm run preview`: the app in any browser, for machines without the Electron binary and for
 * the end-to-end tests. Options: --data-dir <folder> (default .preview-data), --port <n>, and
 * --key-store, which says how the database key is kept:
 *   demo      (the default) the demo key beside the data (see previewKey): straight into the app;
 *   stand-in  the real key lifecycle (first-run setup, recovery key), with a stand-in for the
 *             computer's key store kept in the data folder (delete it to play a keychain reset);
 *   none      the real lifecycle on a computer without a key store: a clinic passphrase.
 */
const USAGE =
  'Usage: npm run preview -- [--data-dir <folder>] [--port <number>] [--key-store demo|stand-in|none]';
const KEY_STORE_CHOICES = ['demo', 'stand-in', 'none'];
/** The stand-in key store's own key, in the data folder (the preview holds demo data only). */
const STAND_IN_KEY_STORE_FILE = 'stand-in-key-store.key';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: '.preview-data' },
      port: { type: 'string', default: '0' },
      'key-store': { type: 'string', default: 'demo' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535. ${USAGE}`);
  }
  const keyStore = values['key-store'];
  if (!KEY_STORE_CHOICES.includes(keyStore)) {
    throw new Error(`--key-store must be one of ${KEY_STORE_CHOICES.join(', ')}. ${USAGE}`);
  }
  const dataDirectory = resolve(values['data-dir']);
  const files = builtAppFiles(__dirname);
  const handoutRenderer = workerHandoutRenderer(files.handoutWorker, files.fonts);
  handoutRenderer.start();
  const preview = await startPreview({
    dataDirectory,
    keys:
      keyStore === 'demo'
        ? { kind: 'demo', key: previewKey(dataDirectory) }
        : {
            kind: 'lifecycle',
            keyStore: standInOsKeyStore(
              join(dataDirectory, STAND_IN_KEY_STORE_FILE),
              keyStore === 'none' ? 'none' : 'secure',
            ),
          },
    rendererDirectory: files.rendererDirectory,
    migrationsFolder: files.migrations,
    handoutRenderer,
    backupWorkerFile: files.backupWorker,
    port,
    version: process.env['npm_package_version'],
  });
  console.log(`Stride Clinic preview (data in ${dataDirectory})`);
  console.log(`Open: ${preview.url}`);
  console.log('Listening on 127.0.0.1 only. Press Ctrl+C to stop.');
  const stop = () => void preview.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `Stride Clinic preview could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
