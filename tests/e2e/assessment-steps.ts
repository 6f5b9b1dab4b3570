import type { Page } from '@playwright/test';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import { expect } from './preview-fixture';

/** Steps several end-to-end tests share: a new patient with a visit started. */
export async function newPatientWithAssessment(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill('Marta');
  await page.getByLabel('Last name').fill('Novak');
  await page.getByLabel('Date of birth').fill('1989-04-02');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name: 'Marta Novak' })).toBeVisible();

  await page.getByRole('button', { name: 'Start assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start an assessment' });
  await dialog.getByLabel('Complaint').fill('Outer hip pain on long runs');
  await dialog.getByLabel('Which hip').selectOption({ label: 'Left hip' });
  await dialog.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Assessment: Marta Novak' })).toBeVisible();
}

export async function answerRedFlags(page: Page, yes: string[] = []) {
  for (const question of RED_FLAG_QUESTIONS) {
    await page
      .getByRole('radiogroup', { name: question.question })
      .getByRole('radio', { name: yes.includes(question.id) ? 'Yes' : 'No' })
      .check();
  }
}
