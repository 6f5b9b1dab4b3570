// `npm run bench` (started by start.cjs): prints each figure as
// `<name>: median <x> <unit>, p95 <y> <unit>`. It works on a real encrypted database file in a
// temporary folder, removed afterwards. The handout figures use the built worker thread (the
// script builds first) and the system's Chromium.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openAppDatabase } from '../src/main/db/open-app-database';
import { givenKeyProvider } from '../src/main/system/headless/given-key-provider';
import { benchHandout } from './handout';
import { benchPatientHistory } from './patient-history';
import { benchPatientSearch } from './patient-search';

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'stride-bench-'));
  try {
    const connection = await openAppDatabase({
      dataDirectory: folder,
      keyProvider: givenKeyProvider(randomBytes(32)),
      migrationsFolder: resolve(__dirname, '../src/main/db/migrations'),
    });
    benchPatientSearch(connection);
    benchPatientHistory(connection);
    connection.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await benchHandout();
}

void main();
