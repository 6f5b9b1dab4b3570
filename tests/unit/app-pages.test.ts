import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppPageRequest, APP_PAGE_URL } from '../../src/main/app-pages';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security-policy';

let root: string;
let renderer: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'stride-app-pages-'));
  renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<title>Stride Clinic</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'app');
  writeFileSync(join(root, 'patients.db'), 'records');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the app's own scheme", () => {
  it('serves the built page with its CSP', async () => {
    const page = await answerAppPageRequest(renderer, `${APP_PAGE_URL}#/patients`, 'GET');
    expect(page.status).toBe(200);
    expect(page.body?.toString()).toBe('<title>Stride Clinic</title>');
    expect(page.headers).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    const script = await answerAppPageRequest(renderer, 'stride://app/assets/app.js', 'GET');
    expect(script.body?.toString()).toBe('app');
  });

  it('answers nothing outside the renderer folder, on another host, or to a write', async () => {
    for (const [url, method] of [
      ['stride://app/../patients.db', 'GET'],
      ['stride://app/%2e%2e/patients.db', 'GET'],
      ['stride://app/assets/..%2f..%2fpatients.db', 'GET'],
      ['stride://other/index.html', 'GET'],
      ['file:///etc/passwd', 'GET'],
      ['stride://app/index.html', 'POST'],
      ['stride://app/missing.js', 'GET'],
      ['not a url', 'GET'],
    ] as const) {
      const answer = await answerAppPageRequest(renderer, url, method);
      expect(answer, `${method} ${url}`).toEqual({ status: 404, headers: {}, body: null });
    }
  });
});
