import type Database from 'better-sqlite3';
import type {
  Backup,
  BackupCheckResult,
  BackupResult,
  BackupStatus,
} from '../../shared/domain/backups';
import { backupFolderChoice, backupFolderProblem, setBackupFolder } from '../backups/backup-folder';
import { listBackups, type BackupFile } from '../backups/backup-files';
import { backupFailureReason } from '../backups/backup-problem';
import {
  BackupRefusedError,
  cancelStagedRestore,
  checkBackup,
  hasStagedRestore,
  replacedDatabasesFolder,
  stageRestore,
} from '../backups/restore';
import { copyOnThisThread, type CopyDatabase } from '../backups/copy-database';
import { copyInWorker } from '../backups/copy-in-worker';
import { keepKeyFileBeside } from '../backups/key-file-beside';
import { rotateBackups, writeBackup } from '../backups/write-backup';
import type { FolderDialog } from '../system/ports';
import type { Clock } from './clock';
import { IncompleteError, NotFoundError } from './errors';
import { writeFailureReason } from './write-failure';

/** What backups need from the running app beyond the services' database handle. */
export interface BackupSetup {
  /** The open database: its file is copied with VACUUM INTO. */
  sqlite: Database.Database;
  /**
   * The backup worker thread's script, which writes the copy on a connection of its own so
   * the app goes on answering; null copies on the main thread (tools that serve no window).
   */
  workerFile: string | null;
  dataDirectory: string;
  /** The database key now (it may be changed while the app runs): restores are checked with it. */
  databaseKey(): Buffer;
  /** Restarts the app onto a restored database; null where it cannot restart itself (preview). */
  restartApp: (() => void) | null;
}

const NOT_IN_FOLDER =
  'That backup is not in the backup folder any more. The list has been brought up to date.';
/** Lets the answer reach the page before the app restarts. */
const RESTART_DELAY_MS = 300;

function shown(backup: BackupFile): Backup {
  return {
    fileName: backup.fileName,
    kind: backup.kind,
    takenAt: backup.takenAt,
    sizeBytes: backup.sizeBytes,
  };
}

function onSameLocalDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

/**
 * Settings → Backups and the daily backup: where backups go, making one (by hand or when one
 * is due), the list, and restoring one. A backup that cannot be written is reported (the last
 * result, which the page and a notice show) and never stops the app.
 */
export function createBackupService(
  setup: BackupSetup | undefined,
  clock: Clock,
  folderDialog: FolderDialog,
) {
  let lastResult: BackupResult | null = null;
  /** The backup being written: a second request joins it rather than starting another. */
  let running: { result: Promise<BackupResult>; startedAt: string; automatic: boolean } | null =
    null;

  function required(): BackupSetup {
    if (!setup) throw new IncompleteError('This tool does not make or restore backups.');
    return setup;
  }

  function readList(folder: string): { backups: BackupFile[]; folderProblem: string | null } {
    try {
      return { backups: listBackups(folder), folderProblem: null };
    } catch (error) {
      return {
        backups: [],
        folderProblem: `The backup folder cannot be read: ${writeFailureReason(error)}.`,
      };
    }
  }

  function status(): BackupStatus {
    const { dataDirectory } = required();
    const choice = backupFolderChoice(dataDirectory);
    const { backups, folderProblem } = readList(choice.folder);
    return {
      folder: choice.folder,
      usesDefaultFolder: choice.isDefault,
      canChooseFolder: folderDialog.chooseBackupFolder !== undefined,
      canRestart: setup?.restartApp != null,
      backups: backups.map(shown),
      folderProblem,
      lastResult,
      writing: running ? { startedAt: running.startedAt, automatic: running.automatic } : null,
      restoreWaiting: hasStagedRestore(dataDirectory),
      replacedFolder: replacedDatabasesFolder(dataDirectory),
    };
  }

  /** How the copy is written: in the worker thread, or on this one where there is none. */
  function copier(backups: BackupSetup): CopyDatabase {
    const onThisThread = copyOnThisThread(backups.sqlite);
    if (!backups.workerFile) return onThisThread;
    return copyInWorker({
      workerFile: backups.workerFile,
      databaseFile: backups.sqlite.name,
      databaseKey: backups.databaseKey,
      fallback: onThisThread,
    });
  }

  /**
   * Starts a backup, or joins the one being written: two requests at once (the daily look and
   * "Back up now", or two clicks) make one backup, and both get its result.
   */
  function backUp(origin: 'scheduled' | 'manual'): Promise<BackupResult> {
    if (running) return running.result;
    const at = new Date(clock.nowIso());
    const result = writeAndRotate(origin, at).finally(() => {
      running = null;
    });
    running = { result, startedAt: at.toISOString(), automatic: origin === 'scheduled' };
    return result;
  }

  /** Writes one backup into the clinic's folder, rotates, and records what happened. */
  async function writeAndRotate(origin: 'scheduled' | 'manual', at: Date): Promise<BackupResult> {
    const backups = required();
    const choice = backupFolderChoice(backups.dataDirectory);
    try {
      // The default folder is made when missing; a chosen one must be there (a share connected).
      const backup = await writeBackup(copier(backups), choice.folder, origin, at, {
        createFolder: choice.isDefault,
      });
      // Without the sealed key beside them, the backups would not outlive this computer.
      keepKeyFileBeside(backups.dataDirectory, choice.folder);
      try {
        rotateBackups(choice.folder, at);
      } catch (error) {
        // Old backups left over are no danger; the new one was written.
        console.error('[backups] rotation did not finish', error);
      }
      lastResult = { ok: true, at: at.toISOString(), backup: shown(backup) };
    } catch (error) {
      const automatic = origin === 'scheduled';
      lastResult = {
        ok: false,
        at: at.toISOString(),
        automatic,
        problem:
          `The backup to ${choice.folder} was not made: ${backupFailureReason(error, choice.folder)}. ` +
          (automatic
            ? 'Stride Clinic goes on working and tries again within the hour.'
            : 'Check the folder (is its disk or network share connected?) and try again.'),
      };
      console.error('[backups] a backup was not made', error);
    }
    return lastResult;
  }

  /** Takes the day's backup when today has none yet (in the backup folder) ; null when not due. */
  async function backUpIfDue(): Promise<BackupResult | null> {
    const { dataDirectory } = required();
    const now = new Date(clock.nowIso());
    const { folder } = backupFolderChoice(dataDirectory);
    const { backups } = readList(folder);
    const today = backups.some(
      (backup) => backup.origin === 'scheduled' && onSameLocalDay(new Date(backup.takenAt), now),
    );
    return today ? null : backUp('scheduled');
  }

  function useFolder(folder: string | null): BackupStatus {
    const { dataDirectory } = required();
    if (folder !== null) {
      const problem = backupFolderProblem(folder);
      // The page titles the message "The backup folder was not changed".
      if (problem) throw new IncompleteError(problem);
    }
    setBackupFolder(dataDirectory, folder);
    return status();
  }

  function findBackup(fileName: string): BackupFile {
    const { dataDirectory } = required();
    const { folder } = backupFolderChoice(dataDirectory);
    const backup = readList(folder).backups.find((entry) => entry.fileName === fileName);
    if (!backup) throw new NotFoundError(NOT_IN_FOLDER);
    return backup;
  }

  return {
    status,
    backUpIfDue,
    backUpNow: () => backUp('manual'),
    /**
     * Waits for a backup being written, before the database is closed (quitting, changing the
     * key). SQLite cannot stop a copy half way; the key must not change under the worker's
     * connection. A quit waits only so long: a half-written file it leaves has a hidden name
     * and is removed by a later rotation.
     */
    async finishWriting(): Promise<void> {
      await running?.result;
    },
    /** Keeps backups in a folder typed by the physio, or the default folder (null). */
    setFolder: useFolder,
    /** The system's folder dialog (desktop only); cancelling changes nothing. */
    async chooseFolder(): Promise<BackupStatus> {
      if (!folderDialog.chooseBackupFolder) {
        throw new IncompleteError(
          'This version of Stride Clinic has no folder dialog: type the folder’s path instead.',
        );
      }
      const pick = await folderDialog.chooseBackupFolder();
      return pick.kind === 'folder' ? useFolder(pick.path) : status();
    },
    /** Opens the backup read-only with the key and runs SQLite's integrity check on it. */
    check(fileName: string): BackupCheckResult {
      const backup = findBackup(fileName);
      const result = checkBackup(backup.file, required().databaseKey());
      return result.ok
        ? { ok: true, backup: shown(backup), patients: result.patients }
        : { ok: false, backup: shown(backup), reason: result.reason };
    },
    /**
     * Checks the backup again, stages it in the data folder and restarts onto it (the desktop
     * app); the preview applies it the next time it starts.
     */
    restore(fileName: string): { restarting: boolean } {
      const { dataDirectory, databaseKey, restartApp } = required();
      const backup = findBackup(fileName);
      try {
        stageRestore(dataDirectory, backup.file, databaseKey());
      } catch (error) {
        if (error instanceof BackupRefusedError) throw new IncompleteError(error.message);
        throw new IncompleteError(
          `The backup could not be copied into the data folder: ${writeFailureReason(error)}. Nothing was changed.`,
        );
      }
      if (!restartApp) return { restarting: false };
      setTimeout(restartApp, RESTART_DELAY_MS);
      return { restarting: true };
    },
    /** Withdraws a restore waiting for the next start. */
    cancelRestore(): BackupStatus {
      cancelStagedRestore(required().dataDirectory);
      return status();
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
