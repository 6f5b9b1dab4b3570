import type { Page } from '@playwright/test';
import { sampleLogoPng } from '../support/png';
import { expect, saveScreen, test } from './preview-fixture';

const clinicForm = (page: Page) => page.getByRole('form', { name: 'Clinic details' });
const logo = (page: Page) => page.getByRole('img', { name: 'Clinic logo' });

/** Picks a file through the "Choose logo…" button, as the physio would. */
async function chooseLogo(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await clinicForm(page).getByRole('button', { name: 'Choose logo…' }).click();
  await (await chooser).setFiles(file);
}

/** The size the picked logo was scaled to. */
const logoSize = (page: Page) =>
  logo(page).evaluate((element) => {
    const image = element as unknown as { naturalWidth: number; naturalHeight: number };
    return [image.naturalWidth, image.naturalHeight];
  });

test('a physio fills in the clinic details with a logo, saves, and finds them kept after a reload', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Clinic details for handouts' })).toBeVisible();
  const form = clinicForm(page);
  await expect(form.getByLabel('Clinic name')).toHaveValue('Stride Clinic');
  await expect(form.getByRole('radio', { name: 'A4 (210 × 297 mm)' })).toBeChecked();
  await expect(logo(page)).toHaveCount(0);

  // A wrong email is named under its field and nothing is saved.
  await form.getByLabel('Email').fill('reception-at-harbour');
  await form.getByRole('button', { name: 'Save clinic details' }).click();
  await expect(form.getByLabel('Email')).toHaveAccessibleDescription(
    'Enter an email address like reception@clinic.com',
  );

  // A file that is not a PNG or JPEG is refused with a message, and no logo appears.
  await chooseLogo(page, {
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a picture'),
  });
  await expect(form).toContainText('The logo must be a PNG or JPEG image.');
  await expect(logo(page)).toHaveCount(0);
  await saveScreen(page, 'settings-clinic-errors');

  await form.getByLabel('Clinic name').fill('Harbour Run Physio');
  await form.getByLabel('Address').fill('12 Wharf Street\nPort Lane 3021');
  await form.getByLabel('Phone').fill('+61 3 9000 1234');
  await form.getByLabel('Email').fill('reception@harbourrun.example');
  await form.getByLabel('Website').fill('www.harbourrun.example');
  // The segmented control's radios have no size of their own (their labels are what shows),
  // so choose with the keyboard as a keyboard user would.
  await form.getByRole('radio', { name: 'A4 (210 × 297 mm)' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(form.getByRole('radio', { name: 'US Letter (8.5 × 11 in)' })).toBeChecked();
  await chooseLogo(page, { name: 'logo.png', mimeType: 'image/png', buffer: sampleLogoPng() });
  await expect(logo(page)).toBeVisible();
  await expect(form).not.toContainText('The logo must be a PNG or JPEG image.');
  // An 800 × 400 picture is scaled down to 600 px on its longest side.
  expect(await logoSize(page)).toEqual([600, 300]);

  await form.getByRole('button', { name: 'Save clinic details' }).click();
  await expect(
    form.getByRole('status').filter({ hasText: 'Clinic details saved. New handouts use them.' }),
  ).toBeVisible();
  // The screenshot shows the button at rest, not halfway out of its saving state.
  await expect(form.getByRole('button', { name: 'Save clinic details' })).toBeEnabled();
  await saveScreen(page, 'settings-clinic');

  await page.reload();
  await expect(form.getByLabel('Clinic name')).toHaveValue('Harbour Run Physio');
  await expect(form.getByLabel('Address')).toHaveValue('12 Wharf Street\nPort Lane 3021');
  await expect(form.getByLabel('Phone')).toHaveValue('+61 3 9000 1234');
  await expect(form.getByLabel('Email')).toHaveValue('reception@harbourrun.example');
  await expect(form.getByLabel('Website')).toHaveValue('www.harbourrun.example');
  await expect(form.getByRole('radio', { name: 'US Letter (8.5 × 11 in)' })).toBeChecked();
  await expect(logo(page)).toBeVisible();
  expect(await logoSize(page)).toEqual([600, 300]);

  // Removing the logo is kept too.
  await form.getByRole('button', { name: 'Remove logo' }).click();
  await expect(logo(page)).toHaveCount(0);
  await form.getByRole('button', { name: 'Save clinic details' }).click();
  await expect(form.getByRole('status')).toBeVisible();
  await page.reload();
  await expect(form.getByLabel('Clinic name')).toHaveValue('Harbour Run Physio');
  await expect(logo(page)).toHaveCount(0);
});

test('“On this page” lists every settings section and takes the keyboard to the one chosen', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  const contents = page.getByRole('navigation', { name: 'Settings sections' });
  const entries = contents.getByRole('button');
  // allTextContents does not wait: let the page and its last section be there first.
  await expect(entries).toHaveCount(8);
  await expect(page.getByRole('heading', { name: 'Security', exact: true })).toBeVisible();
  const titles = await entries.allTextContents();
  // The page's own section headings, in order: none missing from the list, none extra.
  const headings = await page
    .getByRole('main')
    .locator('section > div h3, section > div > div h3')
    .allTextContents();
  expect(titles).toEqual(headings.filter((heading) => titles.includes(heading)));
  for (const title of titles) {
    await expect(page.getByRole('heading', { name: title, exact: true })).toHaveCount(1);
  }

  await contents.getByRole('button', { name: 'Backups' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeInViewport();
  await saveScreen(page, 'settings-contents');
});
