import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ChangePassphraseInput,
  KeyProtection,
  StartupStatus,
} from '../../shared/domain/database-keys';
import type { IpcMethod } from '../../shared/ipc/methods';
import type { IpcError } from '../../shared/ipc/result';
import { backupFolder } from '../backups/backup-folder';
import { listBackups } from '../backups/backup-files';
import {
  applyStagedRestore,
  BackupRefusedError,
  checkBackup,
  hasStagedRestore,
  stageRestore,
} from '../backups/restore';
import { DatabaseKeyError, type DatabaseConnection } from '../db/connection';
import { DATABASE_FILE_NAME, openAppDatabase } from '../db/open-app-database';
import { keyOpensDatabase, quickCheckDatabase } from '../db/quick-check';
import type { Handlers } from '../ipc/router';
import {
  envelopeFile,
  readEnvelope,
  UnreadableEnvelopeError,
  writeEnvelope,
  type KeyEnvelope,
} from '../keys/key-envelope';
import { KeyStoreCannotOpenError, WrongPassphraseError } from '../keys/key-errors';
import {
  openWithKeyStore,
  openWithPassphrase,
  openWithRecoveryKey,
  sealNewEnvelope,
  withDailyProtection,
  type DailyProtection,
} from '../keys/key-vault';
import { rekeyDatabaseFile } from '../keys/rekey-database-file';
import { openKeySettlingChanges } from '../keys/settle-key-change';
import { ConflictError, IncompleteError } from '../services/errors';
import type { Working } from '../services/lock-session';
import { givenKeyProvider } from '../system/headless/given-key-provider';
import { DATABASE_KEY_BYTES, type OsKeyStore } from '../system/ports';
import { damagedMessage } from './damaged-message';
import { isStartupMethod } from './startup-methods';

/**
 * The start-up gate: the main process's one answer to "is the patient database open, and if
 * not, what is needed?". The database opens only here, and only after its key has been proven
 * (by the key store, the clinic passphrase or the recovery key) and the file has passed its
 * quick_check. Until then the router refuses every method but startup.* with 'not-open'.
 */

/** The app on an open database: built by whoever runs it (desktop, preview) once it opens. */
export interface OpenedApp {
  /** Every contract method on this database's services. */
  handlers: Handlers;
  /** The open app's own refusals (the practitioner lock), asked only while it is open. */
  refuse?(method: IpcMethod): IpcError | null;
  /** Who is working, carried over when the database is opened again under a new key. */
  handOver?(): Working | null;
  takeOver?(working: Working, note: string): void;
  /** Records that this database was just put in place from a backup. */
  recordRestore?(replacedFolder: string | null): void;
  close(): Promise<void>;
}

export type KeySource =
  /** The real lifecycle: the key envelope in the data folder and the computer's key store. */
  | {
      kind: 'vault';
      keyStore: OsKeyStore;
      /** The key of a database from before envelopes (the desktop's old wrapped-key file). */
      legacyKey?: () => Buffer | null;
    }
  /** A key handed in: the browser preview's demo key. */
  | { kind: 'given'; key: Buffer };

export interface StartupGateOptions {
  dataDirectory: string;
  migrationsFolder: string;
  keys: KeySource;
  /** Builds the app on the database just opened; `gate` is for the key methods of Settings. */
  openApp(
    connection: DatabaseConnection,
    key: Buffer,
    gate: StartupGate,
  ): OpenedApp | Promise<OpenedApp>;
  logError?(what: string, error: unknown): void;
}

type GateState =
  | { state: 'needs-setup'; existingKey: Buffer | null }
  | { state: 'needs-passphrase' }
  | { state: 'needs-recovery'; reason: 'key-store-cannot-unwrap' | 'key-store-unavailable' }
  | {
      state: 'damaged';
      problem: Extract<StartupStatus, { state: 'damaged' }>['problem'];
      /** The proven key, when there is one: it opens the backups. */
      key: Buffer | null;
      protection: KeyProtection;
      latestGoodBackup: { file: string; takenAt: string } | null;
    }
  | {
      state: 'open';
      key: Buffer;
      protection: KeyProtection;
      connection: DatabaseConnection;
      app: OpenedApp;
    };

export type StartupGate = Awaited<ReturnType<typeof createStartupGate>>;

const NOT_OPEN: IpcError = {
  code: 'not-open',
  message:
    'The patient database is not open yet. Finish the steps on the start screen first; nothing was changed.',
};
const CHANGING_KEY: IpcError = {
  code: 'not-open',
  message:
    'Stride Clinic is changing the database key. Try again in a moment; nothing was changed.',
};

export async function createStartupGate(options: StartupGateOptions) {
  const { dataDirectory } = options;
  const databaseFile = join(dataDirectory, DATABASE_FILE_NAME);
  const currentEnvelope = envelopeFile(dataDirectory, 'current');
  let current: GateState = { state: 'needs-setup', existingKey: null };
  /** One step at a time: a second click while the first is working is refused, not raced. */
  let busy = false;
  let changingKey = false;
  let closing: Promise<void> | null = null;

  const keyStore = (): OsKeyStore | null =>
    options.keys.kind === 'vault' ? options.keys.keyStore : null;

  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (busy) {
      throw new ConflictError(
        'Stride Clinic is still busy with the previous step. Wait a moment and try again.',
      );
    }
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  }

  function newestGoodBackup(key: Buffer | null) {
    if (!key) return null;
    try {
      for (const backup of listBackups(backupFolder(dataDirectory))) {
        if (checkBackup(backup.file, key).ok) {
          return { file: backup.file, takenAt: backup.takenAt };
        }
      }
    } catch (error) {
      options.logError?.('looking for backups', error);
    }
    return null;
  }

  function damaged(
    problem: Extract<GateState, { state: 'damaged' }>['problem'],
    key: Buffer | null,
    protection: KeyProtection,
  ): GateState {
    return { state: 'damaged', problem, key, protection, latestGoodBackup: newestGoodBackup(key) };
  }

  /** The key is proven: check the file without writing to it, then open it and the app. */
  async function openWithKey(key: Buffer, protection: KeyProtection): Promise<void> {
    let restored: { replacedFolder: string | null } | null = null;
    try {
      // A restore chosen earlier goes in place before the check looks at the file.
      restored = applyStagedRestore(dataDirectory);
    } catch (error) {
      options.logError?.('applying a staged restore', error);
    }
    const check = quickCheckDatabase(databaseFile, key);
    if (!check.ok) {
      options.logError?.('the start-up check', new Error(check.details));
      current = damaged(check.problem, key, protection);
      return;
    }
    let connection: DatabaseConnection;
    try {
      connection = await openAppDatabase({
        dataDirectory,
        keyProvider: givenKeyProvider(key),
        migrationsFolder: options.migrationsFolder,
      });
    } catch (error) {
      options.logError?.('opening the database', error);
      current = damaged(
        error instanceof DatabaseKeyError ? 'unreadable' : 'cannot-open',
        key,
        protection,
      );
      return;
    }
    try {
      const app = await options.openApp(connection, key, gate);
      current = { state: 'open', key, protection, connection, app };
      // The restored database's own trail says it was put back, and where the one it replaced is.
      if (restored) app.recordRestore?.(restored.replacedFolder);
    } catch (error) {
      connection.close();
      throw error;
    }
  }

  function dailyProtection(passphrase: string | undefined): DailyProtection {
    const store = keyStore();
    if (store?.kind === 'secure') return { kind: 'key-store', store };
    if (!passphrase) {
      throw new IncompleteError(
        'This computer has no secure key store, so Stride Clinic needs a clinic passphrase to protect the database key. Choose one and type it twice.',
      );
    }
    return { kind: 'passphrase', passphrase };
  }

  /** Decides where start-up stands from the files in the data folder and the key store. */
  async function evaluate(): Promise<void> {
    if (options.keys.kind === 'given') {
      await openWithKey(options.keys.key, 'given-key');
      return;
    }
    const store = options.keys.keyStore;
    let envelope: KeyEnvelope | null;
    try {
      envelope = readEnvelope(currentEnvelope);
    } catch (error) {
      if (!(error instanceof UnreadableEnvelopeError)) throw error;
      current = damaged('key-file-unreadable', null, 'key-store');
      return;
    }
    if (!envelope) {
      if (!existsSync(databaseFile)) {
        current = { state: 'needs-setup', existingKey: null };
        return;
      }
      const legacy = options.keys.legacyKey?.() ?? null;
      current = legacy
        ? { state: 'needs-setup', existingKey: legacy }
        : damaged('key-file-missing', null, 'key-store');
      return;
    }
    if (envelope.passphrase) {
      current = { state: 'needs-passphrase' };
      return;
    }
    if (store.kind !== 'secure') {
      current = { state: 'needs-recovery', reason: 'key-store-unavailable' };
      return;
    }
    try {
      const { key } = await openKeySettlingChanges(dataDirectory, databaseFile, (sealed) =>
        openWithKeyStore(sealed, store),
      );
      await openWithKey(key, 'key-store');
    } catch (error) {
      if (!(error instanceof KeyStoreCannotOpenError)) throw error;
      current = { state: 'needs-recovery', reason: 'key-store-cannot-unwrap' };
    }
  }

  function requireState<S extends GateState['state']>(
    ...states: S[]
  ): Extract<GateState, { state: S }> {
    if (!(states as string[]).includes(current.state)) {
      throw new ConflictError(
        current.state === 'open'
          ? 'The patient database is already open.'
          : 'This step does not fit where start-up stands now. Reload the window to see what is needed.',
      );
    }
    return current as Extract<GateState, { state: S }>;
  }

  function requireOpen() {
    return requireState('open');
  }

  async function closeOpenApp(): Promise<void> {
    if (current.state !== 'open') return;
    const { app, connection } = current;
    try {
      await app.close();
    } finally {
      // Everything in the WAL goes into the main file, so the file alone is the whole database.
      connection.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      connection.close();
    }
  }

  const gate = {
    status(): StartupStatus {
      switch (current.state) {
        case 'needs-setup':
          return {
            state: 'needs-setup',
            keyStore: keyStore()?.kind ?? 'none',
            existingDatabase: current.existingKey !== null,
          };
        case 'needs-passphrase':
          return { state: 'needs-passphrase' };
        case 'needs-recovery':
          return {
            state: 'needs-recovery',
            reason: current.reason,
            needsPassphrase: keyStore()?.kind !== 'secure',
          };
        case 'damaged':
          return {
            state: 'damaged',
            problem: current.problem,
            message: damagedMessage(current.problem),
            dataDirectory,
            backupFolder: backupFolder(dataDirectory),
            latestGoodBackup: current.latestGoodBackup,
          };
        case 'open':
          return { state: 'open', protection: current.protection };
      }
    },

    /** First run: a new key (or the old desktop key), sealed, and the database made. */
    setUp(input: { passphrase?: string }): Promise<{ recoveryKey: string }> {
      return exclusive(async () => {
        const { existingKey } = requireState('needs-setup');
        const protection = dailyProtection(input.passphrase);
        const key = existingKey ?? randomBytes(DATABASE_KEY_BYTES);
        const { envelope, recoveryKey } = await sealNewEnvelope(key, protection);
        writeEnvelope(currentEnvelope, envelope);
        await openWithKey(key, protection.kind);
        return { recoveryKey };
      });
    },

    unlock(passphrase: string): Promise<StartupStatus> {
      return exclusive(async () => {
        requireState('needs-passphrase');
        const { key } = await openKeySettlingChanges(dataDirectory, databaseFile, (sealed) =>
          openWithPassphrase(sealed, passphrase),
        );
        await openWithKey(key, 'passphrase');
        return gate.status();
      });
    },

    /**
     * The recovery key opens the envelope; the key is then sealed again for this computer's
     * key store (or a new clinic passphrase), and the printed recovery key stays valid.
     */
    recover(input: { recoveryKey: string; passphrase?: string }): Promise<StartupStatus> {
      return exclusive(async () => {
        requireState('needs-recovery', 'needs-passphrase');
        const protection = dailyProtection(input.passphrase);
        const { key, envelope } = await openKeySettlingChanges(
          dataDirectory,
          databaseFile,
          (sealed) => openWithRecoveryKey(sealed, input.recoveryKey),
        );
        if (existsSync(databaseFile) && !keyOpensDatabase(databaseFile, key)) {
          // Nothing is rewritten for a key that does not open the file.
          current = damaged('unreadable', null, protection.kind);
          return gate.status();
        }
        writeEnvelope(currentEnvelope, await withDailyProtection(envelope, key, protection));
        await openWithKey(key, protection.kind);
        return gate.status();
      });
    },

    /** A damaged database: the newest good backup is checked, put in place, and opened. */
    restoreLatestBackup(): Promise<StartupStatus> {
      return exclusive(async () => {
        const { key, protection } = requireState('damaged');
        const backup = newestGoodBackup(key);
        if (!key || !backup) {
          throw new ConflictError(
            'No backup that opens with this clinic’s key and passes its check was found, so nothing was restored.',
          );
        }
        try {
          stageRestore(dataDirectory, backup.file, key);
        } catch (error) {
          if (error instanceof BackupRefusedError) throw new IncompleteError(error.message);
          throw error;
        }
        await openWithKey(key, protection);
        return gate.status();
      });
    },

    /**
     * Key rotation: a new random key for the database file, sealed in a new envelope with a
     * new recovery key (returned once). The old key and recovery key open nothing afterwards.
     * In passphrase mode the passphrase is asked again, since the new key is sealed with it.
     */
    rotateKey(input: { passphrase?: string }): Promise<{ recoveryKey: string }> {
      return exclusive(async () => {
        const open = requireOpen();
        if (hasStagedRestore(dataDirectory)) {
          // The waiting copy is under the present key; after a change it would not open.
          throw new ConflictError(
            'A restore from a backup is waiting to be put in place. Restart Stride Clinic to finish it, or cancel it in Settings → Backups, before changing the database key.',
          );
        }
        if (open.protection === 'given-key') {
          throw new ConflictError(
            'This browser preview uses a demo key kept beside its data, so its key cannot be changed here. The desktop app changes its key in Settings → Security.',
          );
        }
        let protection: DailyProtection;
        if (open.protection === 'passphrase') {
          const envelope = readEnvelope(currentEnvelope);
          if (!input.passphrase || !envelope) throw new WrongPassphraseError();
          await openWithPassphrase(envelope, input.passphrase);
          protection = { kind: 'passphrase', passphrase: input.passphrase };
        } else {
          protection = dailyProtection(undefined);
        }
        const newKey = randomBytes(DATABASE_KEY_BYTES);
        const { envelope, recoveryKey } = await sealNewEnvelope(newKey, protection);
        changingKey = true;
        let keyNow = open.key;
        let failure: unknown = null;
        const working = open.app.handOver?.() ?? null;
        try {
          await closeOpenApp();
          rekeyDatabaseFile({
            databaseFile,
            dataDirectory,
            currentKey: open.key,
            newKey,
            newEnvelope: envelope,
          });
          keyNow = newKey;
        } catch (error) {
          options.logError?.('changing the database key', error);
          // Stopped after the database itself took the new key: the change stands, and the
          // next start finishes the key file (openKeySettlingChanges adopts the new envelope).
          if (existsSync(databaseFile) && keyOpensDatabase(databaseFile, newKey)) keyNow = newKey;
          else failure = error;
        } finally {
          await openWithKey(keyNow, open.protection);
          changingKey = false;
          if (working && current.state === 'open') {
            current.app.takeOver?.(
              working,
              failure ? 'a key change failed; the key stays as it was' : 'new key and recovery key',
            );
          }
        }
        if (failure) {
          throw new ConflictError(
            'The database key could not be changed, so the current key and recovery key stay in use. No records were changed.',
          );
        }
        return { recoveryKey };
      });
    },

    changePassphrase(input: ChangePassphraseInput): Promise<null> {
      return exclusive(async () => {
        const open = requireOpen();
        if (open.protection !== 'passphrase') {
          throw new ConflictError(
            'This computer keeps the database key in its key store, so there is no clinic passphrase to change.',
          );
        }
        const envelope = readEnvelope(currentEnvelope);
        if (!envelope) throw new WrongPassphraseError();
        const key = await openWithPassphrase(envelope, input.currentPassphrase);
        const updated = await withDailyProtection(envelope, key, {
          kind: 'passphrase',
          passphrase: input.passphrase,
        });
        writeEnvelope(currentEnvelope, updated);
        return null;
      });
    },

    /** The router's state check: only startup.* before the database is open. */
    refuse(method: IpcMethod): IpcError | null {
      if (isStartupMethod(method)) return null;
      if (changingKey) return CHANGING_KEY;
      if (current.state !== 'open') return NOT_OPEN;
      return current.app.refuse?.(method) ?? null;
    },

    /** The app on the open database, for the router's other methods. */
    openedApp(): OpenedApp | null {
      return current.state === 'open' && !changingKey ? current.app : null;
    },

    /** Closes the app and the database for good (quitting); safe to call more than once. */
    close(): Promise<void> {
      closing ??= closeOpenApp().finally(() => {
        current = { state: 'needs-setup', existingKey: null };
      });
      return closing;
    },
  };

  await evaluate();
  return gate;
}
