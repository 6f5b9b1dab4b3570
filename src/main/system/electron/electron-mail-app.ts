import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, shell } from 'electron';
import type { MailApp } from '../ports';

/** Writes the draft to the app's temporary folder and opens it with the default mail program. */
export const electronMailApp: MailApp = {
  async openDraft(fileName, eml) {
    const folder = join(app.getPath('temp'), 'stride-clinic-drafts');
    await mkdir(folder, { recursive: true });
    const path = join(folder, fileName);
    await writeFile(path, eml, { mode: 0o600 });
    const problem = await shell.openPath(path);
    if (problem) throw new Error(`The mail program could not open the draft: ${problem}`);
    return { kind: 'opened', path };
  },
};
