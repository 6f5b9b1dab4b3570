import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import type BetterSqlite3 from 'better-sqlite3';
import { previewKey } from '../../src/main/preview/preview-key';
import { expect, saveScreen, startPreview, test, unlockThroughLockScreen } from './preview-fixture';

// Playwright follows tsconfig's "paths", which send better-sqlite3 to its type declarations
// (see tsconfig.node.json): the library itself is loaded by its file.
const requireHere = createRequire(__filename);
const Database = requireHere(
  join(dirname(requireHere.resolve('better-sqlite3/package.json')), 'lib/index.js'),
) as typeof BetterSqlite3;

const backupsSection = (page: Page) => page.getByRole('region', { name: 'Backups' });
const backupRows = (page: Page) =>
  backupsSection(page).getByRole('table', { name: 'Backups' }).getByRole('row');

async function openBackupSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(backupsSection(page)).toBeVisible();
}

/**
 * Bulk added to the preview's database while it is stopped (random bytes in a table of their
 * own), so that a backup takes seconds rather than an instant, as a clinic's does.
 */
function addBulk(dataDirectory: string, megabytes: number): void {
  const sqlite = new Database(join(dataDirectory, 'stride-clinic.db'));
  try {
    sqlite.pragma(`hexkey='${previewKey(dataDirectory).toString('hex')}'`);
    sqlite.exec('CREATE TABLE bulk_for_test (bytes BLOB NOT NULL)');
    const insert = sqlite.prepare('INSERT INTO bulk_for_test (bytes) VALUES (?)');
    sqlite.transaction(() => {
      for (let row = 0; row < megabytes * 4; row += 1) insert.run(randomBytes(256 * 1024));
    })();
  } finally {
    sqlite.close();
  }
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
  // The restored database's own audit trail says it was put back, and where the replaced one is.
  await page.getByRole('link', { name: 'Open the audit trail' }).click();
  await expect(
    page.getByRole('row').filter({ hasText: 'Restored patient database, from a backup' }),
  ).toContainText('replaced-databases/');
  await second.stop();
});

test('a large backup is written in the background while the physio goes on working', async ({
  page,
  dataDirectory,
}) => {
  // Making 600 MB and copying it takes longer than the usual test.
  test.setTimeout(120_000);
  const first = await startPreview(dataDirectory);
  await unlockThroughLockScreen(page, first.url);
  await first.stop();
  addBulk(dataDirectory, 600);

  const preview = await startPreview(dataDirectory);
  await unlockThroughLockScreen(page, preview.url);
  await openBackupSettings(page);
  const section = backupsSection(page);
  await section.getByRole('button', { name: 'Back up now' }).click();
  const beingWritten = section.getByRole('status').filter({ hasText: 'A backup is being written' });
  await expect(beingWritten).toContainText('you can go on working meanwhile');
  await saveScreen(page, 'settings-backups-being-written');

  // Meanwhile a new patient is saved and found, while the backup is still only a hidden
  // partial file (none is finished yet).
  await addPatient(page, 'Ana', 'Silva');
  await page.getByRole('link', { name: 'Stride Clinic, patient list' }).click();
  await expect(page.getByRole('link', { name: 'Silva, Ana' })).toBeVisible();
  const backupFolder = join(dataDirectory, 'backups');
  const names = readdirSync(backupFolder);
  expect(names.filter((name) => name.startsWith('stride-clinic-'))).toEqual([]);
  expect(names.filter((name) => name.startsWith('.stride-clinic-partial-'))).not.toEqual([]);

  // Coming back to Settings, main says it is still being written, then that it is made.
  await openBackupSettings(page);
  await expect(beingWritten).toBeVisible();
  await expect(section.getByRole('status').filter({ hasText: 'Last backup made' })).toContainText(
    'made by hand',
    { timeout: 60_000 },
  );
  await expect(backupRows(page).filter({ hasText: 'Made by hand' })).toHaveCount(1);
  await preview.stop();
});
