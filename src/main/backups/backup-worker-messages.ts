/** What the backup worker thread is given: the database, its key and the file to write. */
export interface BackupWorkerJob {
  databaseFile: string;
  key: Uint8Array;
  target: string;
}

/**
 * What it says back: that it is running (so a worker that never started can be told from a
 * copy that failed), then that the copy is written, or why not (with SQLite's error code, which
 * backupFailureReason turns into words).
 */
export type BackupWorkerMessage =
  | { kind: 'started' }
  | { kind: 'written' }
  | { kind: 'failed'; message: string; code: string | null };
