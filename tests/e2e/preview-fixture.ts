import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';

const PREVIEW_SCRIPT = resolve(__dirname, '../../out/main/preview.js');

export interface RunningPreview {
  url: string;
  stop(): Promise<void>;
}

/** Starts the built preview (`node out/main/preview.js`) on a data folder and reads its URL. */
export function startPreview(dataDirectory: string): Promise<RunningPreview> {
  const child: ChildProcess = spawn(
    process.execPath,
    [PREVIEW_SCRIPT, '--data-dir', dataDirectory],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The preview did not start:\n${output}`)),
      15_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Open: (\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolveStart({
          url,
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The preview exited with code ${code}:\n${output}`));
    });
  });
}

export const test = base.extend<{ dataDirectory: string; preview: RunningPreview }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first.
  dataDirectory: async ({}, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'stride-e2e-'));
    await use(folder);
    rmSync(folder, { recursive: true, force: true });
  },
  preview: async ({ dataDirectory }, use) => {
    const preview = await startPreview(dataDirectory);
    await use(preview);
    await preview.stop();
  },
});

export { expect } from '@playwright/test';

/**
 * Saves a screenshot under test-results/screens for people to look at, from the top of the
 * page so the fixed header covers nothing; the whole page unless only the window is asked for.
 */
export async function saveScreen(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({
    path: `test-results/screens/${name}.png`,
    fullPage: options.fullPage ?? true,
  });
}
