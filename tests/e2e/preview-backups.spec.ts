import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, saveScreen, startPreview, test, unlockThroughLockScreen } from './preview-fixture';

const backupsSection = (page: Page) => page.getByRole('region', { name: 'Backups' });
const backupRows = (page: Page) =>
  backupsSection(page).getByRole('table', { name: 'Backups' }).getByRole('row');

async function openBackupSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(backupsSection(page)).toBeVisible();
}

async function addPatient(page: Page, first: string, last: string) {
  await page.getByRole('link', { name: 'Stride Clinic, patient list' }).click();
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill(first);
  await page.getByLabel('Last name').fill(last);
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name: `${first} ${last}` })).toBeVisible();
}

test('a physio backs up now, sees it listed, and moves backups to another folder', async ({
  page,
  preview,
  dataDirectory,
}) => {
  await page.goto(preview.url);
  await openBackupSettings(page);
  const section = backupsSection(page);
  await expect(section.getByText(join(dataDirectory, 'backups'))).toBeVisible();

  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Last backup made' })).toContainText(
    'made by hand',
  );
  await expect(backupRows(page).filter({ hasText: 'Made by hand' })).toHaveCount(1);
  await saveScreen(page, 'settings-backups');

  // Only a whole path is taken, and only a folder that is there.
  const folderField = section.getByLabel('Use another folder');
  await folderField.fill('backups');
  await section.getByRole('button', { name: 'Use this folder' }).click();
  await expect(folderField).toHaveAccessibleDescription(/Give the whole path/);
  await folderField.fill(join(dataDirectory, 'unplugged-disk'));
  await section.getByRole('button', { name: 'Use this folder' }).click();
  await expect(section.getByRole('alert')).toContainText('That folder does not exist');
  await saveScreen(page, 'settings-backups-folder-refused');

  const secondDisk = join(dataDirectory, 'second-disk');
  mkdirSync(secondDisk);
  await folderField.fill(secondDisk);
  await folderField.press('Enter');
  await expect(section.getByText(secondDisk, { exact: true })).toBeVisible();
  await expect(section.getByText('No backups in this folder yet.')).toBeVisible();
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(backupRows(page).filter({ hasText: 'Made by hand' })).toHaveCount(1);

  // Back to the default folder, where the first backup still is.
  await section.getByRole('button', { name: 'Use the default folder' }).click();
  await expect(section.getByText(join(dataDirectory, 'backups'))).toBeVisible();
  await expect(backupRows(page).filter({ hasText: 'Made by hand' })).toHaveCount(1);
});

test('a physio restores a backup: checked first, applied when the preview starts again', async ({
  page,
  dataDirectory,
}) => {
  const first = await startPreview(dataDirectory);
  await unlockThroughLockScreen(page, first.url);
  await addPatient(page, 'Ana', 'Silva');
  await openBackupSettings(page);
  await backupsSection(page).getByRole('button', { name: 'Back up now' }).click();
  await expect(backupRows(page).filter({ hasText: 'Made by hand' })).toHaveCount(1);
  await addPatient(page, 'Ben', 'Okafor');

  await openBackupSettings(page);
  const row = backupRows(page).filter({ hasText: 'Made by hand' });
  await row.getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status').filter({ hasText: 'The backup is good' })).toContainText(
    'It holds 1 patient.',
  );
  // Once the dialog has finished fading in, for a screenshot people can read.
  await expect(dialog).toHaveCSS('opacity', '1');
  await saveScreen(page, 'settings-backups-restore-check', { fullPage: false });
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog.getByRole('status')).toContainText('start it again');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(backupsSection(page).getByText('A restore is waiting')).toBeVisible();
  await saveScreen(page, 'settings-backups-restore-waiting');
  await first.stop();

  const second = await startPreview(dataDirectory);
  // The restored database has the practitioner account the backup was taken with.
  await unlockThroughLockScreen(page, second.url);
  await expect(page.getByRole('link', { name: 'Silva, Ana' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Okafor, Ben' })).toHaveCount(0);
  await openBackupSettings(page);
  await expect(backupsSection(page).getByText('A restore is waiting')).toHaveCount(0);
  await second.stop();
});
