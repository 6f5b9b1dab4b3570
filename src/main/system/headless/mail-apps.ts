import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailApp } from '../ports';

/** The browser preview: the page downloads the draft email it is given. */
export const downloadMailApp: MailApp = {
  openDraft: async () => ({ kind: 'download' }),
};

/** Tests: the draft is written into one folder, as if a mail program had opened it from there. */
export function folderMailApp(folder: string): MailApp {
  return {
    async openDraft(fileName, eml) {
      const path = join(folder, fileName);
      await writeFile(path, eml);
      return { kind: 'opened', path };
    },
  };
}
