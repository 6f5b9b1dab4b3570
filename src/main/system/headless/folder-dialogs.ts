import type { FolderDialog } from '../ports';

/** The browser preview: the page downloads the files it is sent. */
export const downloadFolderDialog: FolderDialog = {
  chooseExportFolder: async () => ({ kind: 'download' }),
};

/** Tests: the physio always chooses this folder. */
export function givenFolderDialog(folder: string): FolderDialog {
  return {
    chooseExportFolder: async () => ({ kind: 'folder', path: folder }),
    chooseBackupFolder: async () => ({ kind: 'folder', path: folder }),
  };
}

/** Tests: the physio closes the folder dialog without choosing. */
export const cancelledFolderDialog: FolderDialog = {
  chooseExportFolder: async () => ({ kind: 'cancelled' }),
  chooseBackupFolder: async () => ({ kind: 'cancelled' }),
};
