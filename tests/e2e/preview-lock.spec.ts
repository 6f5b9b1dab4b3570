import { expect, saveScreen, test } from './preview-fixture';

// This file starts at the lock screen itself instead of past it.
test.use({ unlocked: false });

test('the first practitioner sets up, locks, mistypes the PIN, unlocks, and reads the audit trail', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await expect(
    page.getByRole('heading', { name: 'Set up your practitioner account' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'New patient' })).toHaveCount(0);

  await page.getByLabel('Full name').fill('Jo Physio');
  await page.getByLabel('Profession').selectOption('Physiotherapist');
  await page.getByLabel('Registration number').fill('PHY0001234');
  await page.getByRole('textbox', { name: 'PIN', exact: true }).fill('2468');
  await page.getByLabel('PIN again').fill('2486');
  await page.getByRole('button', { name: 'Create account and start' }).click();
  await expect(page.getByText('The two PINs are not the same: type it again')).toBeVisible();
  await saveScreen(page, 'lock-first-practitioner');
  await page.getByLabel('PIN again').fill('2468');
  await page.getByRole('button', { name: 'Create account and start' }).click();

  // In the app, the header says who is working.
  await expect(page.getByText('Working: Jo Physio')).toBeVisible();
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill('Ana');
  await page.getByLabel('Last name').fill('Silva');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name: 'Ana Silva' })).toBeVisible();

  // Locking takes every patient off the screen.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock to carry on' })).toBeVisible();
  await expect(page.getByText('Ana Silva')).toHaveCount(0);
  await expect(page.getByLabel('Your name')).toHaveValue(/.+/); // the only account, chosen
  await expect(page.getByRole('textbox', { name: 'PIN', exact: true })).toBeFocused();

  await page.keyboard.type('1357');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('That PIN or password is not right');
  await expect(page.getByRole('textbox', { name: 'PIN', exact: true })).toHaveValue('');
  await saveScreen(page, 'lock-screen-wrong-pin');

  await page.keyboard.type('2468');
  await page.keyboard.press('Enter');
  // Back where Jo was.
  await expect(page.getByRole('heading', { name: 'Ana Silva' })).toBeVisible();

  // Settings: a colleague with a password.
  await page.getByRole('link', { name: 'Settings' }).click();
  const practitioners = page.getByRole('region', { name: 'Practitioners' });
  await practitioners.getByRole('button', { name: 'Add practitioner' }).click();
  const add = page.getByRole('dialog', { name: 'Add a practitioner' });
  await add.getByLabel('Full name').fill('Sam Okafor');
  await add.getByLabel('Profession').selectOption('Sports physician');
  await add.getByText('A password', { exact: true }).click();
  await expect(add.getByRole('radio', { name: 'A password' })).toBeChecked();
  await add.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
  await add.getByLabel('Password again').fill('short');
  await add.getByRole('button', { name: 'Add practitioner' }).click();
  await expect(add.getByText('A password has at least 8 characters')).toBeVisible();
  await add.getByRole('textbox', { name: 'Password', exact: true }).fill('hip-drop-2026');
  await add.getByLabel('Password again').fill('hip-drop-2026');
  await add.getByRole('button', { name: 'Add practitioner' }).click();
  await expect(add).toBeHidden();
  const table = practitioners.getByRole('table', { name: 'Practitioners' });
  await expect(
    table.getByRole('row', { name: /Sam Okafor.*Sports physician.*Password/ }),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /Jo Physio.*PHY0001234.*PIN/ })).toBeVisible();
  await practitioners.scrollIntoViewIfNeeded();
  await practitioners.screenshot({ path: 'test-results/screens/settings-practitioners.png' });

  // The audit trail: who did what, to whom, and the check.
  await page.getByRole('link', { name: 'Open the audit trail' }).click();
  const trail = page.getByRole('table', { name: 'Audit trail' });
  await expect(
    trail.getByRole('row', { name: /Jo Physio.*Failed to unlock Stride Clinic/ }),
  ).toBeVisible();
  await expect(
    trail.getByRole('row', { name: /Jo Physio.*Created patient record.*Ana Silva/ }),
  ).toBeVisible();
  await expect(
    trail.getByRole('row', { name: /Jo Physio.*Locked Stride Clinic.*on request/ }),
  ).toBeVisible();
  await expect(
    trail.getByRole('row', { name: /Created practitioner account.*Sam Okafor/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Check the trail' }).click();
  await expect(page.getByRole('status')).toContainText('The trail checks out');
  await saveScreen(page, 'audit-trail');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Audit trail - \d{4}-\d\d-\d\d\.csv$/);
});
