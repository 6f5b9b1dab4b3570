import { describe, expect, it } from 'vitest';
import {
  describeFinding,
  deriveFindings,
  type FindingContext,
} from '../../src/shared/clinical/findings';
import { DEFAULT_CLINICAL_SETTINGS } from '../../src/shared/clinical/settings';
import { assessmentWith } from '../support/assessment-builder';

const context: FindingContext = {
  patient: { dateOfBirth: '1990-06-01', sex: 'female' },
  involvedSide: 'left',
  settings: DEFAULT_CLINICAL_SETTINGS,
};

const texts = (record = assessmentWith(), ctx = context) =>
  deriveFindings(record, ctx).map(describeFinding);

describe('derived findings', () => {
  it('names nothing from an empty visit', () => {
    expect(deriveFindings(assessmentWith(), context)).toEqual([]);
  });

  it('names weak abductors with the LSI and the forces', () => {
    const record = assessmentWith({
      tests: { 'hhd-hip-abduction': { left: { peakForce: 180 }, right: { peakForce: 231 } } },
    });
    expect(texts(record)).toEqual(['Weak left hip abductors: LSI 78% (180 N vs 231 N), below 90%']);
    const [finding] = deriveFindings(record, context);
    expect(finding).toMatchObject({ side: 'left', severity: 'moderate', muscleGroup: 'abduction' });
  });

  it('names the uninvolved side when it is the weak one, without calling it the LSI', () => {
    const record = assessmentWith({
      tests: { 'hhd-hip-extension': { left: { peakForce: 300 }, right: { peakForce: 240 } } },
    });
    expect(texts(record)).toEqual([
      'Weak right hip extensors: 80% of the left side (240 N vs 300 N), below 90%',
    ]);
  });

  it('follows the clinic’s LSI threshold and needs both sides', () => {
    const record = assessmentWith({
      tests: { 'hhd-hip-abduction': { left: { peakForce: 180 }, right: { peakForce: 231 } } },
    });
    const strict = {
      ...context,
      settings: { ...DEFAULT_CLINICAL_SETTINGS, lsiThresholdPercent: 75 },
    };
    expect(texts(record, strict)).toEqual([]);
    const oneSide = assessmentWith({
      tests: { 'hhd-hip-abduction': { left: { peakForce: 100 } } },
    });
    expect(texts(oneSide)).toEqual([]);
  });

  it('names a hip drop from the step-down score and running video', () => {
    const record = assessmentWith({
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
    });
    expect(texts(record)).toEqual([
      'Left hip drop on left-leg stance: step-down score 4 (poor), running pelvic drop 9° vs 4°',
    ]);
    expect(deriveFindings(record, context)[0]?.severity).toBe('marked');
  });

  it('counts a Trendelenburg hold under 30 s', () => {
    const record = assessmentWith({
      tests: { 'single-leg-stance': { right: { holdSeconds: 12 }, left: { holdSeconds: 30 } } },
    });
    expect(texts(record)).toEqual([
      'Right hip drop on right-leg stance: single-leg stance held 12 s of 30',
      'Asymmetry: Trendelenburg / single-leg stance: left 30 s vs right 12 s',
    ]);
  });

  it('calls a poor step-down with a level pelvis poor control, not a hip drop', () => {
    const record = assessmentWith({
      tests: {
        'lateral-step-down': {
          left: {
            armsLeaveWaist: 'yes',
            trunkLean: 'yes',
            pelvisNotLevel: 'no',
            kneePosition: 'inside-foot',
            unsteady: 'no',
          },
        },
      },
    });
    expect(texts(record)).toEqual([
      'Poor left single-leg control: step-down score 4 (poor) with the pelvis level',
    ]);
  });

  it('does not call a small running difference a hip drop', () => {
    const record = assessmentWith({
      tests: { 'running-pelvic-drop': { left: { dropAngle: 5 }, right: { dropAngle: 4 } } },
    });
    expect(texts(record)).toEqual([]);
  });

  it('names tight hip flexors on both sides with their angles', () => {
    const record = assessmentWith({
      tests: { 'modified-thomas': { left: { hipAngle: 10 }, right: { hipAngle: 6 } } },
    });
    expect(texts(record)).toEqual([
      'Tight hip flexors both sides: modified Thomas hip angle +10° / +6°',
    ]);
  });

  it('names a short rectus femoris and a tight TFL / ITB', () => {
    const record = assessmentWith({
      tests: {
        'modified-thomas': { right: { hipAngle: -8, kneeAngle: 62, thighAbducted: 'yes' } },
        ober: { right: { legStaysUp: 'yes' } },
      },
    });
    expect(texts(record)).toEqual([
      'Short right rectus femoris: modified Thomas knee angle 62°, under 80°',
      'Tight right TFL / ITB: thigh drifts out on the Thomas test, Ober: leg stays up',
    ]);
  });

  it('names an asymmetry in a bilateral measure beyond noise and the threshold', () => {
    const record = assessmentWith({
      tests: { 'side-plank': { left: { holdSeconds: 38 }, right: { holdSeconds: 61 } } },
    });
    expect(texts(record)).toEqual(['Asymmetry: Side plank endurance: left 38 s vs right 61 s']);
    const close = assessmentWith({
      tests: { 'side-plank': { left: { holdSeconds: 58 }, right: { holdSeconds: 61 } } },
    });
    expect(texts(close)).toEqual([]);
  });

  it('compares angles that can be zero or negative by their gap', () => {
    const ober = (left: number, right: number) =>
      texts(
        assessmentWith({
          tests: { ober: { left: { adductionAngle: left }, right: { adductionAngle: right } } },
        }),
      );
    expect(ober(-10, -4)).toEqual(['Asymmetry: Ober test: left -10° vs right -4°']);
    expect(ober(0, -10)).toEqual(['Asymmetry: Ober test: left 0° vs right -10°']);
    expect(ober(-4, -2)).toEqual([]); // within measurement noise
    const extension = texts(
      assessmentWith({
        tests: { 'hip-range-of-motion': { left: { extension: -5 }, right: { extension: 10 } } },
      }),
    );
    expect(extension).toEqual(['Asymmetry: Hip range of motion, extension: left -5° vs right 10°']);
    const [finding] = deriveFindings(
      assessmentWith({
        tests: { ober: { left: { adductionAngle: -10 }, right: { adductionAngle: 5 } } },
      }),
      context,
    );
    expect(finding).toMatchObject({ side: 'left', severity: 'moderate' });
  });

  it('names the weak side the same way when the right hip is the painful one', () => {
    const record = assessmentWith({
      tests: { 'hhd-hip-abduction': { left: { peakForce: 231 }, right: { peakForce: 180 } } },
    });
    expect(texts(record, { ...context, involvedSide: 'right' })).toEqual([
      'Weak right hip abductors: LSI 78% (180 N vs 231 N), below 90%',
    ]);
    expect(texts(record, { ...context, involvedSide: 'left' })).toEqual([
      'Weak right hip abductors: 78% of the left side (180 N vs 231 N), below 90%',
    ]);
  });

  it('leads with a referral for any positive red flag', () => {
    const record = assessmentWith({ redFlags: { 'fever-hot-joint': 'yes' } });
    expect(texts(record)).toEqual([
      'Red flag: referral advised: fever or a hot swollen joint (possible infection). Refer; no running or hopping',
    ]);
  });

  it('notes warning signs without calling them red flags', () => {
    const record = assessmentWith({ warningSigns: { locking: 'yes', 'pain-beyond-rest': 'no' } });
    expect(texts(record)).toEqual([
      'Warning signs: clicking or locking with lost movement (possible joint source). Progress cautiously and review',
    ]);
  });

  it('names signs of gluteal tendinopathy from the cluster of tests', () => {
    const base = assessmentWith({
      tests: {
        'trochanter-palpation': { left: { tender: 'yes' } },
        faber: { left: { pain: 'yes' } },
      },
    });
    expect(texts(base)).toEqual([]); // no outer hip pain reported
    const withPain = {
      ...base,
      subjective: {
        ...base.subjective,
        painAreas: [{ area: 'lateral-hip' as const, side: 'left' as const }],
      },
    };
    expect(texts(withPain)).toEqual([
      'Signs of left gluteal tendinopathy: outer hip pain, trochanter tender, FABER painful',
    ]);
  });

  it('compares abductor torque per kg with the norm for eccentric tests', () => {
    const record = assessmentWith({
      bodyMassKg: 60,
      tests: {
        'hhd-hip-abduction': {
          shared: { leverArm: 0.8, method: 'break' },
          left: { peakForce: 70 },
          right: { peakForce: 72 },
        },
      },
    });
    // Age 36 on 2026-11-20, female: expected 1.42; floor 1.066. Left 0.93, right 0.96 N·m/kg.
    expect(texts(record)).toEqual([
      'Hip abductors below the norm both sides: left 0.93 / right 0.96 N·m/kg vs 1.42 expected for age and sex (eccentric, novice runners)',
    ]);
    const make = {
      ...record,
      tests: {
        'hhd-hip-abduction': {
          ...record.tests['hhd-hip-abduction'],
          shared: { leverArm: 0.8, method: 'make' },
        },
      },
    };
    expect(texts(make)).toEqual([]);
  });

  it('puts a suspected stress fracture first', () => {
    const record = assessmentWith({
      redFlags: { 'deep-groin-pain-running': 'yes' },
      tests: { 'side-plank': { left: { holdSeconds: 38 }, right: { holdSeconds: 61 } } },
    });
    const findings = deriveFindings(record, context);
    expect(findings[0]).toMatchObject({ kind: 'stress-fracture-suspected', severity: 'marked' });
    expect(describeFinding(findings[0]!)).toMatch(/^Femoral stress fracture suspected: deep groin/);
  });
});
