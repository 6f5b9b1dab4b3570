// `npm run bench` (started by start.cjs): prints each figure as
// `<name>: median <x> <unit>, p95 <y> <unit>`. Search and history run on the clinic-scale
// database (made once, then kept: see clinic-database.ts); the handout figures use the built
// worker thread (the script builds first) and the system's Chromium.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openAppDatabase } from '../src/main/db/open-app-database';
import { seedPatients } from '../src/main/demo-data/seed-patients';
import { givenKeyProvider } from '../src/main/system/headless/given-key-provider';
import { openClinicDatabase } from './clinic-database';
import { benchHandout } from './handout';
import { benchPatientHistory } from './patient-history';
import { benchPatientSearch } from './patient-search';

/** False when there is no room to make the clinic-scale file. */
async function clinicScale(): Promise<boolean> {
  const clinic = await openClinicDatabase();
  if (!clinic) return false;
  try {
    const { tally } = clinic;
    console.log(
      `clinic-scale database on disk: ${(clinic.bytesOnDisk() / 1e9).toFixed(2)} GB ` +
        `(${tally.patients.toLocaleString('en')} patients, ${tally.visits.toLocaleString('en')} visits, ` +
        `${tally.signedVersions.toLocaleString('en')} signed versions, ${tally.programs.toLocaleString('en')} programs, ` +
        `${tally.programVersions.toLocaleString('en')} program versions, ${tally.handoutExports.toLocaleString('en')} handout records)`,
    );
    benchPatientSearch(clinic.connection);
    benchPatientHistory(clinic.connection);
  } finally {
    clinic.connection.close();
  }
  return true;
}

/** Without room for the clinic-scale file, search still runs on 100,000 patients alone. */
async function patientsOnly(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'stride-bench-'));
  try {
    const connection = await openAppDatabase({
      dataDirectory: folder,
      keyProvider: givenKeyProvider(randomBytes(32)),
      migrationsFolder: resolve(__dirname, '../src/main/db/migrations'),
    });
    seedPatients(connection, 100_000, 7);
    benchPatientSearch(connection);
    connection.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // The handout runs first: after the clinic-scale phase the process holds a large heap whose
  // collections showed up in the render times.
  await benchHandout();
  if (!(await clinicScale())) await patientsOnly();
}

void main();
