import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { BackupWorkerJob, BackupWorkerMessage } from './backup-worker-messages';
import type { CopyDatabase } from './copy-database';

export interface WorkerCopySetup {
  /** The backup worker's script (built beside main, or a tsx loader in the tests). */
  workerFile: string;
  /** The database file the app has open. */
  databaseFile: string;
  /** The key now: it may be changed while the app runs. */
  databaseKey(): Buffer;
  /** Copies on the main thread when the worker cannot start, so the backup is still made. */
  fallback: CopyDatabase;
  /** Where "the worker could not start" is written: the app's log. */
  logWarning?: (message: string, error: unknown) => void;
}

const NOT_STARTED = '[backups] the backup worker could not start; copying on the main thread';

/** An error from the worker that keeps SQLite's code, so the reason can be put in words. */
function copyFailed(message: string, code: string | null): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

/**
 * Runs one worker for one copy. Resolves 'not-started' when the worker never got as far as
 * saying it runs (script missing, a library that does not load in a thread); rejects when it
 * ran and the copy failed.
 */
function copyInOneWorker(
  setup: WorkerCopySetup,
  target: string,
): Promise<{ written: true } | { written: false; because: unknown }> {
  return new Promise((resolve, reject) => {
    const job: BackupWorkerJob = {
      databaseFile: setup.databaseFile,
      key: new Uint8Array(setup.databaseKey()),
      target,
    };
    let worker: Worker;
    try {
      worker = new Worker(setup.workerFile, { workerData: job });
    } catch (error) {
      resolve({ written: false, because: error });
      return;
    }
    let started = false;
    let settled = false;
    let failure: unknown = null;
    function settle(outcome: () => void): void {
      if (settled) return;
      settled = true;
      outcome();
    }
    worker.on('message', (message: BackupWorkerMessage) => {
      if (message.kind === 'started') started = true;
      else if (message.kind === 'written') settle(() => resolve({ written: true }));
      else settle(() => reject(copyFailed(message.message, message.code)));
    });
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', (code) => {
      const because = failure ?? new Error(`The backup worker stopped (exit code ${code}).`);
      if (started) settle(() => reject(because));
      else settle(() => resolve({ written: false, because }));
    });
  });
}

/**
 * Writes the copy in a worker thread with its own read-only connection, so the main thread
 * goes on answering while a copy of many gigabytes is written. A worker that cannot start
 * falls back to the copy on this thread, and says so in the log: a slow backup is better than
 * none. A copy the worker started and SQLite refused (disk full, folder gone) fails as it would
 * on this thread, with SQLite's code.
 */
export function copyInWorker(setup: WorkerCopySetup): CopyDatabase {
  const logWarning =
    setup.logWarning ?? ((message: string, error: unknown) => console.warn(message, error));
  return async (target) => {
    const outcome = await copyInOneWorker(setup, target);
    if (outcome.written) return;
    logWarning(NOT_STARTED, outcome.because);
    // Whatever a worker that died on its way in may have left would make VACUUM INTO refuse.
    rmSync(target, { force: true });
    await setup.fallback(target);
  };
}
