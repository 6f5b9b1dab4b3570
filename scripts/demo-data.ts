// `npm run demo-data -- [--data-dir .preview-data] [--count 200]`: fills a preview data folder
// with made-up runners, so the app can be shown without real patients.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openAppDatabase } from '../src/main/db/open-app-database';
import { seedPatients } from '../src/main/demo-data/seed-patients';
import { previewKey } from '../src/main/preview/preview-key';
import { givenKeyProvider } from '../src/main/system/headless/given-key-provider';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: '.preview-data' },
    count: { type: 'string', default: '200' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
  console.error('--count must be a whole number from 1 to 1,000,000.');
  process.exit(1);
}

async function main(): Promise<void> {
  const dataDirectory = resolve(values['data-dir']);
  const connection = await openAppDatabase({
    dataDirectory,
    keyProvider: givenKeyProvider(previewKey(dataDirectory)),
    migrationsFolder: resolve(__dirname, '../src/main/db/migrations'),
  });
  seedPatients(connection, count, Number(values.seed));
  connection.close();
  console.log(
    `Added ${count} made-up patients to ${dataDirectory}. Open them with: npm run preview`,
  );
}

void main();
