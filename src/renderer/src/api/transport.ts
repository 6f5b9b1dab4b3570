import type { StrideApi } from '../../../shared/ipc/contract';
import { IPC_METHODS, type IpcMethod } from '../../../shared/ipc/methods';
import type { IpcResult } from '../../../shared/ipc/result';

declare global {
  interface Window {
    /** Exposed by the preload in the desktop app; absent in the browser preview. */
    api?: StrideApi;
  }
}

type Transport = (method: IpcMethod, input: unknown) => Promise<IpcResult<unknown>>;

const TOKEN_STORAGE_KEY = 'stride-preview-token';

/** The browser preview's token arrives in the page address once; keep it for reloads. */
function previewToken(): string {
  const fromAddress = new URLSearchParams(window.location.search).get('token');
  if (fromAddress) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, fromAddress);
    return fromAddress;
  }
  return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
}

function httpTransport(token: string): Transport {
  return async (method, input) => {
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Stride-Token': token },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as IpcResult<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'The Stride Clinic preview server is not answering. Is it still running?',
        },
      };
    }
  };
}

function desktopTransport(api: StrideApi): Transport {
  return (method, input) => (api[method] as (input: unknown) => Promise<IpcResult<unknown>>)(input);
}

/** The only place in the renderer that touches window.api. */
export function createTransport(): Transport {
  const api = window.api;
  if (api && IPC_METHODS.every((method) => typeof api[method] === 'function')) {
    return desktopTransport(api);
  }
  return httpTransport(previewToken());
}
