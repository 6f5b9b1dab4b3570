import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { readPdf } from '../support/pdf-reading';
import { handoutOfNewProgram } from './handout-steps';
import { expect, saveScreen, test } from './preview-fixture';

/** Opens the patient list and searches it (optionally among the archived patients). */
async function searchPatients(page: Page, text: string, archived = false) {
  await page.getByRole('link', { name: 'Stride Clinic, patient list' }).click();
  if (archived) await page.getByLabel('Show archived patients').check();
  await page.getByLabel(archived ? 'Search archived patients' : 'Search patients').fill(text);
  return page.getByRole('table', { name: archived ? 'Archived patients' : 'Patients' });
}

test('a physio exports a patient record, archives and restores the patient, then erases them', async ({
  page,
  preview,
}) => {
  // A visit, a program and a handout through the UI, then the record: a long test.
  test.setTimeout(120_000);
  await handoutOfNewProgram(page, preview.url, { first: 'Zoë', last: 'Łukasiewicz' });
  const savingHandout = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF' }).click();
  await savingHandout;
  await page.getByRole('link', { name: 'Back to the program' }).click();
  await page.getByRole('link', { name: '← Zoë Łukasiewicz' }).click();
  await expect(page.getByRole('heading', { name: 'Zoë Łukasiewicz', level: 2 })).toBeVisible();

  // Export: the preview downloads the PDF summary and the JSON of everything stored.
  const record = page.getByRole('region', { name: 'Patient record' });
  await record.screenshot({ path: 'test-results/screens/patient-record-section.png' });
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await record.getByRole('button', { name: 'Export patient record' }).click();
  await expect(record.getByRole('status')).toContainText('Downloaded “Record - Łukasiewicz Zoë');
  await expect.poll(() => downloads.length).toBe(2);
  const [pdfDownload, jsonDownload] = downloads;
  expect(pdfDownload!.suggestedFilename()).toMatch(
    /^Record - Łukasiewicz Zoë - \d{4}-\d{2}-\d{2}\.pdf$/,
  );
  expect(jsonDownload!.suggestedFilename()).toMatch(
    /^Record - Łukasiewicz Zoë - \d{4}-\d{2}-\d{2}\.json$/,
  );
  const pdf = readFileSync((await pdfDownload!.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const summary = readPdf(pdf).text;
  expect(summary).toContain('Zoë Łukasiewicz');
  expect(summary).toContain('Weak left hip abductors');
  expect(summary).toContain('Home program:');
  const json = JSON.parse(readFileSync((await jsonDownload!.path())!, 'utf8'));
  expect(json).toMatchObject({
    format: 'stride-clinic-patient-record',
    formatVersion: 1,
    patient: { firstName: 'Zoë', lastName: 'Łukasiewicz' },
  });
  expect(json.assessments).toHaveLength(1);
  expect(json.programs[0].versions[0].content.items.length).toBeGreaterThan(0);
  expect(json.handoutExports).toHaveLength(1);

  // Archive: out of the list and search, found with "Show archived", and restored.
  await record.getByRole('button', { name: 'Archive patient' }).click();
  await expect(record.getByText('Archived', { exact: true })).toBeVisible();
  await record.screenshot({ path: 'test-results/screens/patient-record-archived.png' });
  let table = await searchPatients(page, 'Łukas');
  await expect(page.getByText('No patients match "Łukas".')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(1); // the header only
  table = await searchPatients(page, 'Łukas', true);
  await expect(table.getByRole('link', { name: 'Łukasiewicz, Zoë' })).toBeVisible();
  await saveScreen(page, 'patient-list-archived');
  await table.getByRole('link', { name: 'Łukasiewicz, Zoë' }).click();
  await record.getByRole('button', { name: 'Restore to list' }).click();
  await expect(record.getByRole('button', { name: 'Archive patient' })).toBeVisible();
  await expect(record.getByText('Archived', { exact: true })).toHaveCount(0);
  table = await searchPatients(page, 'Łukas');
  await table.getByRole('link', { name: 'Łukasiewicz, Zoë' }).click();

  // Erase: the button waits for the patient's full name; Enter in the box erases.
  await record.getByRole('button', { name: 'Erase patient…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase Zoë Łukasiewicz?' });
  const confirmation = dialog.getByLabel("Type the patient's full name to confirm");
  const erase = dialog.getByRole('button', { name: 'Erase patient' });
  await expect(erase).toBeDisabled();
  await confirmation.fill('Zoë Novak');
  await expect(erase).toBeDisabled();
  await confirmation.fill('zoe łukasiewicz');
  await expect(erase).toBeEnabled();
  await dialog.screenshot({ path: 'test-results/screens/patient-record-erase.png' });
  await confirmation.press('Enter');

  await expect(page.getByRole('heading', { name: 'Patients', level: 2 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'record was erased' })).toBeVisible();
  await page.getByLabel('Search patients').fill('Łukas');
  await expect(page.getByText('No patients match "Łukas".')).toBeVisible();
  await page.getByLabel('Show archived patients').check();
  await expect(page.getByText('No archived patients match "Łukas".')).toBeVisible();
});
