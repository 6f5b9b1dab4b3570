import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const { electronBinary } = createRequire(__filename)('../../scripts/electron-binary.cjs') as {
  electronBinary(): string | null;
};

const binary = electronBinary();
const SKIP_REASON =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1 or the download is blocked): ' +
  'desktop end-to-end tests skipped; the same UI was tested through the browser preview.';

test.beforeAll(() => {
  if (!binary) console.log(`SKIPPED: ${SKIP_REASON}`);
});

test('the desktop app opens on the patient list and keeps a new patient across restarts', async () => {
  test.skip(!binary, SKIP_REASON);
  const dataDirectory = mkdtempSync(join(tmpdir(), 'stride-electron-'));
  const launch = () =>
    electron.launch({
      executablePath: binary!,
      args: [resolve(__dirname, '../../out/main/index.js'), '--no-sandbox'],
      env: { ...process.env, STRIDE_DATA_DIR: dataDirectory },
    });
  try {
    const app = await launch();
    const page = await app.firstWindow();
    await expect(page.getByRole('searchbox', { name: 'Search patients' })).toBeVisible();
    // The page has no Node: no require.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    await page.getByRole('link', { name: 'New patient' }).click();
    await page.getByLabel('First name').fill('Ana');
    await page.getByLabel('Last name').fill('Silva');
    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(page.getByRole('heading', { name: 'Ana Silva' })).toBeVisible();
    await app.close();

    const reopened = await launch();
    const again = await reopened.firstWindow();
    await again.getByRole('searchbox', { name: 'Search patients' }).fill('silv');
    await expect(again.getByRole('link', { name: 'Silva, Ana' })).toBeVisible();
    await reopened.close();
  } finally {
    rmSync(dataDirectory, { recursive: true, force: true });
  }
});
