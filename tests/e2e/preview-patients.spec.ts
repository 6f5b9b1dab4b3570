import { expect, saveScreen, startPreview, test, unlockThroughLockScreen } from './preview-fixture';
import type { Page } from '@playwright/test';

async function createPatient(
  page: Page,
  patient: { first: string; last: string; email?: string; phone?: string; birth?: string },
) {
  await page.getByRole('link', { name: 'New patient' }).click();
  await expect(page.getByRole('heading', { name: 'New patient' })).toBeVisible();
  await page.getByLabel('First name').fill(patient.first);
  await page.getByLabel('Last name').fill(patient.last);
  if (patient.birth) await page.getByLabel('Date of birth').fill(patient.birth);
  if (patient.email) await page.getByLabel('Email').fill(patient.email);
  if (patient.phone) await page.getByLabel('Phone').fill(patient.phone);
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(
    page.getByRole('heading', { name: `${patient.first} ${patient.last}` }),
  ).toBeVisible();
}

const patientRows = (page: Page) => page.getByRole('table', { name: 'Patients' }).getByRole('row');

test('a physio creates a patient, sees it listed, reloads, and finds it by part of the email', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible();
  await expect(page.getByText('No patients yet.')).toBeVisible();
  await saveScreen(page, 'patient-list-empty');

  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill('Zoë');
  await page.getByLabel('Last name').fill('Łukasiewicz');
  await page.getByLabel('Date of birth').fill('1991-07-14');
  await page.getByLabel('Email').fill('zoe.lukas@runmail.org');
  await page.getByLabel('Phone').fill('0412 345 678');
  await page.getByLabel('Weekly running distance (km)').fill('42');
  await page.getByRole('checkbox', { name: 'Trail' }).check();
  await page.getByLabel('Goal event', { exact: true }).fill('Harbour Half Marathon');
  await saveScreen(page, 'patient-new-form');
  await page.getByRole('button', { name: 'Save patient' }).click();

  await expect(page.getByRole('heading', { name: 'Zoë Łukasiewicz' })).toBeVisible();
  await expect(page.getByText('42 km')).toBeVisible();
  await expect(page.getByText('Trail', { exact: true })).toBeVisible();
  await saveScreen(page, 'patient-page');

  await page.getByRole('link', { name: 'All patients' }).click();
  await createPatient(page, { first: 'Marta', last: 'Novak', email: 'marta@clinicmail.com' });
  await page.getByRole('link', { name: 'All patients' }).click();
  await expect(patientRows(page)).toHaveCount(3); // header + two patients
  await saveScreen(page, 'patient-list');

  await page.reload();
  await expect(page.getByRole('link', { name: 'Łukasiewicz, Zoë' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search patients' }).fill('runmail');
  await expect(patientRows(page)).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Łukasiewicz, Zoë' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search patients' }).fill('luka');
  await expect(page.getByRole('link', { name: 'Łukasiewicz, Zoë' })).toBeVisible();
  await expect(patientRows(page)).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search patients' }).fill('0412 34');
  await expect(patientRows(page)).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search patients' }).fill('nobody');
  await expect(page.getByText('No patients match "nobody".')).toBeVisible();
});

test('invalid details get clear messages and nothing is saved', async ({ page, preview }) => {
  await page.goto(preview.url);
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('Email').fill('zoe-at-example');
  await page.getByLabel('Date of birth').fill('2999-01-01');
  await page.getByRole('button', { name: 'Save patient' }).click();

  await expect(page.getByText('First name is required')).toBeVisible();
  await expect(page.getByText('Last name is required')).toBeVisible();
  await expect(page.getByText('Email must look like name@example.com')).toBeVisible();
  await expect(page.getByText('Date of birth cannot be in the future')).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveAttribute('aria-invalid', 'true');
  await saveScreen(page, 'patient-form-errors');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No patients yet.')).toBeVisible();
});

test('what was typed survives a reload before saving', async ({ page, preview }) => {
  await page.goto(preview.url);
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill('Ólafur');
  await page.getByLabel('Notes').fill('Pain at the front of the hip when running hills');
  await page.waitForTimeout(1200); // the draft is kept a moment after typing stops
  await page.reload();
  await expect(page.getByText('Unsaved changes were kept')).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByLabel('First name')).toHaveValue('Ólafur');
  await expect(page.getByLabel('Notes')).toHaveValue(
    'Pain at the front of the hip when running hills',
  );
});

test('the whole flow works from the keyboard', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByRole('searchbox', { name: 'Search patients' })).toBeFocused();
  await page.keyboard.press('Shift+Tab'); // "New patient" sits just before the search box
  await expect(page.getByRole('link', { name: 'New patient' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('First name')).toBeFocused();
  await page.keyboard.type('Ana');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Silva');
  await page.keyboard.press('Enter'); // submits the form
  await expect(page.getByRole('heading', { name: 'Ana Silva' })).toBeVisible();
});

test('a patient is still there after the app is closed and opened again', async ({
  page,
  dataDirectory,
}) => {
  const first = await startPreview(dataDirectory);
  await unlockThroughLockScreen(page, first.url);
  await createPatient(page, { first: 'Siobhán', last: "O'Connor", email: 'siobhan@example.ie' });
  await first.stop();

  const second = await startPreview(dataDirectory);
  // The app opens locked again after a restart.
  await unlockThroughLockScreen(page, second.url);
  await expect(page.getByRole('link', { name: "O'Connor, Siobhán" })).toBeVisible();
  await second.stop();
});

test('the preview says it is for demo data', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByText('Browser preview')).toBeVisible();
});

test('a physio corrects a patient’s details', async ({ page, preview }) => {
  await page.goto(preview.url);
  await createPatient(page, { first: 'Ana', last: 'Silva', phone: '0400 111 222' });
  await page.getByRole('link', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Phone')).toHaveValue('0400 111 222');
  await page.getByLabel('Phone').fill('0400 999 888');
  await page.getByLabel('Years running').fill('twelve');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Years running must be a number')).toBeVisible();
  await page.getByLabel('Years running').fill('12');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'Ana Silva' })).toBeVisible();
  await expect(page.getByText('0400 999 888')).toBeVisible();
  await expect(page.getByText('Years running')).toBeVisible();
});
