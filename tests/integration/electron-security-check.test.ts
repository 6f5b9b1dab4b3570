import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../support/temp-database';

const SCRIPT = resolve(__dirname, '../../scripts/check-electron-security.cjs');

let folder: ReturnType<typeof temporaryDirectory>;
beforeEach(() => {
  folder = temporaryDirectory('stride-electron-check-');
});
afterEach(() => folder.remove());

/** Runs `npm run check:electron`'s script over a folder; never throws on a failing exit. */
async function checkFolder(input: string): Promise<{ exitCode: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [SCRIPT, '--input', input, '--report', join(folder.path, 'report.sarif')],
      { cwd: folder.path },
    );
    return { exitCode: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { exitCode: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('the Electron security check in npm test', () => {
  it('fails on an insecure window and on a waiver that gives no reason', async () => {
    const app = join(folder.path, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'main.js'),
      [
        "const { BrowserWindow, shell } = require('electron');",
        'new BrowserWindow({ webPreferences: { sandbox: true, contextIsolation: false } });',
        'shell.openExternal(process.argv[2]); // eng-disable OPEN_EXTERNAL_JS_CHECK',
        '',
      ].join('\n'),
    );
    const { exitCode, output } = await checkFolder(app);
    expect(exitCode).toBe(1);
    expect(output).toMatch(/app\/main\.js:2: CONTEXT_ISOLATION_JS_CHECK/);
    // Waived for Electronegativity, but a waiver must say why it is safe.
    expect(output).not.toMatch(/OPEN_EXTERNAL_JS_CHECK: Review/);
    expect(output).toMatch(/app\/main\.js:3: a waiver needs the check's name and the reason/);
  }, 30_000);
});
