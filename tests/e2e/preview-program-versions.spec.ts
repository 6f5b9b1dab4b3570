import type { Page } from '@playwright/test';
import { finalisedAssessmentWithWeakLeftAbductors } from './assessment-steps';
import { handoutPage } from './handout-steps';
import { expect, saveScreen, test } from './preview-fixture';
import { addFromLibrary } from './program-steps';

/** The exercise cards of the builder, each a region named "1. Clamshell". */
const cards = (page: Page) =>
  page.getByRole('region', { name: /^Exercises \(\d+\)$/ }).getByRole('region');

const cardName = async (page: Page, index: number) =>
  ((await cards(page).nth(index).getByRole('heading').textContent()) ?? '').replace(/^\d+\. /, '');

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save program' }).click();
}

test('a physio sees what changed between two versions and gives an older one again from the history', async ({
  page,
  preview,
}) => {
  // A visit, two saves and a handout drawn: longer than the usual 30 s.
  test.setTimeout(90_000);
  // Version 1: the first suggested protocol, as it comes.
  await finalisedAssessmentWithWeakLeftAbductors(page, preview.url);
  await page.getByRole('link', { name: 'Build program' }).click();
  const suggestions = page.getByRole('region', { name: 'Suggested protocols' });
  await suggestions.getByRole('listitem').first().getByRole('checkbox').check();
  await suggestions.getByRole('button', { name: 'Add chosen protocols to the program' }).click();
  await save(page);
  const versions = page.getByRole('region', { name: 'Saved versions' });
  await expect(versions).toContainText('Version 1');
  const compare = page.getByRole('region', { name: 'Compare versions' });
  await expect(compare).toContainText('Only one version is saved so far');

  // Version 2: one more set of the first exercise, and an exercise added from the library.
  const first = await cardName(page, 0);
  const sets = cards(page).first().getByLabel('Sets', { exact: true });
  const setsBefore = Number(await sets.inputValue());
  await sets.fill(String(setsBefore + 1));
  await addFromLibrary(page, 'copenhagen', /^Add Copenhagen/);
  const added = await cardName(page, (await cards(page).count()) - 1);
  await save(page);
  await expect(page.getByText('Saved as version 2')).toBeVisible();

  // The comparison opens on the version before → the one on screen.
  await expect(compare.getByLabel('From version')).toHaveValue('1');
  await expect(compare.getByLabel('To version')).toHaveValue('2');
  await expect(compare.getByText('2 changes from version 1 to version 2')).toBeVisible();
  const addedGroup = compare.getByRole('region', { name: 'Added' });
  await expect(addedGroup.getByRole('listitem').first()).toContainText(added);
  await expect(addedGroup).toContainText(/Number \d+ in the list: \d+ sets? of/);
  const changedGroup = compare.getByRole('region', { name: 'Changed' });
  await expect(changedGroup).toContainText(first);
  await expect(changedGroup).toContainText(`Sets ${setsBefore} → ${setsBefore + 1}`);
  await expect(compare.getByRole('region', { name: 'Removed' })).toHaveCount(0);
  await expect(compare.getByRole('region', { name: 'Order' })).toHaveCount(0);
  await compare.screenshot({ path: 'test-results/screens/program-versions.png' });

  // The same version twice is not a comparison; the other way round reads as a removal.
  await compare.getByLabel('To version').focus();
  await page.keyboard.press('ArrowUp');
  await expect(compare.getByLabel('To version')).toHaveValue('1');
  await expect(
    compare.getByText('Choose two different versions to see what changed.'),
  ).toBeVisible();
  await compare.getByLabel('From version').selectOption('2');
  await expect(compare.getByText('2 changes from version 2 to version 1')).toBeVisible();
  await expect(compare.getByRole('region', { name: 'Removed' })).toContainText(added);
  await expect(compare.getByRole('region', { name: 'Changed' })).toContainText(
    `Sets ${setsBefore + 1} → ${setsBefore}`,
  );

  // On version 1, "What changed" on version 2 brings the answer into view.
  await versions.getByRole('link', { name: 'Version 1', exact: true }).click();
  await expect(page.getByText('Viewing version 1')).toBeVisible();
  await versions.getByRole('button', { name: 'What changed in version 2' }).click();
  await expect(compare.getByRole('heading', { name: 'Compare versions' })).toBeFocused();
  await expect(compare.getByText('2 changes from version 1 to version 2')).toBeVisible();
  await expect(versions.getByRole('button', { name: 'What changed in version 1' })).toHaveCount(0);
  await saveScreen(page, 'program-versions-page');

  // From the patient's history, version 1's handout as it was, and version 2 to email.
  await page.getByRole('link', { name: '← Marta Novak' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(
    timeline.getByRole('link', { name: /^Email version 2 to the patient/ }),
  ).toBeVisible();
  await timeline.screenshot({ path: 'test-results/screens/program-versions-timeline.png' });
  await timeline.getByRole('link', { name: /^Handout of version 1 / }).click();
  await expect(page.getByRole('heading', { name: 'Handout: Marta Novak' })).toBeVisible();
  await expect(page.getByText(/, version 1$/)).toBeVisible();
  await expect(handoutPage(page, 1)).toBeVisible({ timeout: 20_000 });
});
