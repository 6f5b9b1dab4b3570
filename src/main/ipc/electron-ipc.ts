import { ipcMain } from 'electron';
import { IPC_CHANNEL } from '../../shared/ipc/methods';
import type { Router } from './router';

/** Connects the router to the one IPC channel; the sender frame goes to the router's check. */
export function listenForRendererCalls(router: Router): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) => {
    const frame = event.senderFrame;
    return router(
      { url: frame?.url ?? '', mainFrame: frame !== null && frame === event.sender.mainFrame },
      method,
      input,
    );
  });
}
