import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, IPC_METHODS } from '../shared/ipc/methods';

/**
 * The renderer gets `window.api`: one function per contract method, each a single invoke on
 * the one channel. Nothing else of Electron or Node crosses the bridge.
 */
const api = Object.fromEntries(
  IPC_METHODS.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
  ]),
);

contextBridge.exposeInMainWorld('api', api);
