import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LOADING_TIERS } from '../../src/shared/clinical/catalogue/exercise-types';
import { EXERCISE_IDS, findExercise } from '../../src/shared/clinical/catalogue/exercises';
import { findProtocol, PROTOCOLS } from '../../src/shared/clinical/catalogue/protocols';
import {
  deriveFindings,
  involvedSide,
  type FindingContext,
} from '../../src/shared/clinical/findings';
import { itemsFromProtocols, type ProgramContext } from '../../src/shared/clinical/program-builder';
import { programItemSchema } from '../../src/shared/domain/program';
import {
  matchInputFor,
  matchProtocols,
  type ProtocolMatch,
} from '../../src/shared/clinical/protocol-matching';
import { redFlagScreen } from '../../src/shared/clinical/red-flag-screen';
import { DEFAULT_CLINICAL_SETTINGS } from '../../src/shared/clinical/settings';
import type { AssessmentRecord } from '../../src/shared/domain/assessment';
import type { ChosenProtocol } from '../../src/shared/domain/program';
import { assessmentWith } from '../support/assessment-builder';

/** A runner's visit as the physio records it: findings first, then the match. */
function visit(record: AssessmentRecord) {
  const context: FindingContext = {
    patient: { dateOfBirth: '1988-03-14', sex: 'female' },
    involvedSide: involvedSide(null, record),
    settings: DEFAULT_CLINICAL_SETTINGS,
  };
  const findings = deriveFindings(record, context);
  const match = matchProtocols(matchInputFor(record, findings));
  const programContext: ProgramContext = {
    redFlags: redFlagScreen(record),
    findings,
    diagnosis: record.diagnosis,
  };
  return { findings, match, programContext };
}

const ids = (match: ProtocolMatch) => match.suggestions.map((entry) => entry.protocol.id);
const suggestion = (match: ProtocolMatch, id: string) =>
  match.suggestions.find((entry) => entry.protocol.id === id)!;

/** Every phase of the named protocols (or all), as the builder would add them. */
function everyPhase(protocolIds = PROTOCOLS.map((protocol) => protocol.id)): ChosenProtocol[] {
  return protocolIds.flatMap((id) =>
    findProtocol(id)!.phases.map((_, phase) => ({ protocolId: id, phase, emphasisSide: null })),
  );
}

const lateralHipPain = (side: 'left' | 'right') => ({ area: 'lateral-hip', side }) as const;

function withPain(
  record: AssessmentRecord,
  painAreas: AssessmentRecord['subjective']['painAreas'],
) {
  return { ...record, subjective: { ...record.subjective, painAreas } };
}

describe('the protocol catalogue', () => {
  it('has unique ids, 2-4 phases of 3-6 known exercises each, and its own words', () => {
    const protocolIds = PROTOCOLS.map((protocol) => protocol.id);
    expect(new Set(protocolIds).size).toBe(protocolIds.length);
    for (const id of [
      'hip-abductor-strengthening',
      'pelvic-control',
      'hip-flexor-mobility',
      'lateral-hip-tendinopathy',
      'adductor-groin-copenhagen',
      'proximal-hamstring-tendinopathy',
      'itb-syndrome',
      'running-retraining',
      'return-to-running',
      'hip-joint-care',
    ]) {
      expect(findProtocol(id)?.id).toBe(id);
    }
    expect(findProtocol('no-such-protocol')).toBeUndefined();
    const known = new Set<string>(EXERCISE_IDS);
    for (const protocol of PROTOCOLS) {
      expect(protocol.name.length, protocol.id).toBeGreaterThan(3);
      expect(protocol.purpose, protocol.id).toMatch(/^[A-Z].*\.$/);
      expect(protocol.indications.length + (protocol.companionWeight ? 1 : 0)).toBeGreaterThan(0);
      expect(protocol.phases.length, protocol.id).toBeGreaterThanOrEqual(2);
      expect(protocol.phases.length, protocol.id).toBeLessThanOrEqual(4);
      expect(protocol.progressionCriteria.length, protocol.id).toBeGreaterThan(0);
      expect(protocol.advice.length, protocol.id).toBeGreaterThan(0);
      for (const phase of protocol.phases) {
        const where = `${protocol.id} / ${phase.name}`;
        expect(phase.exercises.length, where).toBeGreaterThanOrEqual(3);
        expect(phase.exercises.length, where).toBeLessThanOrEqual(6);
        expect(new Set(phase.exercises).size, where).toBe(phase.exercises.length);
        expect(phase.goal && phase.progressWhen, where).toBeTruthy();
        for (const id of phase.exercises) expect(known.has(id), `${where}: ${id}`).toBe(true);
      }
    }
  });

  it('never lists in a phase an exercise that the protocol or phase avoids', () => {
    for (const protocol of PROTOCOLS) {
      for (const phase of protocol.phases) {
        const avoided = [...protocol.avoid, ...(phase.avoid ?? [])];
        for (const id of phase.exercises) {
          const cautions = findExercise(id)!.cautions;
          expect(
            cautions.filter((caution) => avoided.includes(caution)),
            `${protocol.id} / ${phase.name}: ${id}`,
          ).toEqual([]);
        }
      }
    }
  });

  it('climbs the loading tiers in abductor strengthening, one phase per tier', () => {
    const protocol = findProtocol('hip-abductor-strengthening')!;
    const tiers = LOADING_TIERS.map((tier) => tier.value);
    expect(protocol.phases).toHaveLength(tiers.length);
    protocol.phases.forEach((phase, index) => {
      const inTier = phase.exercises.filter((id) => findExercise(id)!.loadingTier === tiers[index]);
      // Most of each phase sits in its own tier; none reaches beyond the next one.
      expect(inTier.length * 2, phase.name).toBeGreaterThanOrEqual(phase.exercises.length);
      for (const id of phase.exercises) {
        expect(tiers.indexOf(findExercise(id)!.loadingTier), id).toBeLessThanOrEqual(index + 1);
      }
    });
  });

  it('keeps running drills and plyometrics in running protocols only', () => {
    for (const protocol of PROTOCOLS.filter((entry) => !entry.involvesRunning)) {
      for (const id of protocol.phases.flatMap((phase) => phase.exercises)) {
        const exercise = findExercise(id)!;
        expect(exercise.cautions, `${protocol.id}: ${id}`).not.toContain('running');
        expect(exercise.cautions, `${protocol.id}: ${id}`).not.toContain('hopping');
        expect(['running-drill', 'plyometric'], `${protocol.id}: ${id}`).not.toContain(
          exercise.category,
        );
      }
    }
  });
});

describe('the clinical content of the protocols', () => {
  const clearContext: ProgramContext = {
    redFlags: redFlagScreen(assessmentWith()),
    findings: [],
    diagnosis: null,
  };
  const phaseItems = (protocolId: string, phase: number) =>
    itemsFromProtocols([{ protocolId, phase, emphasisSide: null }], clearContext, randomUUID);

  it('tells a tendinopathy patient to avoid stretches across the body, not groin stretches', () => {
    const advice = findProtocol('lateral-hip-tendinopathy')!.advice.join(' ');
    expect(advice).toMatch(/across the body/);
    expect(advice).toMatch(/ITB stretch/);
    expect(advice).not.toMatch(/adductor|groin/i);
  });

  it('keeps the hamstring hinges out of the early hamstring phases', () => {
    const protocol = findProtocol('proximal-hamstring-tendinopathy')!;
    const early = protocol.phases.slice(0, 2).flatMap((phase) => phase.exercises);
    for (const id of [
      'single-leg-deadlift-supported',
      'romanian-deadlift',
      'single-leg-deadlift',
    ]) {
      expect(early, id).not.toContain(id);
    }
    // Loading with the hip straight comes first; the hinges come in the last phase.
    expect(protocol.phases[1]!.exercises).toContain('hamstring-slider-curl');
    expect(protocol.phases[2]!.exercises).toEqual(
      expect.arrayContaining(['single-leg-deadlift-supported', 'romanian-deadlift']),
    );
  });

  it('keeps the hip hitch in the single-leg tendinopathy phase, free of compression', () => {
    const phase = findProtocol('lateral-hip-tendinopathy')!.phases[2]!;
    expect(phase.exercises).toContain('hip-hitch');
    expect(phaseItems('lateral-hip-tendinopathy', 2).map((item) => item.exerciseId)).toContain(
      'hip-hitch',
    );
  });

  it('doses every phase of every protocol validly, with Copenhagen and stretches as the reference says', () => {
    for (const protocol of PROTOCOLS) {
      protocol.phases.forEach((phase, index) => {
        for (const item of phaseItems(protocol.id, index)) {
          const where = `${protocol.id} / ${phase.name}: ${item.exerciseId}`;
          expect(programItemSchema.safeParse(item).success, where).toBe(true);
          const exercise = findExercise(item.exerciseId)!;
          if (item.exerciseId.startsWith('copenhagen-')) {
            expect(item.daysPerWeek, where).toBe(3);
            expect(item.reps, where).toBeGreaterThanOrEqual(3);
            expect(item.reps, where).toBeLessThanOrEqual(5);
          }
          if (exercise.category === 'mobility' && item.holdSeconds !== null) {
            expect(item.holdSeconds, where).toBe(30);
          }
        }
      });
    }
  });

  it('doses the readiness phase as the readiness checks count: 10 single-leg squats', () => {
    const squat = phaseItems('return-to-running', 0).find(
      (item) => item.exerciseId === 'single-leg-squat-mirror',
    );
    expect(squat?.reps).toBe(10);
  });

  it('follows LEAP in the tendinopathy phases: daily from the first week to the last', () => {
    const protocol = findProtocol('lateral-hip-tendinopathy')!;
    protocol.phases.forEach((_, index) => {
      for (const item of phaseItems(protocol.id, index)) {
        expect(item.daysPerWeek, `${index}: ${item.exerciseId}`).toBe(7);
      }
    });
  });
});

describe('matching protocols to a runner', () => {
  it('(a) weak left abductors: abductor strengthening first, left emphasis, with the LSI', () => {
    const { match } = visit(
      assessmentWith({
        tests: { 'hhd-hip-abduction': { left: { peakForce: 156 }, right: { peakForce: 200 } } },
      }),
    );
    expect(ids(match)).toEqual(['hip-abductor-strengthening', 'return-to-running']);
    const first = match.suggestions[0]!;
    expect(first.reasons).toEqual(['Weak left hip abductors: LSI 78% (156 N vs 200 N), below 90%']);
    expect(first).toMatchObject({ emphasisSide: 'left', startPhase: 1, score: 4.5 });
    expect(match.withheld).toEqual([]);
    expect(match.redFlagNotice).toBeNull();
  });

  it('starts abductor work at a higher tier the milder the weakness', () => {
    const startFor = (left: number) =>
      suggestion(
        visit(
          assessmentWith({
            tests: {
              'hhd-hip-abduction': { left: { peakForce: left }, right: { peakForce: 200 } },
            },
          }),
        ).match,
        'hip-abductor-strengthening',
      ).startPhase;
    expect(startFor(170)).toBe(2); // 85%: mild
    expect(startFor(150)).toBe(1); // 75%: moderate
    expect(startFor(120)).toBe(0); // 60%: marked
  });

  it('starts at the first phase when warning signs are present', () => {
    const { match } = visit(
      assessmentWith({
        warningSigns: { 'pain-beyond-rest': 'yes' },
        tests: { 'hhd-hip-abduction': { left: { peakForce: 170 }, right: { peakForce: 200 } } },
      }),
    );
    expect(suggestion(match, 'hip-abductor-strengthening').startPhase).toBe(0);
  });

  it('(b) left lateral hip pain cluster: tendinopathy first, no compression in its program', () => {
    const record = withPain(
      assessmentWith({
        tests: {
          'single-leg-stance': { left: { lateralHipPain: 'yes' } },
          'trochanter-palpation': { left: { tender: 'yes' } },
          faber: { left: { pain: 'yes' } },
        },
      }),
      [lateralHipPain('left')],
    );
    const { match, programContext } = visit(record);
    expect(ids(match)).toEqual([
      'lateral-hip-tendinopathy',
      'running-retraining',
      'return-to-running',
    ]);
    const first = match.suggestions[0]!;
    expect(first.reasons).toEqual([
      'Signs of left gluteal tendinopathy: outer hip pain, pain within 30 s of single-leg stance, trochanter tender, FABER painful',
      'Pain in the outer (lateral) hip (left)',
    ]);
    expect(first).toMatchObject({ emphasisSide: 'left', startPhase: 0, score: 9 });
    expect(first.protocol.avoid).toContain('lateral-hip-compression');

    // Even chosen with the ITB protocol (which stretches the outer hip), nothing compresses.
    const items = itemsFromProtocols(
      everyPhase(['lateral-hip-tendinopathy', 'itb-syndrome']),
      programContext,
      randomUUID,
    );
    const chosenIds = items.map((item) => item.exerciseId);
    expect(chosenIds).toContain('isometric-hip-abduction-supine');
    for (const id of ['pigeon-stretch', 'figure-four-stretch', 'standing-itb-stretch']) {
      expect(chosenIds).not.toContain(id);
    }
    for (const id of chosenIds) {
      expect(findExercise(id)!.cautions, id).not.toContain('lateral-hip-compression');
    }
  });

  it('(b2) the tendinopathy always starts at the first phase, also with the diagnosis alone', () => {
    const { match } = visit(
      withPain(assessmentWith({ diagnosis: 'gluteal-tendinopathy' }), [lateralHipPain('right')]),
    );
    // The diagnosis counts for return to running (1 + 0.5) a little more than for retraining (1).
    expect(ids(match)).toEqual([
      'lateral-hip-tendinopathy',
      'return-to-running',
      'running-retraining',
    ]);
    expect(match.suggestions[0]).toMatchObject({ startPhase: 0, emphasisSide: null, score: 5 });
    expect(match.suggestions[0]!.reasons).toEqual([
      'Working diagnosis: Gluteal tendinopathy / trochanteric bursitis',
      'Pain in the outer (lateral) hip (right)',
    ]);
  });

  it('(c) groin pain with weak adductors: Copenhagen first', () => {
    const { match } = visit(
      withPain(
        assessmentWith({
          tests: { 'hhd-hip-adduction': { left: { peakForce: 150 }, right: { peakForce: 200 } } },
        }),
        [{ area: 'groin', side: 'left' }],
      ),
    );
    expect(ids(match)).toEqual([
      'adductor-groin-copenhagen',
      'hip-joint-care', // groin pain may be the joint: low, and ahead of the companion on a tie
      'return-to-running',
    ]);
    expect(match.suggestions[0]).toMatchObject({ emphasisSide: 'left', startPhase: 0, score: 5.5 });
    expect(match.suggestions[0]!.reasons).toEqual([
      'Weak left hip adductors: LSI 75% (150 N vs 200 N), below 90%',
      'Pain in the groin (left)',
    ]);
  });

  it('(d) tight hip flexors both sides: mobility, no side emphasised', () => {
    const { match } = visit(
      assessmentWith({
        tests: { 'modified-thomas': { left: { hipAngle: 10 }, right: { hipAngle: 6 } } },
      }),
    );
    expect(ids(match)).toEqual(['hip-flexor-mobility', 'return-to-running']);
    expect(match.suggestions[0]).toMatchObject({ emphasisSide: null, startPhase: 0 });
    expect(match.suggestions[0]!.reasons).toEqual([
      'Tight hip flexors both sides: modified Thomas hip angle +10° / +6°',
    ]);
  });

  it('(e) suspected stress fracture: running protocols withheld and nothing running or hopping', () => {
    const { match, programContext } = visit(
      assessmentWith({
        redFlags: { 'deep-groin-pain-running': 'yes' },
        tests: {
          'hhd-hip-abduction': { left: { peakForce: 156 }, right: { peakForce: 200 } },
          'running-pelvic-drop': { left: { dropAngle: 9 }, right: { dropAngle: 4 } },
        },
      }),
    );
    expect(ids(match)).toEqual(['hip-abductor-strengthening', 'pelvic-control']);
    expect(match.withheld.map((entry) => entry.protocol.id)).toEqual([
      'running-retraining',
      'return-to-running',
    ]);
    for (const entry of match.withheld) {
      expect(entry.reason).toBe(
        'Withheld: red flag — deep groin or thigh pain with running (possible femoral stress fracture). Refer before any running.',
      );
    }
    expect(match.redFlagNotice).toMatch(/^Red flag: deep groin or thigh pain with running/);
    expect(match.redFlagNotice).toContain('Refer the patient to a doctor');
    expect(match.redFlagNotice).toContain('Running, hopping and plyometric');
    expect(match.redFlagNotice).toContain('stress fracture');

    const items = itemsFromProtocols(everyPhase(), programContext, randomUUID);
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      const exercise = findExercise(item.exerciseId)!;
      expect(exercise.cautions, item.exerciseId).not.toContain('running');
      expect(exercise.cautions, item.exerciseId).not.toContain('hopping');
      expect(['running-drill', 'plyometric']).not.toContain(exercise.category);
    }
  });

  it('(e2) any red flag withholds running, and so does a working diagnosis of stress fracture', () => {
    const fever = visit(
      assessmentWith({
        redFlags: { 'fever-hot-joint': 'yes' },
        tests: { 'modified-thomas': { left: { hipAngle: 8 } } },
      }),
    ).match;
    expect(ids(fever)).toEqual(['hip-flexor-mobility']);
    expect(fever.withheld).toHaveLength(2);
    expect(fever.redFlagNotice).toContain('a doctor has found the cause');

    const diagnosed = visit(assessmentWith({ diagnosis: 'stress-fracture-suspected' })).match;
    expect(diagnosed.suggestions).toEqual([]);
    expect(diagnosed.withheld[0]!.reason).toBe(
      'Withheld: red flag — working diagnosis of a suspected stress fracture. Refer before any running.',
    );
  });

  it('(f) no findings: nothing suggested, not even return to running', () => {
    expect(visit(assessmentWith()).match).toEqual({
      suggestions: [],
      withheld: [],
      redFlagNotice: null,
    });
    // Warning signs alone are no indication for any protocol either.
    expect(visit(assessmentWith({ warningSigns: { locking: 'yes' } })).match.suggestions).toEqual(
      [],
    );
  });

  it('(g) proximal hamstring with buttock pain: no hamstring compression early', () => {
    const { match, programContext } = visit(
      withPain(assessmentWith({ diagnosis: 'proximal-hamstring' }), [
        { area: 'buttock', side: 'right' },
      ]),
    );
    expect(ids(match)).toEqual(['proximal-hamstring-tendinopathy', 'return-to-running']);
    expect(match.suggestions[0]).toMatchObject({ score: 6, startPhase: 0 });
    expect(match.suggestions[0]!.reasons).toEqual([
      'Working diagnosis: Proximal hamstring tendinopathy',
      'Pain in the buttock / sit bone (right)',
    ]);

    const early = (other: ChosenProtocol[]) =>
      itemsFromProtocols(
        [{ protocolId: 'proximal-hamstring-tendinopathy', phase: 0, emphasisSide: null }, ...other],
        programContext,
        randomUUID,
      ).map((item) => item.exerciseId);
    // The early phase keeps out another protocol's Romanian deadlift too.
    const withGeneral = early([
      { protocolId: 'general-hip-strength', phase: 2, emphasisSide: null },
    ]);
    expect(withGeneral).not.toContain('romanian-deadlift');
    for (const id of withGeneral) {
      expect(findExercise(id)!.cautions, id).not.toContain('hamstring-compression');
    }
    const late = itemsFromProtocols(
      [{ protocolId: 'proximal-hamstring-tendinopathy', phase: 2, emphasisSide: null }],
      programContext,
      randomUUID,
    ).map((item) => item.exerciseId);
    expect(late).toContain('romanian-deadlift');
  });

  it('(h) ITB syndrome with a tight right ITB: ITB protocol first, right emphasis', () => {
    const { match } = visit(
      assessmentWith({
        diagnosis: 'itb-syndrome',
        tests: {
          'modified-thomas': { right: { thighAbducted: 'yes' } },
          ober: { right: { legStaysUp: 'yes' } },
        },
      }),
    );
    expect(ids(match)).toEqual(['itb-syndrome', 'return-to-running', 'running-retraining']);
    expect(match.suggestions[0]).toMatchObject({ emphasisSide: 'right', score: 8.5 });
    expect(match.suggestions[0]!.reasons).toEqual([
      'Working diagnosis: ITB syndrome',
      'Tight right TFL / ITB: thigh drifts out on the Thomas test, Ober: leg stays up',
    ]);
  });

  it('(i) marked left hip drop: pelvic control first, then abductors and running retraining', () => {
    const { match } = visit(
      assessmentWith({
        tests: {
          'lateral-step-down': {
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
      }),
    );
    expect(ids(match)).toEqual([
      'pelvic-control',
      'hip-abductor-strengthening',
      'running-retraining',
      'return-to-running',
    ]);
    expect(match.suggestions.map((entry) => entry.score)).toEqual([6, 4, 2, 0.5]);
    for (const entry of match.suggestions.slice(0, 3)) {
      expect(entry.emphasisSide, entry.protocol.id).toBe('left');
      expect(entry.reasons[0]).toBe(
        'Left hip drop on left-leg stance: step-down score 4 (poor), running pelvic drop 9° vs 4°',
      );
    }
    expect(suggestion(match, 'hip-abductor-strengthening').startPhase).toBe(0);
  });

  it('names no emphasis side when the findings point to both sides', () => {
    const { match } = visit(
      assessmentWith({
        tests: {
          'hhd-hip-abduction': { left: { peakForce: 156 }, right: { peakForce: 200 } },
          'single-leg-stance': { right: { pelvisDrops: 'yes' } },
        },
      }),
    );
    expect(suggestion(match, 'hip-abductor-strengthening').emphasisSide).toBeNull();
    expect(suggestion(match, 'pelvic-control').emphasisSide).toBe('right');
  });

  it('lets a finding on both sides neither set nor cancel the emphasis', () => {
    // Left abductors 22% weaker, and both sides below the norm for a 90 kg runner.
    const record = {
      ...assessmentWith({
        tests: {
          'hhd-hip-abduction': {
            left: { peakForce: 156 },
            right: { peakForce: 200 },
            shared: { method: 'break', leverArm: 0.4 },
          },
        },
      }),
      bodyMassKg: 90,
    };
    const { findings, match } = visit(record);
    expect(findings.map((finding) => [finding.kind, finding.side])).toEqual(
      expect.arrayContaining([
        ['weak-muscles', 'left'],
        ['below-norm', 'both'],
      ]),
    );
    expect(suggestion(match, 'hip-abductor-strengthening').emphasisSide).toBe('left');
  });

  it('gives the same answer every time', () => {
    const record = withPain(
      assessmentWith({
        diagnosis: 'gluteal-tendinopathy',
        tests: { 'hhd-hip-abduction': { left: { peakForce: 156 }, right: { peakForce: 200 } } },
      }),
      [lateralHipPain('left')],
    );
    expect(visit(record).match).toEqual(visit(record).match);
  });
});
