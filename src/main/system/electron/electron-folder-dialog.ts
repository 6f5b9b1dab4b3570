import { app, BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import type { FolderDialog } from '../ports';

/** The system's folder dialog over the focused window; the physio may make a new folder. */
async function chooseFolder(
  options: OpenDialogOptions,
): Promise<{ kind: 'folder'; path: string } | { kind: 'cancelled' }> {
  const withFolders: OpenDialogOptions = {
    ...options,
    properties: ['openDirectory', 'createDirectory'],
  };
  const window = BrowserWindow.getFocusedWindow();
  const result = window
    ? await dialog.showOpenDialog(window, withFolders)
    : await dialog.showOpenDialog(withFolders);
  const [path] = result.filePaths;
  if (result.canceled || !path) return { kind: 'cancelled' };
  return { kind: 'folder', path };
}

export const electronFolderDialog: FolderDialog = {
  /** Opens in Documents, where a physio looks for what they exported. */
  chooseExportFolder(title = 'Choose a folder for the patient record') {
    return chooseFolder({
      title,
      buttonLabel: 'Export here',
      defaultPath: app.getPath('documents'),
    });
  },
  chooseBackupFolder() {
    return chooseFolder({
      title: 'Choose the folder for the clinic’s backups',
      message: 'A second disk or a network share keeps the backups safe if this computer fails.',
      buttonLabel: 'Keep backups here',
    });
  },
};
