import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IpcResult } from '../../shared/ipc/result';
import type { Router } from '../ipc/router';
import { CONTENT_SECURITY_POLICY } from '../security-policy';
import { readRendererFile } from './static-files';

/**
 * The browser preview: the built renderer and the same router as the desktop app, over HTTP on
 * 127.0.0.1 only. Every call must carry the per-run token printed with the URL, name this host
 * (which stops DNS rebinding) and come from this server's own page (the router checks Origin).
 */

export const TOKEN_HEADER = 'x-stride-token';
// Room for an exercise photo (at most 1.5 MB, sent as base64) and its text.
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface PreviewServerOptions {
  router: Router;
  rendererDirectory: string;
  token: string;
  port?: number;
}

export interface PreviewServer {
  origin: string;
  /** The address to open: the origin with the token the page needs. */
  url: string;
  close(): Promise<void>;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(response: ServerResponse, status: number, result: IpcResult<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function refuse(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { ok: false, error: { code: 'forbidden-sender', message } });
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  let origin = '';
  let allowedHosts: string[] = [];

  async function handleCall(request: IncomingMessage, response: ServerResponse, method: string) {
    if (!sameSecret(request.headers[TOKEN_HEADER] as string | undefined, options.token)) {
      return refuse(response, 403, 'This request did not carry the preview token and was refused.');
    }
    const body = await readBody(request);
    if (body === null) {
      return sendJson(response, 413, {
        ok: false,
        error: { code: 'invalid-input', message: 'The request was too large. Nothing was saved.' },
      });
    }
    let input: unknown;
    try {
      input = body === '' ? undefined : JSON.parse(body);
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'The request was not readable. Nothing was saved.',
        },
      });
    }
    // Browsers always send Origin with a POST; the router trusts only this server's own page.
    const sender = { url: request.headers.origin ?? '', mainFrame: true };
    const result = await options.router(sender, method, input);
    sendJson(response, !result.ok && result.error.code === 'forbidden-sender' ? 403 : 200, result);
  }

  async function handleFile(request: IncomingMessage, response: ServerResponse, path: string) {
    const file = await readRendererFile(options.rendererDirectory, path);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return response.end('Not found');
    }
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    if (!allowedHosts.includes(host)) return refuse(response, 421, 'Wrong host for the preview.');
    const url = new URL(request.url ?? '/', origin);
    const call = /^\/api\/([\w.]+)$/.exec(url.pathname);
    const work =
      call && request.method === 'POST'
        ? handleCall(request, response, call[1] as string)
        : request.method === 'GET' || request.method === 'HEAD'
          ? handleFile(request, response, url.pathname)
          : Promise.resolve(refuse(response, 405, 'Method not allowed.'));
    work.catch((error: unknown) => {
      console.error('[preview] request failed', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = [`127.0.0.1:${port}`];

  return {
    origin,
    url: `${origin}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
