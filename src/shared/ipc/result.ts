/**
 * Every call across the process boundary answers with this envelope, never a thrown error, so
 * the renderer always has a message it can show.
 */
export type IpcErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'forbidden-sender'
  | 'not-found'
  | 'conflict'
  | 'internal'
  /** The app is locked: a practitioner must unlock it first. */
  | 'locked'
  /** The patient database is not open (first run, key needed, or damaged). */
  | 'not-open';

export interface IpcError {
  code: IpcErrorCode;
  /** A sentence a physio can read. */
  message: string;
  /** Per-field messages for forms, keyed by the dotted field path ("runningProfile.goalEventDate"). */
  fieldErrors?: Record<string, string>;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
