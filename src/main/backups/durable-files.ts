import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Small steps that survive the computer stopping half way: data is forced to the disk before
 * a rename makes it visible under its real name, and the folder itself is forced to the disk
 * after the rename, so the new name cannot be lost in a power cut.
 */

export function syncFile(file: string): void {
  const handle = openSync(file, 'r+');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

export function syncFolder(folder: string): void {
  let handle: number;
  try {
    handle = openSync(folder, 'r');
  } catch {
    // Windows cannot open a folder as a file; there NTFS keeps renames itself.
    return;
  }
  try {
    fsyncSync(handle);
  } catch {
    // Some network shares refuse to sync a folder; the rename itself still happened.
  } finally {
    closeSync(handle);
  }
}

/** Renames within one folder (or one disk) and makes the new name last. */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  syncFolder(dirname(to));
  if (dirname(from) !== dirname(to)) syncFolder(dirname(from));
}

/** Writes a small file whole or not at all: a temporary name, synced, then renamed. */
export function writeFileDurably(file: string, text: string): void {
  const temporary = `${file}.tmp`;
  const handle = openSync(temporary, 'w', 0o600);
  try {
    writeSync(handle, text);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameDurably(temporary, file);
}

/** Copies a file to a temporary name and syncs it; the caller renames it once it is checked. */
export function copyAndSync(from: string, temporary: string): void {
  copyFileSync(from, temporary);
  syncFile(temporary);
}
