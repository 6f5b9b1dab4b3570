import { readdirSync } from 'node:fs';
import { writeNewFiles } from '../../src/main/services/export-files';

/**
 * Past the size limit the system sends SIGXFSZ, which would end the process; listening for
 * it makes the write fail with EFBIG instead, as a full disk's ENOSPC would.
 */
process.on('SIGXFSZ', () => {});

/** A small PDF that fits, then a JSON far beyond the limit; prints the error and what is left. */
async function writeTooMuch(): Promise<void> {
  const folder = process.argv[2]!;
  let code: string | null = null;
  try {
    await writeNewFiles(folder, 'Record - Novak Marta - 2026-11-22', [
      { extension: '.pdf', bytes: Buffer.alloc(1024, 1) },
      { extension: '.json', bytes: Buffer.alloc(16 * 1024 * 1024, 2) },
    ]);
  } catch (error) {
    code = (error as { code?: string }).code ?? String(error);
  }
  process.stdout.write(JSON.stringify({ code, left: readdirSync(folder) }));
}

void writeTooMuch();
