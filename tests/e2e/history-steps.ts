import type { Page } from '@playwright/test';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import type { NewEpisode } from '../../src/shared/domain/episode';
import type { MethodInput, MethodOutput } from '../../src/shared/ipc/contract';
import type { IpcMethod } from '../../src/shared/ipc/methods';

/**
 * Calls the preview's own HTTP API from inside the page (with the page's token and origin, as the
 * app does): setting up a long history this way takes seconds instead of minutes of typing.
 */
export async function callPreviewApi<M extends IpcMethod>(
  page: Page,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const value = await page.evaluate(
    async ({ method, input }: { method: string; input: unknown }) => {
      const token = sessionStorage.getItem('stride-preview-token') ?? '';
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Stride-Token': token },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as
        { ok: true; value: unknown } | { ok: false; error: { message: string } };
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    },
    { method, input: input as unknown },
  );
  return value as MethodOutput<M>;
}

export interface EarlierVisit {
  daysAgo: number;
  painNow: number;
  /** Every LEFS item answered with this score (0-4). */
  lefsAnswer: number;
  abductionForce: { left: number; right: number };
}

/** YYYY-MM-DD of the day so many days before today, in this machine's time zone (the browser's too). */
export function calendarDateDaysAgo(daysAgo: number): string {
  const day = new Date(Date.now() - daysAgo * 86_400_000);
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${twoDigits(day.getMonth() + 1)}-${twoDigits(day.getDate())}`;
}

/**
 * Adds finalised visits, dated in the past, to the patient's newest episode of care, or to a new
 * episode when one is given (the first visit opens it, the rest join it). Gives the visits' ids.
 */
export async function addFinalisedVisits(
  page: Page,
  patientId: string,
  visits: EarlierVisit[],
  newEpisode?: NewEpisode,
): Promise<string[]> {
  const ids: string[] = [];
  const redFlags = Object.fromEntries(
    RED_FLAG_QUESTIONS.map((question) => [question.id, 'no' as const]),
  );
  let episodeId = newEpisode
    ? null
    : ((await callPreviewApi(page, 'episodes.list', { patientId }))[0]?.id ?? null);
  for (const visit of visits) {
    const episode = episodeId ? { episodeId } : newEpisode;
    if (!episode) throw new Error('The patient has no episode of care to add visits to');
    const started = await callPreviewApi(page, 'assessments.start', { patientId, episode });
    episodeId = started.episode.id;
    const record = structuredClone(started.record);
    record.visitDate = calendarDateDaysAgo(visit.daysAgo);
    record.bodyMassKg = 61;
    record.subjective.pain.painNow = visit.painNow;
    record.lefs = record.lefs.map(() => visit.lefsAnswer);
    record.redFlags = redFlags;
    record.tests['hhd-hip-abduction'] = {
      left: { peakForce: visit.abductionForce.left },
      right: { peakForce: visit.abductionForce.right },
      shared: { leverArm: 0.8 },
    };
    const saved = await callPreviewApi(page, 'assessments.saveDraft', {
      id: started.id,
      revision: started.revision,
      record,
    });
    await callPreviewApi(page, 'assessments.finalise', {
      id: started.id,
      revision: saved.revision,
    });
    ids.push(started.id);
  }
  return ids;
}
