import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DatabaseConnection } from '../src/main/db/connection';
import { DATABASE_FILE_NAME, openAppDatabase } from '../src/main/db/open-app-database';
import { CLINIC_SCALE, seedClinic, type SeededClinic } from '../src/main/demo-data/seed-clinic';
import { givenKeyProvider } from '../src/main/system/headless/given-key-provider';

/**
 * The clinic-scale database the history benchmarks run on (100,000 patients, 1,000,000 visits,
 * 2,000,000 program versions). Making it takes about twenty minutes and some 19 GB, so it is made
 * once and kept in the user's cache folder (STRIDE_BENCH_CACHE moves it); a change to the
 * generator bumps GENERATION so an old copy is made again. New migrations are applied on open.
 */
const GENERATION = 1;
const NEEDED_FREE_BYTES = 25e9;

function cacheFolder(): string {
  const base = process.env['STRIDE_BENCH_CACHE'] ?? join(homedir(), '.cache', 'stride-clinic');
  return join(base, `bench-clinic-${GENERATION}`);
}

export interface ClinicDatabase {
  connection: DatabaseConnection;
  tally: SeededClinic;
  /** The encrypted file's size on disk, write-ahead log included. */
  bytesOnDisk(): number;
}

export async function openClinicDatabase(): Promise<ClinicDatabase | null> {
  const folder = cacheFolder();
  const marker = join(folder, 'made.json');
  const keyFile = join(folder, 'key.hex');
  const migrationsFolder = resolve(__dirname, '../src/main/db/migrations');
  const made = existsSync(marker);
  if (!made) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const disk = statfsSync(folder);
    const free = disk.bavail * disk.bsize;
    if (free < NEEDED_FREE_BYTES) {
      console.log(
        `# clinic-scale figures skipped: making the database needs about 25 GB free, ${(free / 1e9).toFixed(1)} GB are`,
      );
      return null;
    }
    writeFileSync(keyFile, randomBytes(32).toString('hex'));
  }
  const key = Buffer.from(readFileSync(keyFile, 'utf8'), 'hex');
  const connection = await openAppDatabase({
    dataDirectory: folder,
    keyProvider: givenKeyProvider(key),
    migrationsFolder,
  });
  // A pending migration makes the app copy the whole database first (VACUUM INTO, minutes at
  // this size); the benchmark has no use for that copy, and it is as big as the database.
  rmSync(join(folder, 'backups'), { recursive: true, force: true });
  let tally: SeededClinic;
  if (made) {
    tally = JSON.parse(readFileSync(marker, 'utf8')) as SeededClinic;
  } else {
    console.log(
      `# making the clinic-scale database once (about twenty minutes), kept in ${folder}`,
    );
    const started = performance.now();
    let reported = 0;
    tally = seedClinic(connection, CLINIC_SCALE, 7, (done, total) => {
      if (done - reported >= total / 10 || done === total) {
        reported = done;
        console.log(`#   ${Math.round((100 * done) / total)}% of the visits written`);
      }
    });
    writeFileSync(marker, JSON.stringify(tally));
    console.log(`# made in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  }
  const file = join(folder, DATABASE_FILE_NAME);
  return {
    connection,
    tally,
    bytesOnDisk: () =>
      [file, `${file}-wal`].reduce(
        (sum, path) => sum + (existsSync(path) ? statSync(path).size : 0),
        0,
      ),
  };
}
