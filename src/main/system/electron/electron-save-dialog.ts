import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { SaveDialog } from '../ports';

/** The system's save dialog, opening in Documents with the suggested name, PDFs only. */
export const electronSaveDialog: SaveDialog = {
  async chooseHandoutTarget(suggestedFileName) {
    const options = {
      title: 'Save the home program',
      defaultPath: join(app.getPath('documents'), suggestedFileName),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const window = BrowserWindow.getFocusedWindow();
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { kind: 'cancelled' };
    const path = result.filePath.toLowerCase().endsWith('.pdf')
      ? result.filePath
      : `${result.filePath}.pdf`;
    return { kind: 'file', path };
  },
};
