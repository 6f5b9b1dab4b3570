import type { Page } from '@playwright/test';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import { expect } from './preview-fixture';

/** Steps several end-to-end tests share: a new patient with a visit started. */
export async function newPatientWithAssessment(
  page: Page,
  url: string,
  name: { first: string; last: string; email?: string } = { first: 'Marta', last: 'Novak' },
) {
  await page.goto(url);
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill(name.first);
  await page.getByLabel('Last name').fill(name.last);
  await page.getByLabel('Date of birth').fill('1989-04-02');
  if (name.email) await page.getByLabel('Email').fill(name.email);
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name: `${name.first} ${name.last}` })).toBeVisible();

  await page.getByRole('button', { name: 'Start assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start an assessment' });
  await dialog.getByLabel('Complaint').fill('Outer hip pain on long runs');
  await dialog.getByLabel('Which hip').selectOption({ label: 'Left hip' });
  await dialog.getByRole('button', { name: 'Start assessment' }).click();
  await expect(
    page.getByRole('heading', { name: `Assessment: ${name.first} ${name.last}` }),
  ).toBeVisible();
}

export async function answerRedFlags(page: Page, yes: string[] = []) {
  for (const question of RED_FLAG_QUESTIONS) {
    await page
      .getByRole('radiogroup', { name: question.question })
      .getByRole('radio', { name: yes.includes(question.id) ? 'Yes' : 'No' })
      .check();
  }
}

/** A new patient's visit finalised with weak left hip abductors (LSI 78%) and no red flag. */
export async function finalisedAssessmentWithWeakLeftAbductors(
  page: Page,
  url: string,
  name?: { first: string; last: string; email?: string },
) {
  await newPatientWithAssessment(page, url, name);
  await page.getByLabel('Pain now (0-10)').selectOption('2');
  await page.getByLabel('Pain during a run (0-10)').selectOption('4');
  await answerRedFlags(page);
  const strength = page.getByRole('region', { name: 'Hip abduction strength', exact: true });
  await strength.getByLabel('Lever arm').fill('0.8');
  await strength.getByLabel('Best force, left').fill('156');
  await strength.getByLabel('Best force, right').fill('200');
  await page.getByRole('button', { name: 'Finalise…' }).click();
  await page.getByRole('button', { name: 'Sign and finalise' }).click();
  await expect(page.getByText(/Finalised by Jo Physio/)).toBeVisible();
}
