import { ipcMain } from 'electron';
import { IPC_CHANNEL } from '../../shared/ipc/methods';
import { callSenderOf } from './call-sender';
import type { Router } from './router';

/** Connects the router to the one IPC channel; the sender frame goes to the router's check. */
export function listenForRendererCalls(router: Router): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) =>
    router(callSenderOf(event), method, input),
  );
}
