import { readFileSync } from 'node:fs';
import { readPdf } from '../support/pdf-reading';
import { handoutOfNewProgram, handoutPage } from './handout-steps';
import { expect, saveScreen, test } from './preview-fixture';

test('a physio previews the handout, downloads it as a PDF and prints it; both are in the history', async ({
  page,
  preview,
}) => {
  // The whole visit, program and two renders: longer than a single-screen test.
  test.setTimeout(90_000);
  await handoutOfNewProgram(page, preview.url, { first: 'Zoë', last: 'Łukasiewicz' });

  // A bad log length cannot be chosen; a next appointment is added and the preview remade.
  await page.getByLabel('Next appointment (optional)').fill('2026-12-02T10:30');
  await page.getByLabel('Weeks in the exercise log').selectOption('6');
  await page.getByRole('button', { name: 'Update preview' }).click();
  await expect(handoutPage(page, 1)).toBeVisible({ timeout: 20_000 });
  await saveScreen(page, 'handout-preview');

  // Save PDF: the preview downloads the file, which reads back with the patient's name.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^Home program - Zoë Łukasiewicz - \d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const pdf = readFileSync((await download.path())!);
  const read = readPdf(pdf);
  expect(read.text).toContain('Zoë Łukasiewicz');
  expect(read.text).toContain('Next appointment: Wednesday 2 December 2026 at 10:30');
  expect(read.text).toContain('Week 6');
  await expect(page.getByRole('status')).toContainText('Downloaded as');

  // Print sends the pages to the browser's print dialog and notes it.
  await page.getByRole('button', { name: 'Print' }).click();
  // The pages are drawn again at print resolution first.
  await expect(page.getByRole('status')).toContainText('Sent to the print dialog', {
    timeout: 20_000,
  });

  const history = page.getByRole('table', { name: 'Handouts given' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history).toContainText('Downloaded');
  await expect(history).toContainText('Printed');
  await saveScreen(page, 'handout-history');
});
