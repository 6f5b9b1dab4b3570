import { app, BrowserWindow, dialog } from 'electron';
import type { FolderDialog } from '../ports';

/** The system's folder dialog, opening in Documents; the physio may make a new folder. */
export const electronFolderDialog: FolderDialog = {
  async chooseExportFolder() {
    const options = {
      title: 'Choose a folder for the patient record',
      buttonLabel: 'Export here',
      defaultPath: app.getPath('documents'),
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const window = BrowserWindow.getFocusedWindow();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    const [path] = result.filePaths;
    if (result.canceled || !path) return { kind: 'cancelled' };
    return { kind: 'folder', path };
  },
};
