import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  closeSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../src/main/backups/backup-files';
import { BACKUP_KEY_FILE } from '../../src/main/backups/key-file-beside';
import { stageRestore } from '../../src/main/backups/restore';
import { DATABASE_FILE_NAME } from '../../src/main/db/open-app-database';
import { keyOpensDatabase } from '../../src/main/db/quick-check';
import { ENVELOPE_FILE, NEXT_ENVELOPE_FILE, readEnvelope } from '../../src/main/keys/key-envelope';
import { openWithKeyStore } from '../../src/main/keys/key-vault';
import {
  resetStandInOsKeyStore,
  standInOsKeyStore,
} from '../../src/main/system/headless/stand-in-os-key-store';
import {
  formatRecoveryKey,
  readRecoveryKey,
  RECOVERY_KEY_RANDOM_BYTES,
} from '../../src/shared/domain/recovery-key';
import { fileDigest, openGatedApp, type GatedApp } from '../support/gated-app';
import { samplePatient } from '../support/sample-patients';
import { temporaryDirectory } from '../support/temp-database';

/**
 * The database key's whole life, through the real start-up gate, router and an encrypted
 * SQLite file: first run, reopen, a reset key store and the recovery key, passphrase mode,
 * key rotation, wrong credentials, and a damaged file at start.
 */

const PASSPHRASE = 'willow kettle harbour seven';

let folder: ReturnType<typeof temporaryDirectory>;
let data: string;
let storeFile: string;
const apps: GatedApp[] = [];

beforeEach(() => {
  folder = temporaryDirectory('stride-keys-');
  data = join(folder.path, 'data');
  storeFile = join(folder.path, 'os-key-store.key');
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  folder.remove();
});

const databaseFile = () => join(data, DATABASE_FILE_NAME);
const envelope = () => join(data, ENVELOPE_FILE);

async function start(store: 'secure' | 'none' = 'secure'): Promise<GatedApp> {
  const app = await openGatedApp(data, {
    kind: 'vault',
    keyStore: standInOsKeyStore(storeFile, store),
  });
  apps.push(app);
  return app;
}

async function restart(app: GatedApp, store: 'secure' | 'none' = 'secure'): Promise<GatedApp> {
  await app.close();
  return start(store);
}

async function addPatient(app: GatedApp, lastName = 'Novak'): Promise<string> {
  const result = await app.call('patients.create', { patient: samplePatient({ lastName }) });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: string }).id;
}

async function patientNames(app: GatedApp): Promise<string[]> {
  const result = await app.call('patients.search', { query: '' });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { patients: { lastName: string }[] }).patients.map((p) => p.lastName);
}

async function setUpWithKeyStore(app: GatedApp): Promise<string> {
  const result = await app.call('startup.setUp', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { recoveryKey: string }).recoveryKey;
}

function aDifferentRecoveryKey(): string {
  return formatRecoveryKey(randomBytes(RECOVERY_KEY_RANDOM_BYTES));
}

/** Changes one character of a recovery key to another of its alphabet. */
function withTypo(recoveryKey: string): string {
  const position = 5;
  const character = recoveryKey[position] === '7' ? '8' : '7';
  return recoveryKey.slice(0, position) + character + recoveryKey.slice(position + 1);
}

/** What a wrong credential must leave exactly as it was. */
function snapshot() {
  return {
    envelope: fileDigest(envelope()),
    database: fileDigest(databaseFile()),
    wal: existsSync(`${databaseFile()}-wal`),
  };
}

describe('first run and later runs with the computer’s key store', () => {
  it('makes the key, shows a recovery key once, and opens straight in on the next start', async () => {
    const first = await start();
    expect(first.gate.status()).toEqual({
      state: 'needs-setup',
      keyStore: 'secure',
      existingDatabase: false,
    });
    const refused = await first.call('patients.search', { query: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-open' } });
    expect(existsSync(databaseFile())).toBe(false);

    const recoveryKey = await setUpWithKeyStore(first);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(readRecoveryKey(recoveryKey).ok).toBe(true);
    expect(first.gate.status()).toEqual({ state: 'open', protection: 'key-store' });
    await addPatient(first, 'Okafor');

    // The envelope holds no key in the clear, and no recovery key at all.
    const stored = readFileSync(envelope(), 'utf8');
    expect(stored).not.toContain(recoveryKey);
    expect(stored).not.toContain(recoveryKey.replace(/-/g, ''));
    const setUpAgain = await first.call('startup.setUp', {});
    expect(setUpAgain).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const second = await restart(first);
    expect(second.gate.status()).toEqual({ state: 'open', protection: 'key-store' });
    expect(await patientNames(second)).toEqual(['Okafor']);
  });

  it('takes a lost key store back with the recovery key, and wraps the key for the new one', async () => {
    const first = await start();
    const recoveryKey = await setUpWithKeyStore(first);
    await addPatient(first, 'Lindqvist');
    await first.close();

    resetStandInOsKeyStore(storeFile);
    const second = await start();
    expect(second.gate.status()).toEqual({
      state: 'needs-recovery',
      reason: 'key-store-cannot-unwrap',
      needsPassphrase: false,
    });
    const before = snapshot();

    const typo = await second.call('startup.recover', { recoveryKey: withTypo(recoveryKey) });
    expect(typo).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!typo.ok && typo.error.message).toMatch(/typo/);

    const wrong = await second.call('startup.recover', { recoveryKey: aDifferentRecoveryKey() });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!wrong.ok && wrong.error.message).toMatch(/not the one for this clinic/);

    // Neither opened the database nor rewrote the key file.
    expect(snapshot()).toEqual(before);
    expect(second.gate.status().state).toBe('needs-recovery');
    expect(await second.call('patients.search', {})).toMatchObject({
      ok: false,
      error: { code: 'not-open' },
    });

    // Typed from paper: lower case, spaces instead of dashes.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const recovered = await second.call('startup.recover', { recoveryKey: typed });
    expect(recovered).toEqual({ ok: true, value: { state: 'open', protection: 'key-store' } });
    expect(await patientNames(second)).toEqual(['Lindqvist']);

    // Wrapped again for this key store: the next start needs nothing, and the printed
    // recovery key still works.
    const third = await restart(second);
    expect(third.gate.status()).toEqual({ state: 'open', protection: 'key-store' });
    await third.close();
    resetStandInOsKeyStore(storeFile);
    const fourth = await start();
    expect(await fourth.call('startup.recover', { recoveryKey })).toMatchObject({ ok: true });
  });

  it('says the key store is missing when the computer no longer offers one', async () => {
    const first = await start();
    await setUpWithKeyStore(first);
    const second = await restart(first, 'none');
    expect(second.gate.status()).toEqual({
      state: 'needs-recovery',
      reason: 'key-store-unavailable',
      needsPassphrase: true,
    });
  });
});

describe('passphrase mode, where the computer has no key store', () => {
  it('asks for a passphrase twice at setup, then at every start', async () => {
    const first = await start('none');
    expect(first.gate.status()).toMatchObject({ state: 'needs-setup', keyStore: 'none' });

    const none = await first.call('startup.setUp', {});
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!none.ok && none.error.message).toMatch(/clinic passphrase/);
    const short = await first.call('startup.setUp', { passphrase: 'short', confirmation: 'short' });
    expect(short).toMatchObject({
      ok: false,
      error: { fieldErrors: { passphrase: expect.stringMatching(/at least 12 characters/) } },
    });
    const different = await first.call('startup.setUp', {
      passphrase: PASSPHRASE,
      confirmation: `${PASSPHRASE}!`,
    });
    expect(different).toMatchObject({
      ok: false,
      error: { fieldErrors: { confirmation: expect.stringMatching(/not the same/) } },
    });
    expect(existsSync(envelope())).toBe(false);

    const setUp = await first.call('startup.setUp', {
      passphrase: PASSPHRASE,
      confirmation: PASSPHRASE,
    });
    expect(setUp.ok).toBe(true);
    const recoveryKey = (setUp as { value: { recoveryKey: string } }).value.recoveryKey;
    expect(first.gate.status()).toEqual({ state: 'open', protection: 'passphrase' });
    await addPatient(first, 'Haddad');

    const second = await restart(first, 'none');
    expect(second.gate.status()).toEqual({ state: 'needs-passphrase' });
    const before = snapshot();
    const wrong = await second.call('startup.unlock', {
      passphrase: 'willow kettle harbour eight',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!wrong.ok && wrong.error.message).toMatch(/not the clinic passphrase/);
    expect(snapshot()).toEqual(before);
    expect(second.gate.status()).toEqual({ state: 'needs-passphrase' });

    const unlocked = await second.call('startup.unlock', { passphrase: PASSPHRASE });
    expect(unlocked).toEqual({ ok: true, value: { state: 'open', protection: 'passphrase' } });
    expect(await patientNames(second)).toEqual(['Haddad']);

    // A forgotten passphrase: the recovery key opens it and a new passphrase is set.
    const third = await restart(second, 'none');
    const noNewPassphrase = await third.call('startup.recover', { recoveryKey });
    expect(noNewPassphrase).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const newPassphrase = 'copper lantern meadow nine';
    const recovered = await third.call('startup.recover', {
      recoveryKey,
      passphrase: newPassphrase,
      confirmation: newPassphrase,
    });
    expect(recovered).toMatchObject({ ok: true, value: { state: 'open' } });

    const fourth = await restart(third, 'none');
    expect(await fourth.call('startup.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
    });
    expect(await fourth.call('startup.unlock', { passphrase: newPassphrase })).toMatchObject({
      ok: true,
    });
  });

  it('changes the passphrase in Settings only with the current one', async () => {
    const first = await start('none');
    await first.call('startup.setUp', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
    const next = 'granite orchard sparrow ten';
    const before = fileDigest(envelope());
    const wrong = await first.call('security.changePassphrase', {
      currentPassphrase: 'not the passphrase',
      passphrase: next,
      confirmation: next,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(fileDigest(envelope())).toBe(before);
    const changed = await first.call('security.changePassphrase', {
      currentPassphrase: PASSPHRASE,
      passphrase: next,
      confirmation: next,
    });
    expect(changed).toEqual({ ok: true, value: null });
    const second = await restart(first, 'none');
    expect(await second.call('startup.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
    });
    expect(await second.call('startup.unlock', { passphrase: next })).toMatchObject({ ok: true });
  });
});

describe('key rotation', () => {
  it('rekeys the database: the data stays, the old key and recovery key open nothing', async () => {
    const first = await start();
    const oldRecoveryKey = await setUpWithKeyStore(first);
    await addPatient(first, 'Moreau');
    await addPatient(first, 'Tanaka');
    const store = standInOsKeyStore(storeFile);
    const oldKey = openWithKeyStore(readEnvelope(envelope())!, store);

    const rotated = await first.call('security.rotateKey', {});
    expect(rotated.ok).toBe(true);
    const newRecoveryKey = (rotated as { value: { recoveryKey: string } }).value.recoveryKey;
    expect(newRecoveryKey).not.toBe(oldRecoveryKey);
    expect(first.gate.status()).toEqual({ state: 'open', protection: 'key-store' });
    expect((await patientNames(first)).sort()).toEqual(['Moreau', 'Tanaka']);
    // Still writable on the new connection.
    await addPatient(first, 'Silva');

    const newKey = openWithKeyStore(readEnvelope(envelope())!, store);
    expect(newKey.equals(oldKey)).toBe(false);
    await first.close();
    expect(keyOpensDatabase(databaseFile(), oldKey)).toBe(false);
    expect(keyOpensDatabase(databaseFile(), newKey)).toBe(true);
    expect(existsSync(join(data, NEXT_ENVELOPE_FILE))).toBe(false);

    resetStandInOsKeyStore(storeFile);
    const second = await start();
    const old = await second.call('startup.recover', { recoveryKey: oldRecoveryKey });
    expect(old).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await second.call('startup.recover', { recoveryKey: newRecoveryKey })).toMatchObject({
      ok: true,
    });
    expect((await patientNames(second)).sort()).toEqual(['Moreau', 'Silva', 'Tanaka']);
  });

  it('opens a backup on a new computer with the sealed key kept beside the backups and the recovery key', async () => {
    const first = await start();
    const recoveryKey = await setUpWithKeyStore(first);
    await addPatient(first, 'Lindqvist');
    const made = await first.call('backups.backUpNow', {});
    expect(made).toMatchObject({ ok: true, value: { ok: true } });
    const backupFolder = join(data, 'backups');
    const backup = (made as { value: { backup: { fileName: string } } }).value.backup.fileName;
    expect(readFileSync(join(backupFolder, BACKUP_KEY_FILE), 'utf8')).toBe(
      readFileSync(envelope(), 'utf8'),
    );
    await first.close();

    // The clinic's computer is gone: a new one, its own key store, and only the backup folder.
    const newData = join(folder.path, 'new-computer');
    mkdirSync(newData);
    copyFileSync(join(backupFolder, backup), join(newData, DATABASE_FILE_NAME));
    copyFileSync(join(backupFolder, BACKUP_KEY_FILE), join(newData, ENVELOPE_FILE));
    const fresh = await openGatedApp(newData, {
      kind: 'vault',
      keyStore: standInOsKeyStore(join(folder.path, 'new-key-store.key')),
    });
    apps.push(fresh);
    expect(fresh.gate.status()).toMatchObject({ state: 'needs-recovery' });
    expect(await fresh.call('startup.recover', { recoveryKey })).toMatchObject({ ok: true });
    expect(await patientNames(fresh)).toEqual(['Lindqvist']);
  });

  it('keeps the old key in charge when the rekey fails part way', async () => {
    const first = await start();
    await setUpWithKeyStore(first);
    await addPatient(first, 'Ivanova');
    const keyFileBefore = fileDigest(envelope());
    // Something in the way of the rekey's working copy that cannot be removed.
    mkdirSync(join(databaseFile() + '.rekey', 'in-the-way'), { recursive: true });

    const failed = await first.call('security.rotateKey', {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!failed.ok && failed.error.message).toMatch(/current key and recovery key stay in use/);
    expect(fileDigest(envelope())).toBe(keyFileBefore);
    expect(first.gate.status()).toEqual({ state: 'open', protection: 'key-store' });
    expect(await patientNames(first)).toEqual(['Ivanova']);
    const second = await restart(first);
    expect(second.gate.status()).toEqual({ state: 'open', protection: 'key-store' });
  });

  it('keeps a key change the database already took when only its key file could not be renamed', async () => {
    const first = await start();
    await setUpWithKeyStore(first);
    await addPatient(first, 'Okonkwo');
    const oldEnvelope = readFileSync(envelope());
    // The key file's place is taken by a folder that cannot be replaced: the last rename fails
    // after the database itself was put in place under the new key.
    rmSync(envelope());
    mkdirSync(join(envelope(), 'in-the-way'), { recursive: true });

    const rotated = await first.call('security.rotateKey', {});
    expect(rotated.ok).toBe(true);
    expect(first.gate.status()).toEqual({ state: 'open', protection: 'key-store' });
    expect(await patientNames(first)).toEqual(['Okonkwo']);
    await first.close();

    // Whatever put the folder there is gone again; the old key file is back in its place.
    rmSync(envelope(), { recursive: true });
    writeFileSync(envelope(), oldEnvelope);
    const second = await start();
    expect(second.gate.status()).toEqual({ state: 'open', protection: 'key-store' });
    expect(await patientNames(second)).toEqual(['Okonkwo']);
    expect(existsSync(join(data, NEXT_ENVELOPE_FILE))).toBe(false);
  });

  it('is refused while a restore from a backup waits, which the new key would not open', async () => {
    const first = await start();
    await setUpWithKeyStore(first);
    await addPatient(first, 'Haddad');
    const copy = join(data, 'copy-for-restore.sqlite');
    first.sqlite().prepare('VACUUM INTO ?').run(copy);
    const key = openWithKeyStore(readEnvelope(envelope())!, standInOsKeyStore(storeFile));
    stageRestore(data, copy, key);
    const keyFileBefore = fileDigest(envelope());

    const refused = await first.call('security.rotateKey', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!refused.ok && refused.error.message).toMatch(/restore from a backup is waiting/);
    expect(fileDigest(envelope())).toBe(keyFileBefore);
    expect(keyOpensDatabase(databaseFile(), key)).toBe(true);
  });

  it('finishes a rotation stopped between the database and its key file on the next start', async () => {
    const first = await start();
    await setUpWithKeyStore(first);
    await addPatient(first, 'Achebe');
    const oldEnvelope = readFileSync(envelope());
    expect((await first.call('security.rotateKey', {})).ok).toBe(true);
    await first.close();
    // As if the computer stopped after the rekeyed file was renamed into place, before the new
    // key file was: the old key file is current, the new one still "next".
    copyFileSync(envelope(), join(data, NEXT_ENVELOPE_FILE));
    const handle = openSync(envelope(), 'w');
    writeSync(handle, oldEnvelope);
    closeSync(handle);

    const second = await start();
    expect(second.gate.status()).toEqual({ state: 'open', protection: 'key-store' });
    expect(await patientNames(second)).toEqual(['Achebe']);
    expect(existsSync(join(data, NEXT_ENVELOPE_FILE))).toBe(false);
    expect(readFileSync(envelope()).equals(oldEnvelope)).toBe(false);
  });

  it('is refused before the database is open', async () => {
    const app = await start();
    expect(await app.call('security.rotateKey', {})).toMatchObject({
      ok: false,
      error: { code: 'not-open' },
    });
  });
});

describe('the start-up check', () => {
  /** Overwrites some pages in the middle of the file, as a failing disk might. */
  function damagePages(file: string): void {
    const pageSize = 4096;
    const handle = openSync(file, 'r+');
    try {
      for (const page of [3, 4, 5])
        writeSync(handle, randomBytes(pageSize), 0, pageSize, page * pageSize);
    } finally {
      closeSync(handle);
    }
  }

  it('finds a damaged file, writes nothing to it, and restores the newest good backup', async () => {
    const first = await start();
    await setUpWithKeyStore(first);
    for (let index = 0; index < 40; index += 1) await addPatient(first, `Runner${index}`);
    const backupFolder = join(data, 'backups');
    mkdirSync(backupFolder, { recursive: true });
    const backup = join(backupFolder, backupFileName('manual', new Date()));
    first.sqlite().exec(`VACUUM INTO '${backup}'`);
    await addPatient(first, 'AfterTheBackup');
    await first.close();

    damagePages(databaseFile());
    const damaged = fileDigest(databaseFile());
    const second = await start();
    const status = second.gate.status();
    expect(status).toMatchObject({
      state: 'damaged',
      problem: 'integrity',
      backupFolder,
      latestGoodBackup: { file: backup },
    });
    expect(status.state === 'damaged' && status.message).toMatch(/not written anything/);
    expect(fileDigest(databaseFile())).toBe(damaged);
    expect(await second.call('patients.search', {})).toMatchObject({
      ok: false,
      error: { code: 'not-open' },
    });
    expect(fileDigest(databaseFile())).toBe(damaged);

    const restored = await second.call('startup.restoreBackup', {});
    expect(restored).toEqual({ ok: true, value: { state: 'open', protection: 'key-store' } });
    const names = await patientNames(second);
    expect(names).toHaveLength(40);
    expect(names).not.toContain('AfterTheBackup');
  });

  it('reports a damaged file with no backup to offer', async () => {
    const first = await start();
    await setUpWithKeyStore(first);
    for (let index = 0; index < 40; index += 1) await addPatient(first, `Runner${index}`);
    await first.close();
    damagePages(databaseFile());
    const damaged = fileDigest(databaseFile());
    const second = await start();
    expect(second.gate.status()).toMatchObject({
      state: 'damaged',
      problem: 'integrity',
      latestGoodBackup: null,
    });
    expect(await second.call('startup.restoreBackup', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(fileDigest(databaseFile())).toBe(damaged);
  });

  it('says the key file is missing rather than making a new key over existing records', async () => {
    const first = await start();
    await setUpWithKeyStore(first);
    await first.close();
    copyFileSync(envelope(), join(folder.path, 'kept-aside.json'));
    const { rmSync } = await import('node:fs');
    rmSync(envelope());
    const second = await start();
    expect(second.gate.status()).toMatchObject({ state: 'damaged', problem: 'key-file-missing' });
    expect(await second.call('startup.setUp', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
