/**
 * Ports to the operating system. Each has an Electron implementation (the desktop app) and a
 * headless one (tests and the browser preview), so the services never import Electron.
 */

/** Supplies the 256-bit key that encrypts the database file. */
export interface KeyProvider {
  databaseKey(): Promise<Buffer>;
}

export const DATABASE_KEY_BYTES = 32;

/**
 * The operating system's key store (Keychain, Windows DPAPI, GNOME Keyring or KWallet through
 * Electron safeStorage). 'none' when the computer offers no real one, as on Linux without a
 * keyring, where safeStorage falls back to a fixed, public password: then the clinic keeps a
 * passphrase instead.
 */
export interface OsKeyStore {
  readonly kind: 'secure' | 'none';
  wrap(secret: Buffer): Buffer;
  /** Throws when this store cannot open what it is given (another user, a reset keychain). */
  unwrap(wrapped: Buffer): Buffer;
}

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

/**
 * Keeps a secret (the mail password) wrapped at rest: the OS key store in the desktop app, a
 * key derived from the database key in tests and the preview. Wrapped text is base64.
 */
export interface SecretBox {
  wrap(secret: string): string;
  /** Throws when the wrapped text cannot be opened (another machine's key store, say). */
  unwrap(wrapped: string): string;
}

/** Where a draft email for the physio's own mail program goes. */
export type MailDraftTarget =
  | { kind: 'opened'; path: string }
  /** The browser preview cannot open programs: the page downloads the draft itself. */
  | { kind: 'download' };

/** Opens a draft email (.eml) in the system's default mail program. */
export interface MailApp {
  openDraft(fileName: string, eml: Buffer): Promise<MailDraftTarget>;
}

/** Where an exported patient record (a PDF and a JSON file) goes. */
export type ExportFolder =
  | { kind: 'folder'; path: string }
  /** The browser preview has no folder dialog: the page downloads both files itself. */
  | { kind: 'download' }
  | { kind: 'cancelled' };

/** Asks the physio for a folder (the system's folder dialog in the desktop app). */
export interface FolderDialog {
  /** `title` says what the folder is for; the patient record's export by default. */
  chooseExportFolder(title?: string): Promise<ExportFolder>;
  /**
   * Where the clinic's backups go (a second disk or a network share, say). Absent where there
   * is no folder dialog (the browser preview): Settings → Backups takes a typed path there.
   */
  chooseBackupFolder?(): Promise<BackupFolderPick>;
}

export type BackupFolderPick = { kind: 'folder'; path: string } | { kind: 'cancelled' };
