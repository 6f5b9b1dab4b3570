import { v4 as newKey } from 'uuid';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import { deriveFindings } from '../../src/shared/clinical/findings';
import { itemFromExercise, itemsFromProtocols } from '../../src/shared/clinical/program-builder';
import { matchInputFor, matchProtocols } from '../../src/shared/clinical/protocol-matching';
import { redFlagScreen } from '../../src/shared/clinical/red-flag-screen';
import { DEFAULT_CLINICAL_SETTINGS } from '../../src/shared/clinical/settings';
import { findExercise } from '../../src/shared/clinical/catalogue/exercises';
import type { AssessmentRecord } from '../../src/shared/domain/assessment';
import type { CustomExerciseInput } from '../../src/shared/domain/custom-exercise';
import type { ProgramContent } from '../../src/shared/domain/program';
import { samplePatient } from '../support/sample-patients';
import { testAppForEachTest } from '../support/test-app';

const app = testAppForEachTest();
const sender = { url: 'file:///app/index.html', mainFrame: true };

const redFlags = (answer: (id: string) => 'yes' | 'no') =>
  Object.fromEntries(RED_FLAG_QUESTIONS.map((question) => [question.id, answer(question.id)]));

/** A finalised visit: weak left abductors (LSI 78%), no red flag unless asked. */
function finalisedVisit(options: { redFlag?: boolean } = {}) {
  const patient = app.services.patients.create(samplePatient());
  const started = app.services.assessments.start(patient.id, {
    complaint: 'Outer hip pain',
    side: 'left',
    startedOn: '2026-10-01',
  });
  const record: AssessmentRecord = {
    ...started.record,
    redFlags: redFlags((id) =>
      options.redFlag && id === RED_FLAG_QUESTIONS[0]!.id ? 'yes' : 'no',
    ),
    tests: {
      'hhd-hip-abduction': {
        shared: { leverArm: 0.8, method: 'make' },
        left: { peakForce: 156, trials: 3 },
        right: { peakForce: 200, trials: 3 },
      },
    },
  };
  app.services.assessments.saveDraft(started.id, 1, record);
  const final = app.services.assessments.finalise(started.id, 2, 'Jo Physio');
  return { patient, assessment: final };
}

function suggestedContent(record: AssessmentRecord): ProgramContent {
  const findings = deriveFindings(record, {
    patient: { dateOfBirth: null, sex: 'not-recorded' },
    involvedSide: 'left',
    settings: DEFAULT_CLINICAL_SETTINGS,
  });
  const match = matchProtocols(matchInputFor(record, findings));
  const first = match.suggestions[0]!;
  const items = itemsFromProtocols(
    [{ protocolId: first.protocol.id, phase: first.startPhase, emphasisSide: first.emphasisSide }],
    { redFlags: redFlagScreen(record), findings, diagnosis: record.diagnosis },
    newKey,
  );
  return {
    title: 'Hip strength',
    goal: first.protocol.purpose,
    protocols: [
      { protocolId: first.protocol.id, phase: first.startPhase, emphasisSide: first.emphasisSide },
    ],
    items,
    returnToRun: null,
    savedBy: 'Jo Physio',
  };
}

async function call(method: string, input: unknown) {
  return app.router(sender, method, input);
}

describe('saving a program', () => {
  it('keeps every version: save, edit, save again, read both back after reopening', async () => {
    const { patient, assessment } = finalisedVisit();
    const content = suggestedContent(assessment.record);
    expect(content.items.length).toBeGreaterThan(0);

    const created = await call('programs.create', { assessmentId: assessment.id, content });
    expect(created.ok).toBe(true);
    const program = created.ok ? (created.value as { id: string }) : null;

    // The physio changes a dosage and swaps the first item for its harder version.
    const edited: ProgramContent = structuredClone(content);
    edited.items[0]!.sets = 4;
    edited.items[0]!.note = 'Slow on the way down';
    const harder = findExercise(edited.items[1]!.exerciseId)!.harder;
    if (harder) edited.items[1]!.exerciseId = harder;
    const second = await call('programs.saveVersion', {
      id: program!.id,
      baseVersion: 1,
      content: edited,
    });
    expect(second).toMatchObject({ ok: true, value: { latestVersion: 2 } });

    // Someone still on version 1 cannot overwrite version 2.
    const stale = await call('programs.saveVersion', { id: program!.id, baseVersion: 1, content });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await app.reopen();
    const latest = app.services.programs.get(program!.id);
    expect(latest.current.version).toBe(2);
    expect(latest.current.content.items[0]).toMatchObject({
      sets: 4,
      note: 'Slow on the way down',
    });
    expect(latest.versions.map((version) => version.version)).toEqual([2, 1]);
    const original = app.services.programs.get(program!.id, 1);
    expect(original.current.content).toEqual(content);
    expect(app.services.programs.forPatient(patient.id)).toMatchObject([
      { id: program!.id, latestVersion: 2, exerciseCount: edited.items.length },
    ]);
  });

  it('refuses bad input at the boundary and saves nothing', async () => {
    const { patient, assessment } = finalisedVisit();
    const content = suggestedContent(assessment.record);
    const zeroSets = structuredClone(content);
    (zeroSets.items[0] as { sets: number }).sets = 0;
    const refused = await call('programs.create', {
      assessmentId: assessment.id,
      content: zeroSets,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/Sets must be from 1 to 10/);

    const unknown = structuredClone(content);
    unknown.items[0]!.exerciseId = 'no-such-exercise';
    const refusedUnknown = await call('programs.create', {
      assessmentId: assessment.id,
      content: unknown,
    });
    expect(refusedUnknown).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    const empty = { ...content, items: [] };
    const refusedEmpty = await call('programs.create', {
      assessmentId: assessment.id,
      content: empty,
    });
    expect(refusedEmpty).toMatchObject({ ok: false });
    expect(app.services.programs.forPatient(patient.id)).toEqual([]);
  });

  it('refuses running or hopping for an assessment with a red flag, and a draft assessment', async () => {
    const { patient, assessment } = finalisedVisit({ redFlag: true });
    const content: ProgramContent = {
      title: 'Unsafe',
      goal: null,
      protocols: [],
      items: [
        itemFromExercise(findExercise('glute-bridge')!, newKey),
        itemFromExercise(findExercise('pogo-hops')!, newKey),
      ],
      returnToRun: null,
      savedBy: 'Jo Physio',
    };
    const refused = await call('programs.create', { assessmentId: assessment.id, content });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/Pogo/i);

    const safe = { ...content, items: content.items.slice(0, 1) };
    expect(
      await call('programs.create', { assessmentId: assessment.id, content: safe }),
    ).toMatchObject({ ok: true });

    const draft = app.services.assessments.start(patient.id, {
      complaint: 'Again',
      side: 'left',
      startedOn: null,
    });
    const fromDraft = await call('programs.create', { assessmentId: draft.id, content: safe });
    expect(fromDraft).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(app.services.programs.forPatient(patient.id)).toHaveLength(1);
  });
});

/** The smallest valid PNG: one transparent pixel. */
const ONE_PIXEL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const ownExercise: CustomExerciseInput = {
  name: 'Towel slide abduction',
  category: 'abductor-extensor-strength',
  aim: 'Strengthens the outer hip with a towel under the foot.',
  targets: ['hip-abductors'],
  position: 'standing',
  equipment: ['slider'],
  startingPosition: 'Stand tall with a towel under one foot.',
  steps: ['Slide the foot out to the side.', '', 'Draw it back in slowly.'],
  cues: ['Keep the pelvis level'],
  commonErrors: [],
  warnings: [],
  cautions: [],
  oneSided: true,
  dosage: {
    sets: 3,
    reps: 10,
    holdSeconds: null,
    distanceMetres: null,
    restSeconds: 60,
    effort: 6,
    tempo: null,
    band: null,
    loadKg: null,
    timesPerDay: 1,
    daysPerWeek: 3,
  },
};

describe('the clinic’s own exercises', () => {
  it('are saved with a photo, listed, and usable in a program', async () => {
    const created = await call('customExercises.create', {
      exercise: ownExercise,
      photo: ONE_PIXEL_PNG,
    });
    expect(created.ok).toBe(true);
    const exercise = created.ok ? (created.value as { id: string; steps: string[] }) : null;
    expect(exercise!.id).toMatch(/^custom:/);
    expect(exercise!.steps).toEqual(['Slide the foot out to the side.', 'Draw it back in slowly.']);
    expect(await call('customExercises.photo', { id: exercise!.id })).toEqual({
      ok: true,
      value: ONE_PIXEL_PNG,
    });
    expect(app.services.customExercises.list().map((entry) => entry.name)).toEqual([
      'Towel slide abduction',
    ]);

    const { assessment } = finalisedVisit();
    const content: ProgramContent = {
      title: 'With our own exercise',
      goal: null,
      protocols: [],
      items: [itemFromExercise(app.services.customExercises.get(exercise!.id), newKey)],
      returnToRun: null,
      savedBy: 'Jo Physio',
    };
    expect(await call('programs.create', { assessmentId: assessment.id, content })).toMatchObject({
      ok: true,
    });
  });

  it('refuses a file that only claims to be an image, and empty steps', async () => {
    const fake = `data:image/png;base64,${Buffer.from('not an image at all').toString('base64')}`;
    const refused = await call('customExercises.create', { exercise: ownExercise, photo: fake });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const noSteps = await call('customExercises.create', {
      exercise: { ...ownExercise, steps: ['  '] },
    });
    expect(noSteps).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(noSteps.ok ? '' : noSteps.error.message).toMatch(/steps/);
    expect(app.services.customExercises.list()).toEqual([]);
  });
});

describe('what a program stays true to', () => {
  it('keeps a clinic exercise’s text as it was when the version was saved', async () => {
    const created = app.services.customExercises.create(
      { ...ownExercise, steps: ['Slide out.', 'Slide back.'] },
      null,
    );
    const { assessment } = finalisedVisit();
    const content: ProgramContent = {
      title: 'Own exercise',
      goal: null,
      protocols: [],
      items: [itemFromExercise(created, newKey)],
      returnToRun: null,
      savedBy: 'Jo Physio',
    };
    const program = app.services.programs.create(assessment.id, content);
    app.services.customExercises.update(
      created.id,
      created.revision,
      {
        ...ownExercise,
        steps: ['Something else entirely.'],
      },
      undefined,
    );
    const stored = app.services.programs.get(program.id).current.content;
    expect(stored.clinicExercises?.[created.id]?.steps).toEqual(['Slide out.', 'Slide back.']);
  });

  it('refuses running in an older program once a later signed visit has a red flag', async () => {
    const { patient, assessment } = finalisedVisit();
    const running = itemFromExercise(findExercise('cadence-metronome-run')!, newKey);
    const content: ProgramContent = {
      title: 'Cadence',
      goal: null,
      protocols: [],
      items: [running],
      returnToRun: null,
      savedBy: 'Jo Physio',
    };
    const program = app.services.programs.create(assessment.id, content);

    const later = app.services.assessments.start(patient.id, { episodeId: assessment.episode.id });
    app.services.assessments.saveDraft(later.id, 1, {
      ...later.record,
      redFlags: redFlags((id) => (id === 'night-or-rest-pain' ? 'yes' : 'no')),
    });
    app.services.assessments.finalise(later.id, 2, 'Jo Physio');

    const refused = await call('programs.saveVersion', { id: program.id, baseVersion: 1, content });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(app.services.programs.get(program.id).latestVersion).toBe(1);
  });
});
