import { describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import type { MeasureComparison, ProgressSeries } from '../../src/shared/clinical/progress';
import type { AssessmentRecord } from '../../src/shared/domain/assessment';
import { chartedVisitsOfPatient } from '../../src/main/db/queries/patient-visits';
import { assessmentWith } from '../support/assessment-builder';
import { samplePatient } from '../support/sample-patients';
import { testAppForEachTest } from '../support/test-app';

const app = testAppForEachTest();
const sender = { url: 'file:///app/index.html', mainFrame: true };
const NO_RED_FLAGS: Record<string, 'yes' | 'no'> = Object.fromEntries(
  RED_FLAG_QUESTIONS.map((question) => [question.id, 'no' as const]),
);

/** A signed visit on a date with pain now, LEFS answers and hip abduction force per side. */
function signedVisit(
  patientId: string,
  episode: { episodeId: string } | null,
  visitDate: string,
  values: { painNow: number | null; lefs: number | null; left: number; right: number },
) {
  const started = app.services.assessments.start(
    patientId,
    episode ?? { complaint: 'Outer hip pain', side: 'left', startedOn: '2026-08-20' },
  );
  const base = assessmentWith();
  const record: AssessmentRecord = {
    ...base,
    visitDate,
    bodyMassKg: 70,
    redFlags: NO_RED_FLAGS,
    subjective: { ...base.subjective, pain: { ...base.subjective.pain, painNow: values.painNow } },
    lefs: Array.from({ length: 20 }, () => values.lefs),
    tests: {
      'hhd-hip-abduction': {
        shared: { leverArm: 0.8, method: 'break', position: 'side-lying' },
        left: { peakForce: values.left, trials: 3 },
        right: { peakForce: values.right, trials: 3 },
      },
    },
  };
  app.services.assessments.saveDraft(started.id, 1, record);
  return app.services.assessments.finalise(started.id, 2, 'Jo Physio');
}

function threeVisits() {
  const patient = app.services.patients.create(samplePatient());
  const first = signedVisit(patient.id, null, '2026-09-01', {
    painNow: 6,
    lefs: 2,
    left: 140,
    right: 200,
  });
  const episode = { episodeId: first.episode.id };
  const second = signedVisit(patient.id, episode, '2026-10-01', {
    painNow: null,
    lefs: null,
    left: 170,
    right: 200,
  });
  const third = signedVisit(patient.id, episode, '2026-11-01', {
    painNow: 2,
    lefs: 3,
    left: 190,
    right: 200,
  });
  return { patient, first, second, third };
}

describe('progress across a patient’s visits', () => {
  it('charts each measure by visit date, leaving out drafts and values never recorded', async () => {
    const { patient, first, third } = threeVisits();
    app.services.assessments.start(patient.id, { episodeId: first.episode.id }); // a draft

    const result = await app.router(sender, 'assessments.progress', { patientId: patient.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const series = result.value as ProgressSeries[];
    const byId = Object.fromEntries(series.map((one) => [one.measure.id, one.points]));
    expect(byId['pain:painNow']).toEqual([
      { assessmentId: first.id, visitDate: '2026-09-01', value: 6 },
      { assessmentId: third.id, visitDate: '2026-11-01', value: 2 },
    ]);
    expect(byId['lefs']!.map((point) => point.value)).toEqual([40, 60]);
    const lsi = byId['lsi:abduction']!.map((point) => Math.round(point.value));
    expect(lsi).toEqual([70, 85, 95]);
    expect(byId['torque:abduction:left']!.map((point) => point.value)).toHaveLength(3);
  });

  it('charts what an amended visit now stands signed with', async () => {
    const { patient, third } = threeVisits();
    const amended = { ...third.record, subjective: { ...third.record.subjective } };
    amended.subjective.pain = { ...amended.subjective.pain, painNow: 5 };
    app.services.assessments.amend(third.id, third.revision, amended, {
      signedBy: 'Jo Physio',
      reason: 'Pain score was typed for the wrong side.',
    });
    const series = app.services.assessments.progress(patient.id);
    const painNow = series.find((one) => one.measure.id === 'pain:painNow')!;
    expect(painNow.points.map((point) => point.value)).toEqual([6, 5]);
  });

  it('works out the charted numbers of visits signed before they were kept, on the next open', async () => {
    const { patient } = threeVisits();
    const charted = app.services.assessments.progress(patient.id);
    // As a clinic's database stands right after migration 0010: its signed visits have none.
    const cleared = app.connection.sqlite
      .prepare('UPDATE visit_findings SET measures = NULL WHERE patient_id = ?')
      .run(patient.id);
    expect(cleared.changes).toBe(3);
    expect(app.services.assessments.progress(patient.id)).toEqual([]);

    await app.reopen();
    const unmeasured = app.connection.sqlite
      .prepare('SELECT count(*) AS n FROM visit_findings WHERE measures IS NULL')
      .get() as { n: number };
    expect(unmeasured.n).toBe(0);
    expect(app.services.assessments.progress(patient.id)).toEqual(charted);
  });

  it('compares two visits of the patient, earlier first, with the change that matters', async () => {
    const { first, third } = threeVisits();
    const result = await app.router(sender, 'assessments.compare', {
      firstId: third.id,
      secondId: first.id,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const compared = result.value as MeasureComparison[];
    const rows = Object.fromEntries(compared.map((row) => [row.measure.id, row]));
    expect(rows['pain:painNow']).toMatchObject({
      before: 6,
      after: 2,
      change: -4,
      verdict: 'better',
      meaningful: true,
    });
    expect(rows['lefs']).toMatchObject({ change: 20, verdict: 'better', meaningful: true });
  });

  it('refuses to compare visits of two different patients', async () => {
    const one = threeVisits();
    const other = threeVisits();
    const result = await app.router(sender, 'assessments.compare', {
      firstId: one.first.id,
      secondId: other.first.id,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('reads a patient’s visits through the index, never scanning all assessments', () => {
    const { patient } = threeVisits();
    const { sql, params } = chartedVisitsOfPatient(app.connection.db, patient.id).toSQL();
    const plan = app.connection.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...params)
      .map((step) => (step as { detail: string }).detail);
    expect(plan.join('\n')).toContain('USING COVERING INDEX assessments_by_patient');
    for (const step of plan) expect(step).not.toMatch(/^SCAN (assessments|visit_findings)\b/);
    expect(plan.join('\n')).not.toContain('TEMP B-TREE');
  });
});
