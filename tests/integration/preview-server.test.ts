import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessHandoutRenderer } from '../../src/main/pdf/in-process-renderer';
import { startPreview } from '../../src/main/preview/start-preview';
import { FONTS_DIRECTORY } from '../support/handout-samples';
import { MIGRATIONS_FOLDER, randomKey, temporaryDirectory } from '../support/temp-database';
import { TEST_PIN, TEST_PRACTITIONER } from '../support/test-practitioner';

let folder: ReturnType<typeof temporaryDirectory>;
let preview: Awaited<ReturnType<typeof startPreview>>;
let token: string;

beforeAll(async () => {
  folder = temporaryDirectory();
  const renderer = join(folder.path, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Stride Clinic</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(folder.path, 'secret.txt'), 'not for the browser');
  preview = await startPreview({
    dataDirectory: join(folder.path, 'data'),
    keys: { kind: 'demo', key: randomKey() },
    rendererDirectory: renderer,
    migrationsFolder: MIGRATIONS_FOLDER,
    handoutRenderer: inProcessHandoutRenderer(FONTS_DIRECTORY),
  });
  token = new URL(preview.url).searchParams.get('token')!;
});
afterAll(async () => {
  await preview.close();
  folder.remove();
});

/** A raw HTTP request, so tests can send the headers a browser would not let them forge. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { port } = new URL(preview.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A call as the app's own page makes it: token and Origin; tests override either. */
const call = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Stride-Token': token,
      Origin: preview.origin,
      ...headers,
    },
    body: JSON.stringify(input),
  });

describe('the browser preview server', () => {
  it('listens on loopback and runs calls that carry the token, once a practitioner unlocks', async () => {
    expect(preview.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The preview opens locked, as the desktop app does.
    const refused = await call('patients.search', { query: 'ana' });
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'locked' } });
    const unlocked = await call('practitioners.createFirst', {
      practitioner: TEST_PRACTITIONER,
      secret: { kind: 'pin', value: TEST_PIN },
    });
    expect(JSON.parse(unlocked.body)).toMatchObject({ ok: true, value: { unlocked: true } });
    const created = await call('patients.create', {
      patient: { firstName: 'Ana', lastName: 'Silva' },
    });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { firstName: 'Ana' } });
    const found = await call('patients.search', { query: 'ana' });
    expect(JSON.parse(found.body).value.patients).toHaveLength(1);
  });

  it('refuses calls without the token, from another origin or for another host', async () => {
    const noToken = await call(
      'patients.create',
      { patient: { firstName: 'X', lastName: 'Y' } },
      {
        'X-Stride-Token': 'wrong',
      },
    );
    expect(noToken.status).toBe(403);
    expect(JSON.parse(noToken.body).error.code).toBe('forbidden-sender');

    const otherSite = await call(
      'patients.search',
      { query: '' },
      { Origin: 'https://evil.example' },
    );
    expect(otherSite.status).toBe(403);

    const rebinding = await call('patients.search', { query: '' }, { Host: 'evil.example:80' });
    expect(rebinding.status).toBe(421);

    const found = await call('patients.search', { query: '' });
    expect(
      JSON.parse(found.body).value.patients.map((p: { lastName: string }) => p.lastName),
    ).toEqual(['Silva']);
  });

  it('answers unreadable or unknown calls with a message', async () => {
    const garbled = await send('/api/patients.create', {
      method: 'POST',
      headers: { 'X-Stride-Token': token, Origin: preview.origin },
      body: '{not json',
    });
    expect(garbled.status).toBe(400);
    expect(JSON.parse(garbled.body).error.message).toMatch(/not readable/);
    const unknown = await call('patients.drop', {});
    expect(JSON.parse(unknown.body).error.code).toBe('unknown-method');
  });

  it('serves the renderer with its CSP and nothing outside it', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send('/assets/app.js')).status).toBe(200);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/missing.js',
    ]) {
      const response = await send(path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('not for the browser');
    }
  });
});
