import { finalisedAssessmentWithWeakLeftAbductors } from './assessment-steps';
import { addFinalisedVisits } from './history-steps';
import { expect, saveScreen, test } from './preview-fixture';

// Each test first builds a history (a visit typed in, others added through the API): on a busy
// machine that alone takes much of Playwright's default 30 seconds.
test.describe.configure({ timeout: 60_000 });

test('before a follow-up the physio sees the timeline, progress charts and a comparison', async ({
  page,
  preview,
}) => {
  // Today's visit through the UI (pain now 2, weak left abductors), then two earlier ones.
  await finalisedAssessmentWithWeakLeftAbductors(page, preview.url);
  const patientId = /#\/patients\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  expect(patientId).not.toBe('');
  await addFinalisedVisits(page, patientId, [
    { daysAgo: 56, painNow: 7, lefsAnswer: 2, abductionForce: { left: 120, right: 200 } },
    { daysAgo: 28, painNow: 5, lefsAnswer: 3, abductionForce: { left: 150, right: 205 } },
  ]);

  await page.getByRole('link', { name: '← Marta Novak' }).click();
  await expect(page.getByRole('heading', { name: 'Marta Novak' })).toBeVisible();

  const timeline = page.getByRole('region', { name: 'Timeline' });
  const visits = timeline.getByRole('link', { name: /^Visit of / });
  await expect(visits).toHaveCount(3);
  // Newest first: today's visit leads.
  await expect(
    timeline.getByText('Weak left hip abductors', { exact: false }).first(),
  ).toBeVisible();

  const progress = page.getByRole('region', { name: 'Progress' });
  await expect(progress.getByRole('img', { name: 'Pain chart' })).toBeVisible();
  await expect(progress.getByRole('img', { name: 'LEFS chart' })).toBeVisible();
  await expect(
    progress.getByRole('img', { name: 'Limb symmetry, hip abductors chart' }),
  ).toBeVisible();
  // LEFS was answered at the two earlier visits only: two points, no zero for today.
  await expect(progress.getByText(/LEFS: 40\/80 on .*, 60\/80 on .* \(2 visits\)/)).toBeVisible();

  const compare = page.getByRole('region', { name: 'Compare two visits' });
  await expect(compare.getByLabel('Earlier visit')).toBeVisible();
  await expect(compare.getByLabel('Later visit')).toBeVisible();
  const painRow = compare
    .getByRole('table', { name: 'Comparison of the two visits' })
    .getByRole('row', { name: /Pain now/ });
  await expect(painRow).toContainText('7/10');
  await expect(painRow).toContainText('2/10');
  await expect(painRow).toContainText('−5 points');
  await expect(painRow).toContainText('Better');
  await expect(painRow).toContainText('meaningful change');
  const lefsRow = compare.getByRole('row', { name: /LEFS/ });
  await expect(lefsRow).toContainText('40/80');
  await expect(lefsRow).toContainText('—');
  await saveScreen(page, 'patient-history');
  await progress.screenshot({ path: 'test-results/screens/patient-history-progress.png' });

  // Following a visit in the timeline opens that assessment.
  await visits.first().click();
  await expect(page.getByRole('heading', { name: 'Assessment: Marta Novak' })).toBeVisible();
  await page.getByRole('link', { name: '← Marta Novak' }).click();

  // The second visit against the latest: pain 5 -> 2.
  const select = page
    .getByRole('region', { name: 'Compare two visits' })
    .getByLabel('Earlier visit');
  const secondOption = select.locator('option').nth(2);
  await select.selectOption((await secondOption.getAttribute('value')) ?? '');
  await expect(
    page.getByRole('region', { name: 'Compare two visits' }).getByRole('row', { name: /Pain now/ }),
  ).toContainText('−3 points');
  // A close-up of the comparison (saveScreen takes the page from its top).
  await page
    .getByRole('region', { name: 'Compare two visits' })
    .screenshot({ path: 'test-results/screens/patient-history-compare.png' });
});

test('a longer history is one list that scrolls with the mouse wheel, without "Show all"', async ({
  page,
  preview,
}) => {
  await finalisedAssessmentWithWeakLeftAbductors(page, preview.url);
  const patientId = /#\/patients\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  await addFinalisedVisits(
    page,
    patientId,
    Array.from({ length: 24 }, (_, index) => ({
      daysAgo: 7 * (24 - index),
      painNow: 8 - Math.floor(index / 4),
      lefsAnswer: 1 + Math.floor(index / 8),
      abductionForce: { left: 120 + index * 2, right: 200 },
    })),
  );
  await page.getByRole('link', { name: '← Marta Novak' }).click();

  const timeline = page.getByRole('region', { name: 'Timeline' });
  const list = timeline.getByRole('list', { name: 'Timeline: Outer hip pain on long runs' });
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '25');
  await expect(timeline.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
  // The oldest visit, 24 weeks ago, is the 25th item: scrolled to with the wheel, it shows.
  const scrollBox = timeline.getByRole('region', { name: /newest first/ });
  const oldest = scrollBox.getByRole('link', { name: /^Visit of / }).last();
  await scrollBox.hover();
  await expect(async () => {
    await page.mouse.wheel(0, 2000);
    await expect(scrollBox.locator('[aria-posinset="25"]')).toBeInViewport();
  }).toPass({ timeout: 10_000 });
  await expect(oldest).toBeInViewport();
  await expect(
    page.getByRole('region', { name: 'Progress' }).getByRole('img', { name: 'Pain chart' }),
  ).toBeVisible();
  await saveScreen(page, 'patient-history-long');
});
