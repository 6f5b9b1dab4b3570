import { describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import type { AssessmentRecord } from '../../src/shared/domain/assessment';
import { samplePatient } from '../support/sample-patients';
import { testAppForEachTest } from '../support/test-app';

const app = testAppForEachTest();
const sender = { url: 'file:///app/index.html', mainFrame: true };

const allRedFlagsNo = Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, 'no' as const]));

/** A runner with weak left abductors and a left hip drop, as a physio would record it. */
function recordedVisit(record: AssessmentRecord): AssessmentRecord {
  return {
    ...record,
    bodyMassKg: 62.5,
    subjective: {
      ...record.subjective,
      painAreas: [{ area: 'lateral-hip', side: 'left' }],
      pain: { painNow: 2, painWorst: 6, painDuringRun: 5, painNextMorning: 3 },
      aggravating: ['long-runs', 'lying-on-side'],
      trainingChanges: ['more-distance'],
    },
    redFlags: allRedFlagsNo,
    tests: {
      'hhd-hip-abduction': {
        shared: { leverArm: 0.82, method: 'make' },
        left: { peakForce: 180, trials: 3 },
        right: { peakForce: 231, trials: 3 },
      },
      'lateral-step-down': {
        shared: { stepHeight: 20 },
        left: {
          armsLeaveWaist: 'no',
          trunkLean: 'yes',
          pelvisNotLevel: 'yes',
          kneePosition: 'inside-foot',
          unsteady: 'no',
        },
      },
      'running-pelvic-drop': { left: { dropAngle: 9 }, right: { dropAngle: 4 } },
    },
    lefs: Array.from({ length: 20 }, () => 3),
  };
}

describe('recording an assessment', () => {
  it('is saved as a draft, reopened, finalised and amended, keeping the original', async () => {
    const patient = app.services.patients.create(samplePatient());
    const started = app.services.assessments.start(patient.id, {
      complaint: 'Outer hip pain on long runs',
      side: 'left',
      startedOn: '2026-10-01',
    });
    expect(started).toMatchObject({ status: 'draft', revision: 1, episode: { side: 'left' } });
    expect(started.record.subjective.painSide).toBe('left');
    expect(started.record.subjective.weeklyDistanceKm).toBe(45); // from the running profile

    const saved = app.services.assessments.saveDraft(started.id, 1, recordedVisit(started.record));
    expect(saved.revision).toBe(2);

    // The app is closed and opened again: the draft is all there.
    await app.reopen();
    const reopened = app.services.assessments.get(started.id);
    expect(reopened.record).toEqual(recordedVisit(started.record));
    expect(app.services.assessments.forPatient(patient.id)).toMatchObject([
      { id: started.id, status: 'draft', complaint: 'Outer hip pain on long runs', amendments: 0 },
    ]);

    const final = app.services.assessments.finalise(started.id, 2, 'Jo Physio');
    expect(final).toMatchObject({ status: 'final', finalisedBy: 'Jo Physio', revision: 3 });
    expect(() => app.services.assessments.saveDraft(started.id, 3, final.record)).toThrow(
      /amendment/,
    );

    const amendedRecord = {
      ...final.record,
      tests: {
        ...final.record.tests,
        'side-plank': { left: { holdSeconds: 38 }, right: { holdSeconds: 61 } },
      },
    };
    const amended = app.services.assessments.amend(started.id, 3, amendedRecord, {
      signedBy: 'Jo Physio',
      reason: 'Side plank times added from the notes',
    });
    expect(amended).toMatchObject({ status: 'final', amendments: 1 });

    const versions = app.services.assessments.versions(started.id);
    expect(versions.map((v) => [v.version, v.kind, v.signedBy])).toEqual([
      [1, 'finalised', 'Jo Physio'],
      [2, 'amendment', 'Jo Physio'],
    ]);
    expect(versions[0]!.record.tests['side-plank']).toBeUndefined(); // the original stays readable
    expect(versions[0]!.findings).toEqual([
      'Left hip drop on left-leg stance: step-down score 4 (poor), running pelvic drop 9° vs 4°',
      'Weak left hip abductors: LSI 78% (180 N vs 231 N), below 90%',
    ]);
    expect(versions[1]!.findings).toContain(
      'Asymmetry: Side plank endurance: left 38 s vs right 61 s',
    );
    expect(versions[1]!.reason).toBe('Side plank times added from the notes');
  });

  it('stores every measured number with its unit', async () => {
    const patient = app.services.patients.create(samplePatient());
    const started = app.services.assessments.start(patient.id, {
      complaint: 'Hip pain',
      side: 'left',
      startedOn: null,
    });
    app.services.assessments.saveDraft(started.id, 1, recordedVisit(started.record));
    const stored = JSON.parse(
      app.connection.sqlite
        .prepare('SELECT record FROM assessments WHERE id = ?')
        .pluck()
        .get(started.id) as string,
    );
    expect(stored.bodyMassKg).toEqual({ value: 62.5, unit: 'kg' });
    expect(stored.tests['hhd-hip-abduction'].left.peakForce).toEqual({ value: 180, unit: 'N' });
    expect(stored.tests['hhd-hip-abduction'].shared.leverArm).toEqual({ value: 0.82, unit: 'm' });
    expect(stored.tests['running-pelvic-drop'].left.dropAngle).toEqual({ value: 9, unit: 'deg' });
    expect(stored.tests['lateral-step-down'].left.kneePosition).toBe('inside-foot');
  });

  it('will not finalise while red-flag questions are unanswered', async () => {
    const patient = app.services.patients.create(samplePatient());
    const started = app.services.assessments.start(patient.id, {
      complaint: 'Hip pain',
      side: 'both',
      startedOn: null,
    });
    const result = await app.router(sender, 'assessments.finalise', {
      id: started.id,
      revision: 1,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/red-flag question/) },
    });
    expect(app.services.assessments.get(started.id).status).toBe('draft');
  });

  it('refuses invalid values at the IPC boundary and stores nothing', async () => {
    const patient = app.services.patients.create(samplePatient());
    const started = app.services.assessments.start(patient.id, {
      complaint: 'Hip pain',
      side: 'left',
      startedOn: null,
    });
    for (const tests of [
      { 'hhd-hip-abduction': { left: { peakForce: -20 } } },
      { 'modified-thomas': { left: { hipAngle: 400 } } },
      { 'side-plank': { left: { holdSeconds: 'long' } } },
    ]) {
      const result = await app.router(sender, 'assessments.saveDraft', {
        id: started.id,
        revision: 1,
        record: { ...started.record, tests },
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(app.services.assessments.get(started.id)).toMatchObject({
      revision: 1,
      record: started.record,
    });
  });

  it('refuses hop results when a stress fracture is suspected', async () => {
    const patient = app.services.patients.create(samplePatient());
    const started = app.services.assessments.start(patient.id, {
      complaint: 'Groin pain',
      side: 'right',
      startedOn: null,
    });
    const result = await app.router(sender, 'assessments.saveDraft', {
      id: started.id,
      revision: 1,
      record: {
        ...started.record,
        redFlags: { ...allRedFlagsNo, 'deep-groin-pain-running': 'yes' },
        tests: { 'single-leg-hop': { right: { hops: 10, pain: 'no' } } },
      },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/Single-leg hop .* not done while a red flag is positive/),
      },
    });
  });

  it('discards a draft started by mistake, with its new episode, but never a finalised visit', async () => {
    const patient = app.services.patients.create(samplePatient());
    const draft = app.services.assessments.start(patient.id, {
      complaint: 'Oops',
      side: 'left',
      startedOn: null,
    });
    app.services.assessments.discardDraft(draft.id, 1);
    expect(app.services.assessments.forPatient(patient.id)).toEqual([]);
    expect(app.services.assessments.episodes(patient.id)).toEqual([]);

    const kept = app.services.assessments.start(patient.id, {
      complaint: 'Hip',
      side: 'left',
      startedOn: null,
    });
    app.services.assessments.saveDraft(kept.id, 1, { ...kept.record, redFlags: allRedFlagsNo });
    app.services.assessments.finalise(kept.id, 2, 'Jo Physio');
    expect(() => app.services.assessments.discardDraft(kept.id, 3)).toThrow(/cannot be discarded/);
    expect(app.services.assessments.get(kept.id).status).toBe('final');
  });

  it('refuses a save from a stale window', async () => {
    const patient = app.services.patients.create(samplePatient());
    const started = app.services.assessments.start(patient.id, {
      complaint: 'Hip pain',
      side: 'left',
      startedOn: null,
    });
    app.services.assessments.saveDraft(started.id, 1, started.record);
    expect(() => app.services.assessments.saveDraft(started.id, 1, started.record)).toThrow(
      /another window/,
    );
  });

  it('keeps clinic thresholds as settings', async () => {
    expect(await app.router(sender, 'settings.getClinical', {})).toMatchObject({
      ok: true,
      value: { lsiThresholdPercent: 90, thomasKneeThresholdDeg: 80 },
    });
    const bad = await app.router(sender, 'settings.updateClinical', {
      settings: {
        lsiThresholdPercent: 140,
        thomasKneeThresholdDeg: 80,
        pelvicDropDifferenceDeg: 2,
      },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await app.router(sender, 'settings.updateClinical', {
      settings: { lsiThresholdPercent: 85, thomasKneeThresholdDeg: 67, pelvicDropDifferenceDeg: 3 },
    });
    expect(app.services.settings.clinical()).toEqual({
      lsiThresholdPercent: 85,
      thomasKneeThresholdDeg: 67,
      pelvicDropDifferenceDeg: 3,
    });
  });
});
