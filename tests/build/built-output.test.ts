import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Script, createContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtAppFiles } from '../../src/main/app-files';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security-policy';
import { IPC_CHANNEL, IPC_METHODS } from '../../src/shared/ipc/methods';

// These check what electron-vite built (npm test builds before running them).
const files = builtAppFiles(resolve(__dirname, '../../out/main'));

beforeAll(() => {
  if (!existsSync(files.preload)) {
    throw new Error('The app is not built: run `npm run build` before these tests.');
  }
});

describe('the built app', () => {
  it('has every file the main process loads', () => {
    for (const file of [
      files.preload,
      files.rendererIndex,
      join(files.migrations, 'meta/_journal.json'),
    ]) {
      expect(existsSync(file), file).toBe(true);
    }
    const journal = JSON.parse(readFileSync(join(files.migrations, 'meta/_journal.json'), 'utf8'));
    for (const entry of journal.entries as { tag: string }[]) {
      expect(existsSync(join(files.migrations, `${entry.tag}.sql`)), entry.tag).toBe(true);
    }
    const html = readFileSync(files.rendererIndex, 'utf8');
    for (const [, asset] of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)) {
      expect(existsSync(join(files.rendererDirectory, asset!)), asset).toBe(true);
    }
  });

  it('has a preload that loads in a sandbox: CommonJS, needing nothing but electron', () => {
    const source = readFileSync(files.preload, 'utf8');
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const requested: string[] = [];
    const electron = {
      contextBridge: {
        exposeInMainWorld: (name: string, value: unknown) => {
          exposed[name] = value;
        },
      },
      ipcRenderer: {
        invoke: (...args: unknown[]) => {
          invoked.push(args);
          return Promise.resolve({ ok: true, value: null });
        },
      },
    };
    // What a sandboxed preload gets: a CommonJS wrapper whose require knows only a few modules.
    const sandboxRequire = (name: string) => {
      requested.push(name);
      if (name === 'electron') return electron;
      throw new Error(`A sandboxed preload cannot require "${name}"`);
    };
    const module = { exports: {} };
    const wrapper = new Script(`(function (exports, require, module) {\n${source}\n})`, {
      filename: 'preload/index.js',
    }).runInContext(createContext({}));
    wrapper(module.exports, sandboxRequire, module);

    expect(requested).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed['api'] as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...IPC_METHODS].sort());
    void api['patients.search']!({ query: 'x' });
    expect(invoked).toEqual([[IPC_CHANNEL, 'patients.search', { query: 'x' }]]);
  });

  it('serves its page with the strict Content-Security-Policy', () => {
    const html = readFileSync(files.rendererIndex, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    expect(meta![1]!.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
  });
});
