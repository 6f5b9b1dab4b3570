import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format } from 'date-fns';
import { safeFileNamePart } from '../pdf/file-name';

/** "Record - Novak Marta - 2026-11-22": no characters a file system refuses. */
export function recordBaseName(
  patient: { firstName: string; lastName: string },
  exportedAt: Date,
): string {
  const name = safeFileNamePart(`${patient.lastName} ${patient.firstName}`);
  return `Record - ${name} - ${format(exportedAt, 'yyyy-MM-dd')}`;
}

export interface NewFile {
  extension: string;
  bytes: Buffer;
}

export interface WrittenFile {
  fileName: string;
  path: string;
}

const isExisting = (error: unknown) => (error as { code?: string }).code === 'EEXIST';

/**
 * Writes the files side by side under one base name, never over an existing file: when a
 * name is taken (an export earlier the same day), all of them get the next free " (2)",
 * " (3)" ... so the PDF and the JSON of one export always share their name. Each file is
 * created exclusively ('wx'), so even a file appearing meanwhile is never overwritten.
 */
export async function writeNewFiles(
  folder: string,
  baseName: string,
  files: NewFile[],
): Promise<WrittenFile[]> {
  for (let attempt = 1; attempt < 1000; attempt += 1) {
    const stem = attempt === 1 ? baseName : `${baseName} (${attempt})`;
    const written: WrittenFile[] = [];
    // The file being written: once created it is ours even if writing its bytes then fails
    // (a full disk), so it is removed with the others.
    let writing: string | null = null;
    try {
      for (const file of files) {
        const fileName = `${stem}${file.extension}`;
        writing = join(folder, fileName);
        await writeFile(writing, file.bytes, { flag: 'wx' });
        written.push({ fileName, path: writing });
        writing = null;
      }
      return written;
    } catch (error) {
      // Undo this attempt's files, so a failed or clashing export leaves nothing half-done.
      // A name already taken is someone else's file: that one stays as it is.
      const ours = written.map((file) => file.path);
      if (writing !== null && !isExisting(error)) ours.push(writing);
      await Promise.all(ours.map((path) => rm(path, { force: true })));
      if (!isExisting(error)) throw error;
    }
  }
  throw new Error(`The folder already holds too many copies named "${baseName}".`);
}
