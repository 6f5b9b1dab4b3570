import { randomBytes } from 'node:crypto';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatRecoveryKey, RECOVERY_KEY_RANDOM_BYTES } from '../../src/shared/domain/recovery-key';
import { expect, saveScreen, startPreview, test, unlockThroughLockScreen } from './preview-fixture';

/**
 * The database key's life in the real UI, through the preview's real key lifecycle
 * (`--key-store stand-in`: a stand-in for the computer's key store; `none`: no key store).
 */

const STAND_IN_KEY_STORE = 'stand-in-key-store.key';
const PASSPHRASE = 'willow kettle harbour seven';

/** Past the start-up gate: the app itself (or the practitioner lock in front of it). */
async function expectTheApp(page: Page): Promise<void> {
  await expect(
    page.getByRole('heading', {
      name: /^(Patients|Set up your practitioner account|Unlock to carry on)$/,
    }),
  ).toBeVisible({ timeout: 15_000 });
}

/** Reads the recovery key off the screen, confirms it is kept, and goes on into the app. */
async function keepRecoveryKey(page: Page, screen: string): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Print the recovery key' })).toBeVisible();
  const recoveryKey = (await page.getByTestId('recovery-key').textContent())?.trim() ?? '';
  expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  const goOn = page.getByRole('button', { name: 'Continue to Stride Clinic' });
  await expect(goOn).toBeDisabled();

  // The print button prints (the browser's dialog is stood in for), with only the sheet showing.
  // (Strings, as the other specs do: this file is type-checked without the DOM's types.)
  await page.evaluate(
    `window.print = () => {
      window.printedWithSheet = document.body.classList.contains('printing-recovery-key');
    }`,
  );
  await page.getByRole('button', { name: 'Print the recovery key' }).click();
  expect(await page.evaluate('window.printedWithSheet')).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.recovery-key-print')).toContainText(recoveryKey);
  await expect(page.getByRole('heading', { name: 'Print the recovery key' })).toBeHidden();
  await page.evaluate("window.dispatchEvent(new Event('afterprint'))");
  await page.emulateMedia({ media: 'screen' });

  await page
    .getByLabel('I have printed or written down the recovery key and put it somewhere safe')
    .check();
  await saveScreen(page, screen);
  await goOn.click();
  return recoveryKey;
}

test('first run makes the key and shows the recovery key once; after a key store reset the recovery key opens the database', async ({
  page,
  dataDirectory,
}) => {
  const first = await startPreview(dataDirectory, ['--key-store', 'stand-in']);
  await page.goto(first.url);
  await expect(page.getByRole('heading', { name: 'Set up the patient database' })).toBeVisible();
  await saveScreen(page, 'first-run-setup');
  await page.getByRole('button', { name: 'Set up the database' }).click();
  const recoveryKey = await keepRecoveryKey(page, 'first-run-recovery-key');
  await expectTheApp(page);

  // Shown once: a reload goes straight to the app.
  await page.reload();
  await expectTheApp(page);
  await expect(page.getByTestId('recovery-key')).toHaveCount(0);
  await first.stop();

  // The computer's key store is reset: the wrapped key no longer opens.
  rmSync(join(dataDirectory, STAND_IN_KEY_STORE));
  const second = await startPreview(dataDirectory, ['--key-store', 'stand-in']);
  try {
    await page.goto(second.url);
    await expect(page.getByRole('heading', { name: 'Open with the recovery key' })).toBeVisible();
    const field = page.getByLabel('Recovery key');
    const open = page.getByRole('button', { name: 'Open the database' });

    // One character wrong: caught as a typo before anything is tried.
    const typo =
      recoveryKey.slice(0, 5) + (recoveryKey[5] === '7' ? '8' : '7') + recoveryKey.slice(6);
    await field.fill(typo);
    await open.click();
    await expect(field).toHaveAccessibleDescription(/has a typo/);

    // A well-formed key that is not this clinic's.
    await field.fill(formatRecoveryKey(randomBytes(RECOVERY_KEY_RANDOM_BYTES)));
    await open.click();
    const refusal = page.getByRole('alert').filter({ hasText: 'not the one for this clinic' });
    await expect(refusal).toBeVisible();
    await saveScreen(page, 'recovery-refused');

    await field.fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
    await open.click();
    await expectTheApp(page);
  } finally {
    await second.stop();
  }

  // Wrapped again for the new key store: the next start opens straight in.
  const third = await startPreview(dataDirectory, ['--key-store', 'stand-in']);
  try {
    await page.goto(third.url);
    await expectTheApp(page);
  } finally {
    await third.stop();
  }
});

test('without a key store the clinic sets a passphrase, and types it at the next start', async ({
  page,
  dataDirectory,
}) => {
  const first = await startPreview(dataDirectory, ['--key-store', 'none']);
  await page.goto(first.url);
  await expect(page.getByText('This computer has no secure key store')).toBeVisible();
  const passphrase = page.getByLabel('Clinic passphrase', { exact: true });
  const again = page.getByLabel('Type the passphrase again');
  const setUp = page.getByRole('button', { name: 'Set up with this passphrase' });

  await passphrase.fill('short');
  await again.fill('short');
  await setUp.click();
  await expect(passphrase).toHaveAccessibleDescription(/at least 12 characters/);
  await passphrase.fill(PASSPHRASE);
  await again.fill(`${PASSPHRASE}!`);
  await setUp.click();
  await expect(again).toHaveAccessibleDescription(/not the same/);
  await saveScreen(page, 'first-run-passphrase');
  await again.fill(PASSPHRASE);
  await setUp.click();
  await keepRecoveryKey(page, 'first-run-passphrase-recovery-key');
  await expectTheApp(page);
  await first.stop();

  const second = await startPreview(dataDirectory, ['--key-store', 'none']);
  try {
    await page.goto(second.url);
    await expect(page.getByRole('heading', { name: 'Open the patient database' })).toBeVisible();
    const field = page.getByLabel('Clinic passphrase');
    await field.fill('willow kettle harbour eight');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('not the clinic passphrase');
    await saveScreen(page, 'passphrase-refused');
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await expectTheApp(page);
  } finally {
    await second.stop();
  }
});

test('a damaged database stops at start with an explanation, and nothing is written to it', async ({
  page,
  dataDirectory,
}) => {
  const first = await startPreview(dataDirectory, ['--key-store', 'stand-in']);
  await page.goto(first.url);
  await page.getByRole('button', { name: 'Set up the database' }).click();
  await keepRecoveryKey(page, 'damaged-setup');
  await expectTheApp(page);
  await first.stop();

  // A failing disk: a few pages in the middle of the file overwritten.
  const handle = openSync(join(dataDirectory, 'stride-clinic.db'), 'r+');
  for (const pageNumber of [3, 4, 5])
    writeSync(handle, randomBytes(4096), 0, 4096, pageNumber * 4096);
  closeSync(handle);

  const second = await startPreview(dataDirectory, ['--key-store', 'stand-in']);
  try {
    await page.goto(second.url);
    await expect(
      page.getByRole('heading', { name: 'The patient database needs attention' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('has not written anything');
    await expect(page.getByText(dataDirectory, { exact: false }).first()).toBeVisible();
    await saveScreen(page, 'damaged-database');
  } finally {
    await second.stop();
  }
});

test('Settings → Security changes the key: a new recovery key is shown once and the old one opens nothing', async ({
  page,
  dataDirectory,
}) => {
  const first = await startPreview(dataDirectory, ['--key-store', 'stand-in']);
  let newRecoveryKey: string;
  let oldRecoveryKey: string;
  try {
    await page.goto(first.url);
    await page.getByRole('button', { name: 'Set up the database' }).click();
    oldRecoveryKey = await keepRecoveryKey(page, 'rekey-first-key');
    await unlockThroughLockScreen(page, first.url);
    await page.getByRole('link', { name: 'Settings' }).click();
    const security = page.getByRole('region', { name: 'Security' });
    await expect(security).toContainText('kept in this computer’s key store');
    await saveScreen(page, 'settings-security');
    await security.getByRole('button', { name: 'Change the database key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the database key?' });
    await expect(dialog).toContainText('stops working');
    await dialog.getByRole('button', { name: 'Change the key' }).click();
    await expect(page.getByRole('status')).toContainText('The database key was changed');
    newRecoveryKey = await keepRecoveryKey(page, 'rekey-new-recovery-key');
    expect(newRecoveryKey).not.toBe(oldRecoveryKey);
    // The same practitioner carries on where they were: no lock screen after their own change.
    await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Working: Jo Physio');
  } finally {
    await first.stop();
  }

  rmSync(join(dataDirectory, STAND_IN_KEY_STORE));
  const second = await startPreview(dataDirectory, ['--key-store', 'stand-in']);
  try {
    await page.goto(second.url);
    const field = page.getByLabel('Recovery key');
    await field.fill(oldRecoveryKey);
    await page.getByRole('button', { name: 'Open the database' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'not the one for this clinic' }),
    ).toBeVisible();
    await field.fill(newRecoveryKey);
    await page.getByRole('button', { name: 'Open the database' }).click();
    await expectTheApp(page);
  } finally {
    await second.stop();
  }
});
