import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';

export { expect };

const PREVIEW_SCRIPT = resolve(__dirname, '../../out/main/preview.js');

export interface RunningPreview {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the built preview (`node out/main/preview.js`) on a data folder and reads its URL.
 * `extraArgs` go to the preview's command line (e.g. `--key-store stand-in`).
 */
export function startPreview(
  dataDirectory: string,
  extraArgs: string[] = [],
): Promise<RunningPreview> {
  const child: ChildProcess = spawn(
    process.execPath,
    [PREVIEW_SCRIPT, '--data-dir', dataDirectory, ...extraArgs],
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

/** The practitioner every end-to-end test works as, unless it says otherwise. */
export const E2E_PRACTITIONER = { name: 'Jo Physio', pin: '2468' } as const;

/**
 * Opens the page and gets past the lock screen as a physio would: on a new clinic the first
 * account is made there (Jo Physio), afterwards Jo chooses their name and types the PIN.
 */
export async function unlockThroughLockScreen(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const setUp = page.getByRole('heading', { name: 'Set up your practitioner account' });
  const unlock = page.getByRole('heading', { name: 'Unlock to carry on' });
  await expect(setUp.or(unlock)).toBeVisible({ timeout: 15_000 });
  if (await setUp.isVisible()) {
    await page.getByLabel('Full name').fill(E2E_PRACTITIONER.name);
    await page.getByLabel('Profession').selectOption('Physiotherapist');
    await page.getByRole('textbox', { name: 'PIN', exact: true }).fill(E2E_PRACTITIONER.pin);
    await page.getByLabel('PIN again').fill(E2E_PRACTITIONER.pin);
    await page.getByRole('button', { name: 'Create account and start' }).click();
  } else {
    await page.getByLabel('Your name').selectOption({ label: E2E_PRACTITIONER.name });
    await page.getByRole('textbox', { name: 'PIN', exact: true }).fill(E2E_PRACTITIONER.pin);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
}

export const test = base.extend<{
  dataDirectory: string;
  preview: RunningPreview;
  /** Whether `preview` hands the test a page already past the lock screen (the default). */
  unlocked: boolean;
}>({
  unlocked: [true, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first.
  dataDirectory: async ({}, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'stride-e2e-'));
    await use(folder);
    rmSync(folder, { recursive: true, force: true });
  },
  preview: async ({ dataDirectory, page, unlocked }, use) => {
    const preview = await startPreview(dataDirectory);
    // Main keeps the practitioner unlocked, so the test's own page.goto(preview.url) opens
    // straight into the app, as it did before the lock.
    if (unlocked) await unlockThroughLockScreen(page, preview.url);
    await use(preview);
    await preview.stop();
  },
});

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
