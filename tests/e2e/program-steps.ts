import type { Page } from '@playwright/test';

/** Adds the first library exercise whose name starts with `name`, found by typing it. */
export async function addFromLibrary(page: Page, search: string, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Add from the library…' }).click();
  const picker = page.getByRole('dialog', { name: 'Add from the library' });
  await picker.getByLabel('Search exercises').fill(search);
  await picker.getByRole('button', { name }).first().click();
  await page.keyboard.press('Escape');
}
