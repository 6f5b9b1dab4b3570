/**
 * Ports to the operating system. Each has an Electron implementation (the desktop app) and a
 * headless one (tests and the browser preview), so the services never import Electron.
 */

/** Supplies the 256-bit key that encrypts the database file. */
export interface KeyProvider {
  databaseKey(): Promise<Buffer>;
}

export const DATABASE_KEY_BYTES = 32;

export function assertDatabaseKey(key: Buffer): Buffer {
  if (key.length !== DATABASE_KEY_BYTES) {
    throw new Error(`The database key must be ${DATABASE_KEY_BYTES} bytes, got ${key.length}.`);
  }
  return key;
}

/** Where a handout the physio saves goes. */
export type SaveTarget =
  | { kind: 'file'; path: string }
  /** The browser preview has no file dialog: the page downloads the PDF itself. */
  | { kind: 'download' }
  | { kind: 'cancelled' };

/** Asks the physio where to save a file (the system's save dialog in the desktop app). */
export interface SaveDialog {
  chooseHandoutTarget(suggestedFileName: string): Promise<SaveTarget>;
}
