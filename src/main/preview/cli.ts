import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtAppFiles } from '../app-files';
import { workerHandoutRenderer } from '../pdf/worker-renderer';
import { previewKey } from './preview-key';
import { startPreview } from './start-preview';

/**
 * `npm run preview`: the app in any browser, for machines without the Electron binary and for
 * the end-to-end tests. Options: --data-dir <folder> (default .preview-data), --port <n>.
 * The database key: see previewKey.
 */
const USAGE = 'Usage: npm run preview -- [--data-dir <folder>] [--port <number>]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: '.preview-data' },
      port: { type: 'string', default: '0' },
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
  const dataDirectory = resolve(values['data-dir']);
  const files = builtAppFiles(__dirname);
  const handoutRenderer = workerHandoutRenderer(files.handoutWorker, files.fonts);
  handoutRenderer.start();
  const preview = await startPreview({
    dataDirectory,
    key: previewKey(dataDirectory),
    rendererDirectory: files.rendererDirectory,
    migrationsFolder: files.migrations,
    handoutRenderer,
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
