import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { backupFileName, listBackups } from '../../src/main/backups/backup-files';
import { defaultBackupFolder, setBackupFolder } from '../../src/main/backups/backup-folder';
import {
  DAMAGED_REASON,
  WRONG_KEY_REASON,
  checkBackup,
  replacedDatabasesFolder,
} from '../../src/main/backups/restore';
import { rotateBackups, writeBackup } from '../../src/main/backups/write-backup';
import { openDatabase } from '../../src/main/db/connection';
import { DATABASE_FILE_NAME } from '../../src/main/db/open-app-database';
import { createServices, NO_SYSTEM_PORTS } from '../../src/main/services';
import { samplePatient } from '../support/sample-patients';
import {
  MIGRATIONS_FOLDER,
  openTestDatabase,
  randomKey,
  temporaryDirectory,
} from '../support/temp-database';
import { testAppForEachTest } from '../support/test-app';

const app = testAppForEachTest();

function patientNames(): string[] {
  return app.services.patients
    .search({ query: '', limit: 200 })
    .patients.map((patient) => patient.lastName)
    .sort();
}

function addPatients(...lastNames: string[]): void {
  for (const lastName of lastNames) app.services.patients.create(samplePatient({ lastName }));
}

function backUpNow() {
  const result = app.services.backups.backUpNow();
  if (!result.ok) throw new Error(result.problem);
  return result.backup;
}

/** Overwrites whole pages in the middle of a file, as a failing disk or a bad copy might. */
function damagePages(file: string, pageSize = 4096): void {
  const pages = Math.floor(statSync(file).size / pageSize);
  expect(pages).toBeGreaterThan(6);
  const handle = openSync(file, 'r+');
  try {
    for (const page of [3, Math.floor(pages / 2), pages - 2]) {
      writeSync(handle, Buffer.alloc(pageSize, 0x5a), 0, pageSize, page * pageSize);
    }
  } finally {
    closeSync(handle);
  }
}

/** Enough patients that the database spans many pages (so some can be damaged). */
function manyPatients(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `Runner${String(index).padStart(3, '0')}`);
}

describe('backups', () => {
  it('are whole, encrypted copies in the default folder, listed newest first', () => {
    addPatients('Early');
    const first = backUpNow();
    const folder = defaultBackupFolder(app.folder.path);
    expect(first.kind).toBe('manual');
    expect(first.sizeBytes).toBeGreaterThan(0);
    // No half-written file is left next to it.
    expect(readdirSync(folder)).toEqual([first.fileName]);
    // It opens with the app's key and passes the integrity check.
    expect(app.services.backups.check(first.fileName)).toMatchObject({ ok: true, patients: 1 });
    const status = app.services.backups.status();
    expect(status.folder).toBe(folder);
    expect(status.usesDefaultFolder).toBe(true);
    expect(status.backups.map((backup) => backup.fileName)).toEqual([first.fileName]);
    expect(status.lastResult).toMatchObject({ ok: true, backup: { fileName: first.fileName } });
  });

  it('restore round trip: what was written after the backup is gone, the replaced database kept aside', async () => {
    addPatients('Before');
    const backup = backUpNow();
    addPatients('After');
    expect(patientNames()).toEqual(['After', 'Before']);

    const check = app.services.backups.check(backup.fileName);
    expect(check).toMatchObject({ ok: true, patients: 1 });
    expect(app.services.backups.restore(backup.fileName)).toEqual({ restarting: false });
    // Staged only: the running database is untouched until the next open.
    expect(app.services.backups.status().restoreWaiting).toBe(true);
    expect(patientNames()).toEqual(['After', 'Before']);

    await app.reopen();
    expect(patientNames()).toEqual(['Before']);
    expect(app.services.backups.status().restoreWaiting).toBe(false);

    // The database it replaced is kept whole (with its -wal) in a dated folder and still opens.
    const kept = readdirSync(replacedDatabasesFolder(app.folder.path));
    expect(kept).toHaveLength(1);
    await app.reopen(async (key) => {
      const replaced = openDatabase(
        join(replacedDatabasesFolder(app.folder.path), kept[0]!, DATABASE_FILE_NAME),
        key,
      );
      const names = replaced.sqlite
        .prepare('SELECT last_name FROM patients ORDER BY last_name')
        .pluck()
        .all();
      replaced.close();
      expect(names).toEqual(['After', 'Before']);
    });
    // The restored database works as any other.
    addPatients('Later');
    expect(patientNames()).toEqual(['Before', 'Later']);
  });

  it('refuse to restore a damaged backup, and nothing is replaced', async () => {
    addPatients(...manyPatients(300));
    const good = backUpNow();
    const folder = defaultBackupFolder(app.folder.path);
    const damagedName = backupFileName('manual', new Date(Date.parse(good.takenAt) + 60_000));
    copyFileSync(join(folder, good.fileName), join(folder, damagedName));
    damagePages(join(folder, damagedName));
    addPatients('Kept');

    expect(app.services.backups.check(damagedName)).toMatchObject({
      ok: false,
      reason: DAMAGED_REASON,
    });
    const refused = await app.router({ url: '', mainFrame: true }, 'backups.restore', {
      fileName: damagedName,
    });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: DAMAGED_REASON },
    });
    expect(app.services.backups.status().restoreWaiting).toBe(false);
    expect(readdirSync(app.folder.path)).not.toContain('restore-staged.sqlite.tmp');

    await app.reopen();
    expect(patientNames()).toContain('Kept');
    expect(existsSync(replacedDatabasesFolder(app.folder.path))).toBe(false);
    // The undamaged backup beside it is still good.
    expect(app.services.backups.check(good.fileName).ok).toBe(true);
  });

  it('refuse a backup made with another key (before a key change), saying so', async () => {
    addPatients('Ours');
    const other = temporaryDirectory();
    try {
      const otherKey = randomKey();
      const connection = await openTestDatabase(other.path, otherKey);
      createServices(connection.db, NO_SYSTEM_PORTS).patients.create(samplePatient());
      const folder = defaultBackupFolder(app.folder.path);
      mkdirSync(folder, { recursive: true });
      const foreign = writeBackup(connection.sqlite, folder, 'scheduled', new Date(), {
        createFolder: false,
      });
      connection.close();

      expect(app.services.backups.check(foreign.fileName)).toMatchObject({
        ok: false,
        reason: WRONG_KEY_REASON,
      });
      expect(WRONG_KEY_REASON).toMatch(/before the key was changed/);
      expect(() => app.services.backups.restore(foreign.fileName)).toThrow(WRONG_KEY_REASON);
      // It does open with the key it was made with.
      expect(checkBackup(foreign.file, otherKey)).toEqual({ ok: true, patients: 1 });
      expect(app.services.backups.status().restoreWaiting).toBe(false);
    } finally {
      other.remove();
    }
  });

  it('refuse a file that is not a Stride Clinic database', () => {
    const folder = defaultBackupFolder(app.folder.path);
    mkdirSync(folder, { recursive: true });
    const name = backupFileName('manual', new Date('2025-01-01T10:00:00Z'));
    writeFileSync(join(folder, name), 'just some text, not a database');
    expect(app.services.backups.check(name).ok).toBe(false);
    expect(() => app.services.backups.restore(name)).toThrow(/Nothing was changed/);
  });

  it('a backup failing into a missing folder is reported, the app goes on, and it is retried', async () => {
    const share = temporaryDirectory();
    await expect(
      app.router({ url: '', mainFrame: true }, 'backups.setFolder', { folder: share.path }),
    ).resolves.toMatchObject({ ok: true, value: { folder: share.path, usesDefaultFolder: false } });
    // The share goes away (unplugged disk, network down).
    share.remove();

    const failed = app.services.backups.backUpIfDue();
    expect(failed).toMatchObject({ ok: false, automatic: true });
    expect(failed?.ok === false && failed.problem).toMatch(/folder is not there.*tries again/);
    expect(app.services.backups.status().lastResult).toEqual(failed);
    // Nothing was made in its place on the local disk, and the app goes on working.
    expect(existsSync(share.path)).toBe(false);
    addPatients('Still saved');
    expect(patientNames()).toEqual(['Still saved']);

    // The share is back: the next hourly look makes the day's backup, then none more today.
    mkdirSync(share.path);
    try {
      expect(app.services.backups.backUpIfDue()).toMatchObject({
        ok: true,
        backup: { kind: 'daily' },
      });
      expect(app.services.backups.backUpIfDue()).toBeNull();
      expect(listBackups(share.path)).toHaveLength(1);
    } finally {
      rmSync(share.path, { recursive: true, force: true });
    }
  });

  it('refuse a folder that is not there, or not a whole path, with a plain message', async () => {
    const missing = await app.router({ url: '', mainFrame: true }, 'backups.setFolder', {
      folder: join(app.folder.path, 'not-there'),
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/does not exist/) },
    });
    const relative = await app.router({ url: '', mainFrame: true }, 'backups.setFolder', {
      folder: 'backups',
    });
    expect(relative).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        fieldErrors: { folder: expect.stringMatching(/whole path/) },
      },
    });
    expect(app.services.backups.status().usesDefaultFolder).toBe(true);
  });

  it('only name backups from the list: a path is refused before anything is read', async () => {
    for (const fileName of ['../stride-clinic.db', '/etc/passwd', 'notes.sqlite']) {
      const result = await app.router({ url: '', mainFrame: true }, 'backups.check', { fileName });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('a staged restore interrupted half way is finished on the next open', async () => {
    addPatients('In backup');
    const backup = backUpNow();
    addPatients('Only live');
    const dataDirectory = app.folder.path;
    app.services.backups.restore(backup.fileName);

    await app.reopen(async () => {
      // The computer stopped just after the database was moved aside, before its -wal followed.
      const replacing = join(dataDirectory, 'replacing');
      mkdirSync(replacing);
      renameSync(join(dataDirectory, DATABASE_FILE_NAME), join(replacing, DATABASE_FILE_NAME));
    });
    expect(patientNames()).toEqual(['In backup']);
    const kept = readdirSync(replacedDatabasesFolder(dataDirectory));
    expect(kept).toHaveLength(1);
    expect(existsSync(join(dataDirectory, 'replacing'))).toBe(false);
    expect(existsSync(join(dataDirectory, 'restore-staged.sqlite'))).toBe(false);
  });

  it('rotation keeps 7 daily, 4 weekly and 12 monthly backups and never touches other files', () => {
    const folder = temporaryDirectory();
    try {
      // A year and a half of one backup a day at 09:00, local time.
      const days: Date[] = [];
      for (let day = 0; day < 550; day += 1) days.push(new Date(2024, 0, 1 + day, 9, 0, 0));
      for (const date of days)
        writeFileSync(join(folder.path, backupFileName('scheduled', date)), 'x');
      for (let month = 0; month < 5; month += 1) {
        writeFileSync(
          join(folder.path, backupFileName('before-migration', new Date(2025, month, 10))),
          'x',
        );
      }
      const manual = backupFileName('manual', new Date(2024, 2, 3, 12));
      writeFileSync(join(folder.path, manual), 'x');
      writeFileSync(join(folder.path, 'clinic-notes.txt'), 'not ours');
      writeFileSync(join(folder.path, 'stride-clinic.db'), 'not a backup name');

      rotateBackups(folder.path, new Date(2025, 6, 5));
      const left = listBackups(folder.path);
      // The backups of 3 July 2025 back: the last 7 days, the newest of each of the last 4
      // weeks (Monday to Sunday) and of each of the last 12 months.
      const kept = (kind: string) =>
        left
          .filter((backup) => backup.kind === kind)
          .map((backup) => format(new Date(backup.takenAt), 'yyyy-MM-dd'));
      expect(kept('daily')).toEqual([
        '2025-07-03',
        '2025-07-02',
        '2025-07-01',
        '2025-06-30',
        '2025-06-29',
        '2025-06-28',
        '2025-06-27',
      ]);
      expect(kept('weekly')).toEqual(['2025-06-22', '2025-06-15']);
      expect(kept('monthly')).toEqual([
        '2025-05-31',
        '2025-04-30',
        '2025-03-31',
        '2025-02-28',
        '2025-01-31',
        '2024-12-31',
        '2024-11-30',
        '2024-10-31',
        '2024-09-30',
        '2024-08-31',
      ]);
      expect(left.filter((backup) => backup.kind === 'before-migration')).toHaveLength(3);
      expect(left.map((backup) => backup.fileName)).toContain(manual);
      expect(readdirSync(folder.path)).toEqual(
        expect.arrayContaining(['clinic-notes.txt', 'stride-clinic.db']),
      );
      // Rotating again changes nothing.
      const before = readdirSync(folder.path).sort();
      rotateBackups(folder.path, new Date(2025, 6, 5));
      expect(readdirSync(folder.path).sort()).toEqual(before);
    } finally {
      folder.remove();
    }
  });

  it('the copy before a database update goes to the clinic’s folder, or the default one when it is out of reach', async () => {
    const folder = temporaryDirectory();
    try {
      // The previous release: the migrations folder one short of the newest.
      const previous = join(folder.path, 'previous-migrations');
      mkdirSync(join(previous, 'meta'), { recursive: true });
      const journal = JSON.parse(
        readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'),
      ) as { entries: { tag: string }[] };
      const older = journal.entries.slice(0, -1);
      writeFileSync(
        join(previous, 'meta/_journal.json'),
        JSON.stringify({ ...journal, entries: older }),
      );
      for (const entry of older) {
        copyFileSync(
          join(MIGRATIONS_FOLDER, `${entry.tag}.sql`),
          join(previous, `${entry.tag}.sql`),
        );
      }
      const key = randomKey();
      const olderApp = async (dataDirectory: string) => {
        const connection = await openTestDatabase(dataDirectory, key, previous);
        createServices(connection.db, NO_SYSTEM_PORTS).patients.create(samplePatient());
        connection.close();
      };

      const chosen = join(folder.path, 'second-disk');
      mkdirSync(chosen);
      const first = join(folder.path, 'first');
      await olderApp(first);
      setBackupFolder(first, chosen);
      (await openTestDatabase(first, key)).close();
      expect(listBackups(chosen).map((backup) => backup.kind)).toEqual(['before-migration']);
      expect(checkBackup(listBackups(chosen)[0]!.file, key)).toEqual({ ok: true, patients: 1 });

      // The second disk is unplugged: the update still gets its copy, in the data folder.
      const second = join(folder.path, 'second');
      await olderApp(second);
      setBackupFolder(second, join(folder.path, 'unplugged'));
      (await openTestDatabase(second, key)).close();
      expect(listBackups(defaultBackupFolder(second)).map((backup) => backup.kind)).toEqual([
        'before-migration',
      ]);
    } finally {
      folder.remove();
    }
  });
});
