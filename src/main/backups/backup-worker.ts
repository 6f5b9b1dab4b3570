import { parentPort, workerData } from 'node:worker_threads';
import type { BackupWorkerJob, BackupWorkerMessage } from './backup-worker-messages';
import { copyDatabaseInto, openReadOnlyForCopy } from './copy-database';
import { syncFile } from './durable-files';

/**
 * The worker thread that writes one backup. At clinic scale the copy takes minutes; written
 * here, on a connection of its own, it leaves main free to answer the window meanwhile
 * (saving, searching). One worker per backup: it ends when the copy is written.
 */
const port = parentPort;
if (!port) throw new Error('The backup worker must run as a worker thread.');
const job = workerData as BackupWorkerJob;

function say(message: BackupWorkerMessage): void {
  port?.postMessage(message);
}

say({ kind: 'started' });
try {
  const sqlite = openReadOnlyForCopy(job.databaseFile, job.key);
  try {
    copyDatabaseInto(sqlite, job.target);
  } finally {
    sqlite.close();
  }
  // VACUUM INTO leaves its output in the system's cache; forcing gigabytes to the disk takes a
  // while, so it is done here too, and main's own sync before the rename finds little left.
  syncFile(job.target);
  say({ kind: 'written' });
} catch (error) {
  const code = (error as { code?: unknown } | null)?.code;
  say({
    kind: 'failed',
    message: error instanceof Error ? error.message : String(error),
    code: typeof code === 'string' ? code : null,
  });
}
