import type { Locator, Page } from '@playwright/test';
import { format, parseISO } from 'date-fns';
import {
  addFinalisedVisits,
  calendarDateDaysAgo,
  callPreviewApi,
  type EarlierVisit,
} from './history-steps';
import { expect, test } from './preview-fixture';

/** Weekly visits, newest `latestDaysAgo` days ago, the oldest first (as they happened). */
function weeklyVisits(count: number, latestDaysAgo: number): EarlierVisit[] {
  return Array.from({ length: count }, (_, index) => ({
    daysAgo: latestDaysAgo + 7 * (count - 1 - index),
    painNow: 8 - Math.floor((index * 8) / count),
    lefsAnswer: 1 + Math.floor((index * 3) / count),
    // Every third visit has weak left abductors, so some rows carry a finding and some do not.
    abductionForce: { left: index % 3 === 0 ? 140 : 195, right: 200 },
  }));
}

/** Scrolls the page so the whole section shows below the app's fixed header, for a screenshot. */
async function screenshotBelowHeader(page: Page, section: Locator, name: string) {
  const box = await section.boundingBox();
  await page.evaluate(`window.scrollBy(0, ${(box?.y ?? 0) - 72})`);
  await section.screenshot({ path: `test-results/screens/${name}.png` });
}

/** How the timeline names a visit: "Visit of 3 Mar 2025". */
const visitOf = (daysAgo: number) =>
  `Visit of ${format(parseISO(calendarDateDaysAgo(daysAgo)), 'd MMM yyyy')}`;

// Tall enough for the whole timeline section under the app's header.
test.use({ viewport: { width: 1280, height: 900 } });

test('a patient with 120 visits: the timeline keeps only what is in view and scrolls from the keyboard', async ({
  page,
  preview,
}) => {
  test.setTimeout(120_000);
  await page.goto(preview.url);
  const patient = await callPreviewApi(page, 'patients.create', {
    patient: {
      firstName: 'Ines',
      lastName: 'Castro',
      dateOfBirth: '1990-06-14',
      email: null,
      phone: null,
      notes: null,
    },
  });
  // An earlier episode of 20 visits, ending about two years ago; then the current one, 100 weekly
  // visits up to a week ago. Newest first, the oldest visit of all is the timeline's last row.
  const earlier = weeklyVisits(20, 767);
  const current = weeklyVisits(100, 7);
  const earlierIds = await addFinalisedVisits(page, patient.id, earlier, {
    complaint: 'Groin pain after hill repeats',
    side: 'right',
    startedOn: null,
  });
  const currentIds = await addFinalisedVisits(page, patient.id, current, {
    complaint: 'Outer hip pain on long runs',
    side: 'left',
    startedOn: null,
  });

  await page.goto(`${preview.url}#/patients/${patient.id}`);
  await expect(page.getByRole('heading', { name: 'Ines Castro' })).toBeVisible();
  // The visits table keeps the page short: the latest five, the rest on request.
  const visitsTable = page.getByRole('table', { name: 'Assessments' });
  await expect(visitsTable.getByRole('row')).toHaveCount(1 + 5);
  const showAll = page.getByRole('button', { name: 'Show all 120 visits' });
  await showAll.click();
  await expect(visitsTable.getByRole('row')).toHaveCount(1 + 120);
  await page.getByRole('button', { name: 'Show the latest 5 only' }).click();
  await expect(visitsTable.getByRole('row')).toHaveCount(1 + 5);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const scrollBox = timeline.getByRole('region', {
    name: 'Visits, programs, handouts and emails, newest first',
  });
  const currentList = scrollBox.getByRole('list', {
    name: 'Timeline: Outer hip pain on long runs',
  });
  const visitLinks = scrollBox.getByRole('link', { name: /^Visit of / });
  // The Assessments table above lists every visit too: bring the timeline into the window.
  await scrollBox.scrollIntoViewIfNeeded();

  // Screen readers still hear the whole: the first row is item 1 of 100.
  const newest = scrollBox.getByRole('link', { name: visitOf(7) });
  const firstRow = currentList
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: visitOf(7) }) });
  await expect(firstRow).toHaveAttribute('aria-posinset', '1');
  await expect(firstRow).toHaveAttribute('aria-setsize', '100');
  await expect(newest).toBeInViewport();
  // Only the rows near the view are in the page: far fewer than 120.
  const renderedAtTop = await visitLinks.count();
  expect(renderedAtTop).toBeGreaterThan(3);
  expect(renderedAtTop).toBeLessThan(40);

  // From the keyboard: focus the list, Page Down moves on, End reaches the oldest visit.
  await scrollBox.focus();
  await expect(scrollBox).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(newest).not.toBeInViewport();
  await page.keyboard.press('PageDown');
  // Mid-list: the episode's name stays pinned at the top of the box.
  await screenshotBelowHeader(page, timeline, 'timeline-long');

  const oldest = scrollBox.getByRole('link', { name: visitOf(767 + 7 * 19) });
  await page.keyboard.press('End');
  await expect(oldest).toBeInViewport();
  const earlierList = scrollBox.getByRole('list', {
    name: 'Timeline: Groin pain after hill repeats',
  });
  // The oldest visit's row is item 20 of the earlier episode's 20 (and one list item only: the
  // row's own <li> inside it is hidden from screen readers).
  const oldestRow = earlierList
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: visitOf(767 + 7 * 19) }) });
  await expect(oldestRow).toHaveAttribute('aria-posinset', '20');
  await expect(oldestRow).toHaveAttribute('aria-setsize', '20');
  await expect(
    scrollBox.getByRole('heading', { name: 'Groin pain after hill repeats (right hip)' }),
  ).toBeAttached();
  expect(await visitLinks.count()).toBeLessThan(40);
  await screenshotBelowHeader(page, timeline, 'timeline-long-end');

  // Following the oldest row's link opens that visit.
  await oldest.click();
  await expect(page.getByRole('heading', { name: 'Assessment: Ines Castro' })).toBeVisible();
  expect(page.url()).toContain(`/assessments/${earlierIds[0]}`);
  await page.goBack();
  await scrollBox.scrollIntoViewIfNeeded();

  // Tab goes from link to link and the list scrolls along: the 21st newest visit, well below
  // the first screenful, gets the focus in view; Enter opens it.
  await scrollBox.focus();
  await page.keyboard.press('Home');
  await expect(newest).toBeInViewport();
  for (let step = 0; step < 21; step += 1) await page.keyboard.press('Tab');
  const twentyFirst = scrollBox.getByRole('link', { name: visitOf(7 + 7 * 20) });
  await expect(twentyFirst).toBeFocused();
  await expect(twentyFirst).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Assessment: Ines Castro' })).toBeVisible();
  expect(page.url()).toContain(`/assessments/${currentIds.at(-21)}`);
});
