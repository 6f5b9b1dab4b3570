import { join } from 'node:path';
import type { SaveDialog } from '../ports';

/** The browser preview: the page downloads the PDF it already holds. */
export const downloadSaveDialog: SaveDialog = {
  chooseHandoutTarget: async () => ({ kind: 'download' }),
};

/** Tests: every file goes into one folder under its suggested name, as if the physio chose it. */
export function folderSaveDialog(folder: string): SaveDialog {
  return {
    chooseHandoutTarget: async (fileName) => ({ kind: 'file', path: join(folder, fileName) }),
  };
}
