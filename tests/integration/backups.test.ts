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
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { format } from 'date-fns';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, listBackups } from '../../src/main/backups/backup-files';
import { defaultBackupFolder, setBackupFolder } from '../../src/main/backups/backup-folder';
import {
  DAMAGED_REASON,
  WRONG_KEY_REASON,
  checkBackup,
  replacedDatabasesFolder,
} from '../../src/main/backups/restore';
import { copyDatabaseInto, copyOnThisThread } from '../../src/main/backups/copy-database';
import { copyInWorker } from '../../src/main/backups/copy-in-worker';
import { rotateBackups, writeBackup } from '../../src/main/backups/write-backup';
import { openDatabase } from '../../src/main/db/connection';
import { DATABASE_FILE_NAME } from '../../src/main/db/open-app-database';
import { createServices, NO_SYSTEM_PORTS } from '../../src/main/services';
import { createBackupService } from '../../src/main/services/backups';
import { systemClock } from '../../src/main/services/clock';
import { givenFolderDialog } from '../../src/main/system/headless/folder-dialogs';
import { samplePatient } from '../support/sample-patients';
import {
  BACKUP_WORKER_FROM_SOURCES,
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

async function backUpNow() {
  const result = await app.services.backups.backUpNow();
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
  it('are whole, encrypted copies in the default folder, listed newest first', async () => {
    addPatients('Early');
    const first = await backUpNow();
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
    const backup = await backUpNow();
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
    const good = await backUpNow();
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
      const foreign = await writeBackup(
        copyOnThisThread(connection.sqlite),
        folder,
        'scheduled',
        new Date(),
        { createFolder: false },
      );
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

    const failed = await app.services.backups.backUpIfDue();
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
      expect(await app.services.backups.backUpIfDue()).toMatchObject({
        ok: true,
        backup: { kind: 'daily' },
      });
      expect(await app.services.backups.backUpIfDue()).toBeNull();
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
    const backup = await backUpNow();
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

/** Random bytes in a table of their own: bulk that makes a copy take a noticeable time. */
function addBulk(megabytes: number): number {
  const { sqlite } = app.connection;
  sqlite.exec('CREATE TABLE bulk_for_test (bytes BLOB NOT NULL)');
  const insert = sqlite.prepare('INSERT INTO bulk_for_test (bytes) VALUES (?)');
  const rows = megabytes * 16;
  sqlite.transaction(() => {
    for (let row = 0; row < rows; row += 1) insert.run(randomBytes(64 * 1024));
  })();
  return rows;
}

/** How long the main thread's event loop stood still at most, while it is being watched. */
function watchEventLoop() {
  const gaps: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return { ticks: gaps.length, longestStandstillMs: Math.max(0, ...gaps) };
    },
  };
}

/** Resolves once the backup's hidden partial file has appeared: the copy is being written. */
async function copyUnderWay(folder: string): Promise<void> {
  const giveUpAt = Date.now() + 20_000;
  for (;;) {
    if (Date.now() > giveUpAt) throw new Error('The backup never showed as being written.');
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      // The folder is made as the backup starts.
    }
    if (names.some((name) => name.startsWith('.stride-clinic-partial-'))) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

function bulkRowsIn(file: string, key: Buffer): number {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    copy.pragma(`hexkey='${key.toString('hex')}'`);
    return copy.prepare('SELECT count(*) FROM bulk_for_test').pluck().get() as number;
  } finally {
    copy.close();
  }
}

describe('backups written off the main thread', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keep the app answering while a large database is copied, and the copy is whole', async () => {
    const bulkRows = addBulk(40);
    addPatients('Before');
    const { sqlite } = app.connection;
    // The same copy on this thread, timed: how long the app would stand still without the worker.
    const onThisThread = join(app.folder.path, 'timed-copy.sqlite');
    const startedAt = performance.now();
    copyDatabaseInto(sqlite, onThisThread);
    const standstillWithoutWorkerMs = performance.now() - startedAt;
    rmSync(onThisThread);
    expect(standstillWithoutWorkerMs).toBeGreaterThan(100);

    const eventLoop = watchEventLoop();
    let finished = false;
    const backup = app.services.backups.backUpNow().then((result) => {
      finished = true;
      return result;
    });
    expect(app.services.backups.status().writing).toMatchObject({ automatic: false });
    await copyUnderWay(defaultBackupFolder(app.folder.path));

    // While the copy is written, calls through the IPC boundary are answered: a save, a search.
    const window = { url: '', mainFrame: true };
    const saved = await app.router(window, 'patients.create', {
      patient: samplePatient({ lastName: 'During' }),
    });
    expect(saved).toMatchObject({ ok: true });
    const found = await app.router(window, 'patients.search', { query: 'During', limit: 10 });
    expect(found).toMatchObject({ ok: true, value: { patients: [{ lastName: 'During' }] } });
    const status = await app.router(window, 'backups.status', {});
    expect(status).toMatchObject({ ok: true, value: { writing: { automatic: false } } });
    expect(finished).toBe(false);

    const result = await backup;
    const { ticks, longestStandstillMs } = eventLoop.stop();
    if (!result.ok) throw new Error(result.problem);
    // The loop kept ticking all through: it never stood still for anything like the copy.
    expect(ticks).toBeGreaterThan(10);
    expect(longestStandstillMs).toBeLessThan(standstillWithoutWorkerMs / 2);
    expect(app.services.backups.status()).toMatchObject({
      writing: null,
      lastResult: { ok: true, backup: { fileName: result.backup.fileName } },
    });

    // Whole: it opens with the key, passes integrity_check, and holds every row.
    const folder = defaultBackupFolder(app.folder.path);
    expect(readdirSync(folder)).toEqual([result.backup.fileName]);
    expect(app.services.backups.check(result.backup.fileName)).toMatchObject({ ok: true });
    expect(bulkRowsIn(join(folder, result.backup.fileName), app.databaseKey())).toBe(bulkRows);
    // The save made meanwhile is in the live database either way.
    expect(patientNames()).toEqual(['Before', 'During']);
  }, 60_000);

  it('two requests at once make one backup, and both are told of it', async () => {
    addPatients('Once');
    // A clock a second further on at each reading: two backups could not share a name.
    let seconds = 0;
    const movingClock = {
      ...systemClock,
      nowIso: () => new Date(Date.UTC(2026, 2, 2, 9, 0, (seconds += 1))).toISOString(),
    };
    const backups = createBackupService(
      {
        sqlite: app.connection.sqlite,
        workerFile: BACKUP_WORKER_FROM_SOURCES,
        dataDirectory: app.folder.path,
        databaseKey: () => app.databaseKey(),
        restartApp: null,
      },
      movingClock,
      givenFolderDialog(app.folder.path),
    );
    // Two clicks on "Back up now" and the hourly look, all while the first is being written.
    const [first, second, daily] = await Promise.all([
      backups.backUpNow(),
      backups.backUpNow(),
      backups.backUpIfDue(),
    ]);
    expect(first).toMatchObject({ ok: true, backup: { kind: 'manual' } });
    expect(second).toEqual(first);
    expect(daily).toEqual(first);
    expect(listBackups(defaultBackupFolder(app.folder.path))).toHaveLength(1);
    expect(backups.status().writing).toBeNull();

    // Once it is written, the next request makes a backup of its own.
    expect(await backups.backUpIfDue()).toMatchObject({ ok: true, backup: { kind: 'daily' } });
    expect(listBackups(defaultBackupFolder(app.folder.path))).toHaveLength(2);
  });

  it('a worker that cannot start: the backup is made on the main thread, and the log says so', async () => {
    addPatients('Fallback');
    const broken = join(app.folder.path, 'broken-backup-worker.cjs');
    writeFileSync(broken, "throw new Error('this worker does not load');\n");
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const workerFile of [join(app.folder.path, 'no-backup-worker-here.js'), broken]) {
      const backups = createBackupService(
        {
          sqlite: app.connection.sqlite,
          workerFile,
          dataDirectory: app.folder.path,
          databaseKey: () => app.databaseKey(),
          restartApp: null,
        },
        systemClock,
        givenFolderDialog(app.folder.path),
      );
      const result = await backups.backUpNow();
      if (!result.ok) throw new Error(result.problem);
      expect(backups.check(result.backup.fileName)).toMatchObject({ ok: true, patients: 1 });
      // Nothing half-written by the worker is left beside it.
      expect(
        readdirSync(defaultBackupFolder(app.folder.path)).filter((name) => name.startsWith('.')),
      ).toEqual([]);
      // Backups made in the same millisecond would share a name.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(warnings.mock.calls.map(([message]) => message)).toEqual([
      expect.stringMatching(/backup worker could not start; copying on the main thread/),
      expect.stringMatching(/backup worker could not start; copying on the main thread/),
    ]);
  });

  it('the built worker (the one the app and the preview run) writes the copy itself', async () => {
    const workerFile = resolve('out/main/backup-worker.js');
    expect(existsSync(workerFile), 'run `npm run build` first: the worker is a build output').toBe(
      true,
    );
    addPatients('Built');
    const fellBack: unknown[] = [];
    const copy = copyInWorker({
      workerFile,
      databaseFile: app.connection.sqlite.name,
      databaseKey: () => app.databaseKey(),
      fallback: async () => {
        throw new Error('The built worker did not start.');
      },
      logWarning: (_message, error) => fellBack.push(error),
    });
    const backup = await writeBackup(
      copy,
      defaultBackupFolder(app.folder.path),
      'manual',
      new Date(),
      { createFolder: true },
    );
    expect(fellBack).toEqual([]);
    expect(checkBackup(backup.file, app.databaseKey())).toEqual({ ok: true, patients: 1 });
  });
});
