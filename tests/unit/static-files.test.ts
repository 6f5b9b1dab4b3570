import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRendererFile } from '../../src/main/preview/static-files';

let root: string;
let renderer: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'stride-static-'));
  renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<title>app</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'app');
  writeFileSync(join(root, 'secret.js'), 'secret');
  writeFileSync(join(root, 'renderer-secret.js'), 'secret');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('serving the built renderer', () => {
  it('serves its files with their content types', async () => {
    expect((await readRendererFile(renderer, '/'))?.contentType).toBe('text/html; charset=utf-8');
    expect((await readRendererFile(renderer, '/assets/app.js'))?.body.toString()).toBe('app');
  });

  it('refuses every way out of the renderer folder', async () => {
    for (const path of [
      '/../secret.js',
      '/%2e%2e/secret.js',
      '/..%2fsecret.js',
      '/assets/..%2f..%2fsecret.js',
      '/..%5csecret.js',
      '/../renderer-secret.js',
      '/%2e%2e%2frenderer-secret.js',
      '//etc/passwd',
      '/%E0%A4%A',
    ]) {
      expect(await readRendererFile(renderer, path), path).toBeNull();
    }
  });

  it('serves only known kinds of file', async () => {
    writeFileSync(join(renderer, 'notes.txt'), 'x');
    expect(await readRendererFile(renderer, '/notes.txt')).toBeNull();
  });
});
