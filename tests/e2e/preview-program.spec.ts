import type { Page } from '@playwright/test';
import { findExercise } from '../../src/shared/clinical/catalogue/exercises';
import { findProtocol } from '../../src/shared/clinical/catalogue/protocols';
import {
  answerRedFlags,
  finalisedAssessmentWithWeakLeftAbductors,
  newPatientWithAssessment,
} from './assessment-steps';
import { expect, saveScreen, test } from './preview-fixture';
import { addFromLibrary } from './program-steps';

const ABDUCTORS = findProtocol('hip-abductor-strengthening')!;

const card = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^\\d+\\. ${name}$`) });

test('a physio builds a program from the suggestions, tunes it, swaps to a harder version and saves versions', async ({
  page,
  preview,
}) => {
  await finalisedAssessmentWithWeakLeftAbductors(page, preview.url);
  await page.getByRole('link', { name: 'Build program' }).click();
  await expect(page.getByRole('heading', { name: 'Home program: Marta Novak' })).toBeVisible();

  // The best suggestion is abductor strengthening, with the finding and its numbers.
  const suggestions = page.getByRole('region', { name: 'Suggested protocols' });
  const first = suggestions.getByRole('listitem').first();
  await expect(first).toContainText(ABDUCTORS.name);
  await expect(first).toContainText('LSI 78%');
  await expect(first).toContainText('left emphasis');
  await saveScreen(page, 'program-suggestions');

  await first.getByRole('checkbox', { name: new RegExp(ABDUCTORS.name) }).check();
  // Start from the lowest loading tier rather than the suggested phase.
  await first
    .getByLabel(`Start ${ABDUCTORS.name} at`)
    .selectOption({ label: `Phase 1: ${ABDUCTORS.phases[0]!.name}` });
  await suggestions.getByRole('button', { name: 'Add chosen protocols to the program' }).click();
  const exercises = page.getByRole('region', { name: /^Exercises \(\d+\)$/ });
  const firstPhase = ABDUCTORS.phases[0]!.exercises.map((id) => findExercise(id)!);
  for (const exercise of firstPhase) await expect(card(page, exercise.name)).toBeVisible();

  // Tune a dosage: 4 sets of the first exercise.
  const tuned = card(page, firstPhase[0]!.name);
  await tuned.getByLabel('Sets').fill('4');
  await expect(tuned.getByText(/^4 sets/)).toBeVisible();

  // One action swaps an exercise for its harder version.
  const swappable = firstPhase.slice(1).find((exercise) => exercise.harder)!;
  const harder = findExercise(swappable.harder!)!;
  await card(page, swappable.name)
    .getByRole('button', { name: `Harder version of ${swappable.name}` })
    .click();
  await expect(card(page, harder.name)).toBeVisible();
  await expect(card(page, swappable.name)).toHaveCount(0);

  // Add from the library by searching, and move it up from the keyboard.
  await addFromLibrary(page, 'copenhagen', /^Add Copenhagen/);
  const count = await exercises.getByRole('region').count();
  const added = exercises.getByRole('region').nth(count - 1);
  const addedName = (await added.getByRole('heading').textContent())!.replace(/^\d+\. /, '');
  await added.getByRole('button', { name: `Move ${addedName} up` }).focus();
  await page.keyboard.press('Enter');
  await expect(card(page, addedName)).toHaveAccessibleName(`${count - 1}. ${addedName}`);

  // Each card shows the exercise's drawing with the working leg highlighted; choosing the
  // right side shows the mirror image.
  const addedCard = card(page, addedName);
  await expect(addedCard.getByRole('img', { name: /left leg highlighted/ })).toBeVisible();
  await addedCard.getByLabel('Side', { exact: true }).selectOption({ label: 'Right leg only' });
  await expect(addedCard.getByRole('img', { name: /right leg highlighted/ })).toBeVisible();
  await expect(addedCard.getByRole('img', { name: /left leg/ })).toHaveCount(0);
  await expect(
    card(page, 'Glute bridge').getByRole('img', { name: /seen from the side/ }),
  ).toBeVisible();

  // A return-to-running plan, with its first stage edited.
  await page.getByRole('button', { name: 'Add a return-to-running plan' }).click();
  const stages = page.getByRole('table', { name: 'Walk-run stages' });
  await expect(stages.getByRole('row')).not.toHaveCount(1);
  await stages.getByLabel('Run (min), stage 1').fill('2');
  await stages.getByLabel('Repeats, stage 1').fill('5');
  await expect(stages.getByRole('row').nth(1)).toContainText(/run 2 min/i);
  await expect(page.getByText(/rest day/i).first()).toBeVisible();

  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(page.getByRole('region', { name: 'Saved versions' })).toContainText('Version 1');
  await expect(stages.getByLabel('Run (min), stage 1')).toHaveValue('2');
  await saveScreen(page, 'program-builder');

  // A second version: the first stays as it was.
  await card(page, harder.name)
    .getByLabel('Note for the patient')
    .fill('Stop if the outer hip aches');
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(page.getByText('Saved as version 2')).toBeVisible();
  await page.getByRole('link', { name: 'Version 1', exact: true }).click();
  await expect(page.getByText('Viewing version 1')).toBeVisible();
  await expect(card(page, harder.name).getByLabel('Note for the patient')).toHaveValue('');
  await expect(card(page, firstPhase[0]!.name).getByLabel('Sets')).toHaveValue('4');

  // The patient's page lists the program.
  await page.getByRole('link', { name: '← Marta Novak' }).click();
  await expect(page.getByRole('table', { name: 'Home programs' })).toContainText('2');
});

test('with a red flag, running protocols are withheld and no return-to-running plan is offered', async ({
  page,
  preview,
}) => {
  await newPatientWithAssessment(page, preview.url);
  await answerRedFlags(page, ['night-or-rest-pain']);
  await page.getByRole('button', { name: 'Finalise…' }).click();
  await page.getByRole('button', { name: 'Sign and finalise' }).click();
  await page.getByRole('link', { name: 'Build program' }).click();
  await expect(page.getByText('No running while a red flag is positive')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a return-to-running plan' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Add from the library…' }).click();
  const picker = page.getByRole('dialog', { name: 'Add from the library' });
  await picker.getByLabel('Search exercises').fill('pogo');
  await expect(picker.getByRole('button', { name: /pogo/i }).first()).toBeDisabled();
  await saveScreen(page, 'program-red-flag');
});

test('a physio adds a clinic exercise with a photo to the library and finds it', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await page.getByRole('link', { name: 'Exercise library' }).click();
  await expect(page.getByRole('heading', { name: 'Exercise library' })).toBeVisible();
  await page.getByLabel('Search exercises').fill('copenhagen');
  await expect(page.getByRole('navigation', { name: 'Exercises' }).getByRole('button')).toHaveCount(
    3,
  );
  // A library exercise shows its drawing with its instructions.
  await page.getByRole('navigation', { name: 'Exercises' }).getByRole('button').first().click();
  await expect(page.getByRole('img', { name: /left leg highlighted/ })).toBeVisible();
  await saveScreen(page, 'library-exercise-drawing');
  await page.getByLabel('Search exercises').fill('');

  await page.getByRole('button', { name: 'New clinic exercise' }).click();
  const form = page.getByRole('form', { name: 'Clinic exercise' });
  // Saving with nothing filled in explains what is missing and saves nothing.
  await form.getByRole('button', { name: 'Save exercise' }).click();
  await expect(form.getByText('Please check the fields marked in red')).toBeVisible();

  await form.getByLabel('Exercise name').fill('Towel slide to the side');
  await form.getByLabel('Category').selectOption({ label: 'Hip abductor and extensor strength' });
  await form.getByLabel('Position', { exact: true }).selectOption({ label: 'Standing' });
  await form
    .getByLabel('Aim (one sentence)')
    .fill('Works the outer hip with a towel under the foot.');
  await form.getByRole('checkbox', { name: 'Hip abductors' }).check();
  await form
    .getByLabel('Starting position')
    .fill('Stand tall on a smooth floor, a towel under one foot.');
  await form
    .getByLabel('Steps (one per line)')
    .fill('Slide the foot out to the side.\nDraw it back slowly.');
  const chooser = page.waitForEvent('filechooser');
  await form.getByLabel('Photo (optional)').click();
  await (
    await chooser
  ).setFiles({
    name: 'towel.png',
    mimeType: 'image/png',
    buffer: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    ),
  });
  await expect(form.getByRole('img', { name: 'Photo of the exercise' })).toBeVisible();
  await form.getByRole('button', { name: 'Save exercise' }).click();
  await expect(form).toHaveCount(0);

  await page.getByLabel('Search exercises').fill('towel');
  await page.getByRole('button', { name: /Towel slide to the side/ }).click();
  const details = page.getByRole('region', { name: 'Towel slide to the side' });
  await expect(details.getByRole('img', { name: 'Photo: Towel slide to the side' })).toBeVisible();
  await expect(details).toContainText('Draw it back slowly.');
  await saveScreen(page, 'library-clinic-exercise');
});
