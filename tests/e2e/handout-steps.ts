import type { Page } from '@playwright/test';
import { finalisedAssessmentWithWeakLeftAbductors } from './assessment-steps';
import { expect } from './preview-fixture';

/**
 * A new patient's finalised visit, a program of the first suggested protocol saved as
 * version 1 by Jo Physio, and its handout page open with the preview drawn.
 */
export async function handoutOfNewProgram(
  page: Page,
  url: string,
  patient: { first: string; last: string; email?: string },
) {
  await finalisedAssessmentWithWeakLeftAbductors(page, url, patient);
  await page.getByRole('link', { name: 'Build program' }).click();
  const suggestions = page.getByRole('region', { name: 'Suggested protocols' });
  await suggestions.getByRole('listitem').first().getByRole('checkbox').check();
  await suggestions.getByRole('button', { name: 'Add chosen protocols to the program' }).click();
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(page.getByRole('region', { name: 'Saved versions' })).toContainText('Version 1');

  await page.getByRole('link', { name: 'Handout (PDF) of version 1' }).click();
  await expect(
    page.getByRole('heading', { name: `Handout: ${patient.first} ${patient.last}` }),
  ).toBeVisible();
  await expect(handoutPage(page, 1)).toBeVisible({ timeout: 20_000 });
}

/** The first page of the drawn preview. */
export const handoutPage = (page: Page, number: number) =>
  page
    .getByRole('region', { name: 'Handout preview' })
    .getByRole('img', { name: new RegExp(`^Handout page ${number} of \\d$`) });
