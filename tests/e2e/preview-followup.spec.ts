import type { Page } from '@playwright/test';
import { answerRedFlags, newPatientWithAssessment } from './assessment-steps';
import { expect, saveScreen, test } from './preview-fixture';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** A calendar date some days back, as the date input takes it and as the app shows it. */
function daysAgo(days: number) {
  const day = new Date(Date.now() - days * 86_400_000);
  const month = String(day.getMonth() + 1).padStart(2, '0');
  const date = String(day.getDate()).padStart(2, '0');
  return {
    iso: `${day.getFullYear()}-${month}-${date}`,
    shown: `${day.getDate()} ${MONTHS[day.getMonth()]} ${day.getFullYear()}`,
  };
}

/** The first visit, ten days ago: abductor strength by break test and a lateral step-down. */
async function signedFirstVisit(page: Page, url: string, visitDate: string) {
  await newPatientWithAssessment(page, url);
  await page.getByLabel('Visit date').fill(visitDate);
  await page.getByLabel('Pain now (0-10)').selectOption('4');
  await page.getByLabel('Body mass').fill('61.5');
  await answerRedFlags(page);

  const strength = region(page, 'Hip abduction strength');
  await strength.getByLabel('Lever arm').fill('0.82');
  await strength.getByLabel('Method').selectOption({ label: 'Break (eccentric)' });
  await strength.getByLabel('Position').selectOption({ label: 'Lying on the side' });
  await strength.getByLabel('Best force, left').fill('150');
  await strength.getByLabel('Best force, right').fill('210');
  await strength.getByLabel('Trials, left').fill('3');

  const stepDown = region(page, 'Lateral step-down');
  await stepDown.getByLabel('Step height').fill('20');
  await stepDown.getByLabel('Trunk leans, left').selectOption('Yes');
  await stepDown.getByLabel('Pelvis does not stay level, left').selectOption('Yes');
  await stepDown
    .getByLabel('Knee position, left')
    .selectOption({ label: 'Inside the inner edge of the foot' });

  await page.getByRole('button', { name: 'Finalise…' }).click();
  await page.getByRole('button', { name: 'Sign and finalise' }).click();
  await expect(page.getByText(/Finalised by Jo Physio/)).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Findings' }).getByText(/^Left hip drop on left-leg stance/),
  ).toBeVisible();
}

test('a follow-up starts from the last signed visit: the same tests, set up the same, values empty', async ({
  page,
  preview,
}) => {
  test.setTimeout(90_000); // two visits typed in full
  const first = daysAgo(10);
  await signedFirstVisit(page, preview.url, first.iso);
  await page.getByRole('link', { name: '← Marta Novak' }).click();

  await page.getByRole('button', { name: 'Start assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start an assessment' });
  const startFrom = dialog.getByRole('checkbox', {
    name: `Start from the visit of ${first.shown}: same tests, new measurements`,
  });
  // Offered only for a follow-up in the episode that has a signed visit.
  await expect(startFrom).toBeHidden();
  await dialog.getByRole('radio', { name: /^Follow-up: Outer hip pain on long runs/ }).check();
  await expect(startFrom).toBeChecked();
  await dialog.screenshot({ path: 'test-results/screens/followup-dialog.png' });
  await dialog.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Assessment: Marta Novak' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Discard draft' })).toBeVisible();

  // A status that screen readers read when reached, not an alert that interrupts on opening.
  const notice = page.getByRole('status', {
    name: `Tests carried forward from the visit of ${first.shown}; the values are empty`,
  });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Tests carried forward' })).toHaveCount(0);
  const toMeasure = notice.getByRole('navigation', { name: 'Tests to measure again' });
  await expect(toMeasure.getByRole('button')).toHaveText([
    'Lateral step-down',
    'Hip abduction strength',
  ]);

  // Pain, the LEFS, red flags and body mass are asked again; last visit's body mass is a hint.
  await expect(page.getByLabel('Pain now (0-10)')).toHaveValue('');
  await expect(page.getByText('Red-flag screen first')).toBeVisible();
  const bodyMass = page.getByRole('textbox', { name: 'Body mass' });
  await expect(bodyMass).toHaveValue('');
  await expect(bodyMass).toHaveAccessibleDescription(`Last visit: 61.5 kg on ${first.shown}`);
  const useLast = page.getByRole('button', { name: "Use 61.5 kg as today's body mass" });
  await expect(useLast).toHaveText('Use 61.5 kg');

  const strength = region(page, 'Hip abduction strength');
  const stepDown = region(page, 'Lateral step-down');
  for (const card of [strength, stepDown]) {
    await expect(card.getByText(`Done on ${first.shown}: measure again`)).toBeVisible();
  }
  await expect(region(page, 'FADIR').getByText(/measure again/)).toHaveCount(0);
  // Set up as last time, every result empty.
  await expect(strength.getByLabel('Lever arm')).toHaveValue('0.82');
  await expect(strength.getByLabel('Method')).toHaveValue('break');
  await expect(strength.getByLabel('Position')).toHaveValue('side-lying');
  for (const field of ['Best force, left', 'Best force, right', 'Trials, left']) {
    await expect(strength.getByLabel(field)).toHaveValue('');
  }
  await expect(stepDown.getByLabel('Step height')).toHaveValue('20');
  await expect(stepDown.getByLabel('Trunk leans, left')).toHaveValue('');
  await expect(stepDown.getByLabel('Knee position, left')).toHaveValue('');
  await expect(page.getByText('No findings yet.', { exact: false })).toBeVisible();
  await saveScreen(page, 'followup-page', { fullPage: false });
  await region(page, 'Subjective').screenshot({
    path: 'test-results/screens/followup-subjective.png',
  });

  // The physio weighs the patient: unchanged, so last visit's value is taken over by keyboard,
  // and the cursor lands in the field with it.
  await useLast.focus();
  await page.keyboard.press('Enter');
  await expect(bodyMass).toHaveValue('61.5');
  await expect(bodyMass).toBeFocused();
  await expect(useLast).toBeHidden();

  // Once the red flags are answered, a test in the notice takes the cursor to its card.
  await answerRedFlags(page);
  await strength.screenshot({ path: 'test-results/screens/followup-strength-card.png' });
  await toMeasure.getByRole('button', { name: 'Hip abduction strength' }).click();
  await expect(strength.getByLabel('Lever arm')).toBeFocused();
  await page.keyboard.press('Tab'); // method
  await page.keyboard.press('Tab'); // position
  await page.keyboard.press('Tab');
  await expect(strength.getByLabel('Best force, left')).toBeFocused();
  await page.keyboard.type('185');
  await strength.getByLabel('Best force, right').fill('205');
  await expect(strength.getByText('90%')).toBeVisible();

  // The step-down stays empty: it does not hold up signing and names no finding.
  await page.getByRole('button', { name: 'Finalise…' }).click();
  await page.getByRole('button', { name: 'Sign and finalise' }).click();
  await expect(page.getByText(/Finalised by Jo Physio/)).toBeVisible();
  await expect(notice).toBeHidden();
  const signedFindings = page.getByRole('list', { name: 'Findings' });
  await expect(signedFindings).toBeAttached();
  await expect(signedFindings.getByText(/hip drop|step-down|weak left/i)).toHaveCount(0);
  await saveScreen(page, 'followup-signed', { fullPage: false });
});
