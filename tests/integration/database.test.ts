import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseKeyError } from '../../src/main/db/connection';
import { DATABASE_FILE_NAME } from '../../src/main/db/open-app-database';
import { createServices, NO_SYSTEM_PORTS } from '../../src/main/services';
import { samplePatient } from '../support/sample-patients';
import {
  MIGRATIONS_FOLDER,
  openTestDatabase,
  randomKey,
  temporaryDirectory,
} from '../support/temp-database';

let folder: ReturnType<typeof temporaryDirectory>;
beforeEach(() => {
  folder = temporaryDirectory();
});
afterEach(() => folder.remove());

/** Every byte SQLite may have written for the database: main file, WAL and shared memory. */
function filesOnDisk(): Buffer {
  return Buffer.concat(
    readdirSync(folder.path)
      .filter((name) => name.startsWith(DATABASE_FILE_NAME))
      .map((name) => readFileSync(join(folder.path, name))),
  );
}

describe('the encrypted patient database', () => {
  it('reads back a patient written through the service after closing and reopening the file', async () => {
    const key = randomKey();
    const first = await openTestDatabase(folder.path, key);
    const created = createServices(first.db, NO_SYSTEM_PORTS).patients.create(samplePatient());
    first.close();

    const second = await openTestDatabase(folder.path, key);
    const services = createServices(second.db, NO_SYSTEM_PORTS);
    expect(services.patients.get(created.id)).toEqual(created);
    expect(
      services.patients.search({ query: 'nova', limit: 10 }).patients.map((p) => p.id),
    ).toEqual([created.id]);
    second.close();
  });

  it('leaves no readable patient data in the files on disk', async () => {
    const connection = await openTestDatabase(folder.path, randomKey());
    createServices(connection.db, NO_SYSTEM_PORTS).patients.create(
      samplePatient({ lastName: 'Quixotically', email: 'unmistakable.marker@example.com' }),
    );
    // Before closing: the write is still in the WAL file, which must be encrypted too.
    const whileOpen = filesOnDisk();
    connection.close();
    const afterClose = filesOnDisk();
    for (const bytes of [whileOpen, afterClose]) {
      expect(bytes.length).toBeGreaterThan(4096);
      for (const secret of [
        'Quixotically',
        'unmistakable.marker',
        'Lateral hip pain',
        'SQLite format 3',
      ]) {
        expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
      }
    }
  });

  it('refuses a wrong key with a clear error and changes nothing', async () => {
    const key = randomKey();
    const connection = await openTestDatabase(folder.path, key);
    createServices(connection.db, NO_SYSTEM_PORTS).patients.create(samplePatient());
    connection.close();
    const before = filesOnDisk();

    await expect(openTestDatabase(folder.path, randomKey())).rejects.toThrow(DatabaseKeyError);
    await expect(openTestDatabase(folder.path, randomKey())).rejects.toThrow(
      /could not be opened with this computer's key/,
    );
    expect(filesOnDisk().equals(before)).toBe(true);
  });

  it('sets the safety pragmas on every connection', async () => {
    const connection = await openTestDatabase(folder.path, randomKey());
    expect(connection.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(connection.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(connection.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(connection.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    connection.close();
  });
});

describe('migrations', () => {
  it('apply to an empty database', async () => {
    const connection = await openTestDatabase(folder.path, randomKey());
    const tables = connection.sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'trigger') ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining(['patients', 'patient_search', 'patients_search_after_insert']),
    );
    expect(existsSync(join(folder.path, 'backups'))).toBe(false); // nothing worth a backup yet
    connection.close();
  });

  it('bring a database at the previous version up to date, after a backup copy', async () => {
    // A migrations folder that stops one short of the newest: the previous release.
    const previous = join(folder.path, 'previous-migrations');
    mkdirSync(join(previous, 'meta'), { recursive: true });
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
    const older = journal.entries.slice(0, -1);
    writeFileSync(
      join(previous, 'meta/_journal.json'),
      JSON.stringify({ ...journal, entries: older }),
    );
    for (const entry of older) {
      copyFileSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(previous, `${entry.tag}.sql`));
    }

    const key = randomKey();
    const dataDirectory = join(folder.path, 'data');
    const old = await openTestDatabase(dataDirectory, key, previous);
    const patient = createServices(old.db, NO_SYSTEM_PORTS).patients.create(
      samplePatient({ lastName: 'Before' }),
    );
    old.close();

    const current = await openTestDatabase(dataDirectory, key);
    const services = createServices(current.db, NO_SYSTEM_PORTS);
    expect(services.patients.get(patient.id).lastName).toBe('Before');
    // The newest migration (the search index) also covers patients saved before it existed.
    expect(services.patients.search({ query: 'befo', limit: 5 }).patients).toHaveLength(1);
    current.close();

    const backups = readdirSync(join(dataDirectory, 'backups'));
    expect(backups).toHaveLength(1);
    // The backup opens with the same key and holds the data as it was.
    const backupFolder = join(folder.path, 'restored');
    mkdirSync(backupFolder);
    copyFileSync(
      join(dataDirectory, 'backups', backups[0]!),
      join(backupFolder, DATABASE_FILE_NAME),
    );
    const restored = await openTestDatabase(backupFolder, key, previous);
    expect(createServices(restored.db, NO_SYSTEM_PORTS).patients.get(patient.id).lastName).toBe(
      'Before',
    );
    restored.close();
  });
});
