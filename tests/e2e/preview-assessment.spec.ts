import type { Page } from '@playwright/test';
import { answerRedFlags, newPatientWithAssessment } from './assessment-steps';
import { expect, saveScreen, test } from './preview-fixture';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('a physio records weak left abductors and a left hip drop, and the summary names them', async ({
  page,
  preview,
}) => {
  await newPatientWithAssessment(page, preview.url);

  // Objective tests wait for the red-flag screen.
  await expect(page.getByText('Red-flag screen first')).toBeVisible();
  await expect(
    region(page, 'Hip abduction strength').getByLabel('Best force, left'),
  ).toBeDisabled();

  await page
    .getByRole('group', { name: 'Where it hurts: left side' })
    .getByLabel('Outer (lateral) hip')
    .check();
  await page.getByLabel('Pain now (0-10)').selectOption('3');
  await page.getByLabel('Body mass').fill('61');
  await answerRedFlags(page);
  await expect(page.getByText('Red-flag screen first')).toBeHidden();

  const strength = region(page, 'Hip abduction strength');
  await strength.getByLabel('Lever arm').fill('0.8');
  await strength.getByLabel('Best force, left').fill('180');
  await strength.getByLabel('Best force, right').fill('231');
  await expect(strength.getByText('78%')).toBeVisible();
  await expect(strength.getByText('144 N·m', { exact: true })).toBeVisible();
  await expect(strength.getByText('2.36 N·m/kg')).toBeVisible();

  const stepDown = region(page, 'Lateral step-down');
  await stepDown.getByLabel('Hands come off the waist, left').selectOption('No');
  await stepDown.getByLabel('Trunk leans, left').selectOption('Yes');
  await stepDown.getByLabel('Pelvis does not stay level, left').selectOption('Yes');
  await stepDown
    .getByLabel('Knee position, left')
    .selectOption({ label: 'Inside the inner edge of the foot' });
  await stepDown.getByLabel('Unsteady (touches down or wobbles), left').selectOption('No');
  await expect(stepDown.getByText('4 (poor)')).toBeVisible();

  const running = region(page, 'Running pelvic drop (2D video)');
  await running.getByLabel('Pelvic drop at midstance, left').fill('9');
  await running.getByLabel('Pelvic drop at midstance, right').fill('4');

  const findings = page.getByRole('list', { name: 'Findings' });
  await expect(
    findings.getByText('Weak left hip abductors: LSI 78% (180 N vs 231 N), below 90%'),
  ).toBeVisible();
  await expect(
    findings.getByText(
      'Left hip drop on left-leg stance: step-down score 4 (poor), running pelvic drop 9° vs 4°',
    ),
  ).toBeVisible();

  // A value out of range is refused at the field and changes nothing: not the findings, and
  // not what is stored (reopening below still shows 180).
  await strength.getByLabel('Best force, left').fill('-5');
  await expect(strength.getByText('Best force (left) must be between 0 and 1500 N')).toBeVisible();
  await expect(findings.getByText(/Weak left hip abductors: LSI 78%/)).toBeVisible();

  await expect(page.getByText(/Draft saved/)).toBeVisible({ timeout: 10_000 });
  await saveScreen(page, 'assessment-draft');

  // Reopening shows everything that was typed.
  await page.reload();
  await expect(region(page, 'Hip abduction strength').getByLabel('Best force, left')).toHaveValue(
    '180',
  );
  await expect(
    page
      .getByRole('list', { name: 'Findings' })
      .getByText(/Left hip drop on left-leg stance: step-down score 4 \(poor\)/),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Finalise…' }).click();
  const sign = page.getByRole('dialog', { name: 'Finalise this assessment' });
  await sign.getByRole('button', { name: 'Sign and finalise' }).click();
  await expect(page.getByText('Finalised', { exact: true })).toBeVisible();
  await expect(page.getByText(/Finalised by Jo Physio/)).toBeVisible();
  await expect(
    region(page, 'Hip abduction strength').getByLabel('Best force, left'),
  ).toBeDisabled();
  await expect(page.getByRole('region', { name: 'Signed versions' })).toContainText('Original');
  await saveScreen(page, 'assessment-finalised');
});

test('a red-flag answer shows the banner and hides hop testing', async ({ page, preview }) => {
  await newPatientWithAssessment(page, preview.url);
  await answerRedFlags(page, ['deep-groin-pain-running']);
  const banner = page.getByRole('alert').filter({ hasText: 'Red flag: refer before treating' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(
    'Deep groin or thigh pain with running (possible femoral stress fracture)',
  );
  await expect(page.getByText('Single-leg hop (10 hops): not done')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Single-leg hop (10 hops)' })).toHaveCount(0);
  await expect(
    page.getByRole('list', { name: 'Findings' }).getByText(/Femoral stress fracture suspected/),
  ).toBeVisible();
  await saveScreen(page, 'assessment-red-flag');
});

test('an assessment draft is offered again from the patient page', async ({ page, preview }) => {
  await newPatientWithAssessment(page, preview.url);
  await page.getByLabel('Body mass').fill('70');
  await expect(page.getByText(/Draft saved/)).toBeVisible({ timeout: 10_000 });
  await page.getByRole('link', { name: '← Marta Novak' }).click();
  await expect(page.getByText('Unfinished assessment')).toBeVisible();
  await page.getByRole('link', { name: 'Continue draft' }).click();
  await expect(page.getByLabel('Body mass')).toHaveValue('70');
});

test('left and right line up and Tab follows the examination', async ({ page, preview }) => {
  await newPatientWithAssessment(page, preview.url);
  await answerRedFlags(page);
  const strength = region(page, 'Hip abduction strength');
  await strength.getByLabel('Lever arm').focus();
  await page.keyboard.type('0.8');
  await page.keyboard.press('Tab');
  await expect(strength.getByLabel('Method')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(strength.getByLabel('Position')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(strength.getByLabel('Best force, left')).toBeFocused();
  await page.keyboard.type('200');
  await page.keyboard.press('Tab');
  await expect(strength.getByLabel('Best force, right')).toBeFocused();
  await page.keyboard.type('210');
  await page.keyboard.press('Tab');
  await expect(strength.getByLabel('Trials, left')).toBeFocused();

  const left = await strength.getByLabel('Best force, left').boundingBox();
  const right = await strength.getByLabel('Best force, right').boundingBox();
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(1); // same row
  expect(right!.x).toBeGreaterThan(left!.x);
  await expect(strength.getByText('95%')).toBeVisible();
});

test('a finalised assessment is amended and the original stays readable', async ({
  page,
  preview,
}) => {
  await newPatientWithAssessment(page, preview.url);
  await answerRedFlags(page);
  const plank = region(page, 'Side plank endurance');
  await plank.getByLabel('Time held, left').fill('38');
  await plank.getByLabel('Time held, right').fill('61');
  await page.getByRole('button', { name: 'Finalise…' }).click();
  await page.getByRole('button', { name: 'Sign and finalise' }).click();
  await expect(page.getByText(/Finalised by Jo Physio/)).toBeVisible();

  await page.getByRole('button', { name: 'Amend' }).click();
  await plank.getByLabel('Time held, left').fill('58');
  await page.getByRole('button', { name: 'Save amendment…' }).click();
  const sign = page.getByRole('dialog', { name: 'Save amendment' });
  await sign.getByLabel('Reason for the amendment').fill('Left time misread from the stopwatch');
  await sign.getByRole('button', { name: 'Sign amendment' }).click();

  await expect(page.getByText('Finalised, amended 1×')).toBeVisible();
  await expect(plank.getByLabel('Time held, left')).toHaveValue('58');
  const versions = page.getByRole('region', { name: 'Signed versions' });
  await expect(versions).toContainText('Reason: Left time misread from the stopwatch');
  await expect(versions).toContainText('Asymmetry: Side plank endurance: left 38 s vs right 61 s');
  await versions.getByRole('button', { name: 'View version 1' }).click();
  await expect(page.getByText('Viewing signed version 1')).toBeVisible();
  await expect(plank.getByLabel('Time held, left')).toHaveValue('38');
});

test('the clinic’s limb symmetry threshold changes what counts as weak', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Limb symmetry threshold (%)').fill('101');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(
    page.getByText('Limb symmetry threshold must be between 50 and 100 %'),
  ).toBeVisible();
  await page.getByLabel('Limb symmetry threshold (%)').fill('75');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await newPatientWithAssessment(page, preview.url);
  await answerRedFlags(page);
  const strength = region(page, 'Hip abduction strength');
  await strength.getByLabel('Best force, left').fill('180');
  await strength.getByLabel('Best force, right').fill('231');
  await expect(strength.getByText('78%')).toBeVisible();
  await expect(page.getByText('No findings yet.')).toBeVisible(); // 78% is above 75%
});
