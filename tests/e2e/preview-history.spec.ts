import type { Page } from '@playwright/test';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import { finalisedAssessmentWithWeakLeftAbductors } from './assessment-steps';
import { expect, saveScreen, test } from './preview-fixture';

interface EarlierVisit {
  daysAgo: number;
  painNow: number;
  /** Every LEFS item answered with this score (0-4). */
  lefsAnswer: number;
  abductionForce: { left: number; right: number };
}

/**
 * Adds finalised follow-up visits to the patient's episode through the preview's own HTTP API
 * (the one the page uses, with its token), dated in the past: quicker than typing each one.
 */
async function addFinalisedVisits(page: Page, patientId: string, visits: EarlierVisit[]) {
  const redFlagIds = RED_FLAG_QUESTIONS.map((question) => question.id);
  await page.evaluate(
    async ({ patientId, visits, redFlagIds }) => {
      const token = sessionStorage.getItem('stride-preview-token') ?? '';
      const api = async (method: string, input: unknown) => {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Stride-Token': token },
          body: JSON.stringify(input),
        });
        const result = (await response.json()) as
          | { ok: true; value: any } // eslint-disable-line @typescript-eslint/no-explicit-any
          | { ok: false; error: { message: string } };
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        return result.value;
      };
      const [episode] = await api('episodes.list', { patientId });
      for (const visit of visits) {
        const started = await api('assessments.start', {
          patientId,
          episode: { episodeId: episode.id },
        });
        const record = structuredClone(started.record);
        const day = new Date(Date.now() - visit.daysAgo * 86_400_000);
        record.visitDate = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
        record.bodyMassKg = 61;
        record.subjective.pain.painNow = visit.painNow;
        record.lefs = record.lefs.map(() => visit.lefsAnswer);
        record.redFlags = Object.fromEntries(redFlagIds.map((id) => [id, 'no']));
        record.tests['hhd-hip-abduction'] = {
          left: { peakForce: visit.abductionForce.left },
          right: { peakForce: visit.abductionForce.right },
          shared: { leverArm: 0.8 },
        };
        const saved = await api('assessments.saveDraft', {
          id: started.id,
          revision: started.revision,
          record,
        });
        await api('assessments.finalise', {
          id: started.id,
          revision: saved.revision,
          signedBy: 'Jo Physio',
        });
      }
    },
    { patientId, visits, redFlagIds },
  );
}

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

test('a long history shows the newest 20 items until the physio asks for all', async ({
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
  const visits = timeline.getByRole('link', { name: /^Visit of / });
  await expect(visits).toHaveCount(20);
  await timeline.getByRole('button', { name: 'Show all 25' }).click();
  await expect(visits).toHaveCount(25);
  await expect(
    page.getByRole('region', { name: 'Progress' }).getByRole('img', { name: 'Pain chart' }),
  ).toBeVisible();
  await saveScreen(page, 'patient-history-long');
});
