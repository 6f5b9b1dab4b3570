import { describe, expect, it } from 'vitest';
import { LEFS } from '../../src/shared/clinical/catalogue/outcome-measures';
import {
  predictedAbductionTorquePerKg,
  torque,
  torquePerKg,
} from '../../src/shared/clinical/dynamometry';
import { limbSymmetryIndex, lowerSide } from '../../src/shared/clinical/limb-symmetry';
import {
  lefsScore,
  readThomasTest,
  singleLegSquatPoorCount,
  stepDownScore,
} from '../../src/shared/clinical/scoring';

describe('limb symmetry index', () => {
  it('is the involved side as a share of the uninvolved side, in either direction', () => {
    expect(limbSymmetryIndex({ left: 180, right: 231 }, 'left')).toBeCloseTo(77.92, 2);
    expect(limbSymmetryIndex({ left: 231, right: 180 }, 'left')).toBeCloseTo(128.33, 2);
    expect(limbSymmetryIndex({ left: 231, right: 180 }, 'right')).toBeCloseTo(77.92, 2);
  });

  it('is the weaker over the stronger side when no side is involved', () => {
    expect(limbSymmetryIndex({ left: 231, right: 180 }, null)).toBeCloseTo(77.92, 2);
    expect(limbSymmetryIndex({ left: 180, right: 231 }, null)).toBeCloseTo(77.92, 2);
    expect(limbSymmetryIndex({ left: 200, right: 200 }, null)).toBe(100);
  });

  it('needs both sides', () => {
    expect(limbSymmetryIndex({ left: 180, right: null }, 'left')).toBeNull();
    expect(limbSymmetryIndex({ left: 180 }, null)).toBeNull();
    expect(limbSymmetryIndex({ left: 0, right: 0 }, null)).toBeNull();
    expect(lowerSide({ left: 10, right: 10 })).toBeNull();
    expect(lowerSide({ left: 9, right: 10 })).toBe('left');
  });
});

describe('handheld dynamometry', () => {
  it('works out torque and torque per kilogram', () => {
    // 180 N at a 0.8 m lever arm is 144 N·m; for a 64 kg runner that is 2.25 N·m/kg.
    expect(torque(180, 0.8)).toBeCloseTo(144, 6);
    expect(torquePerKg(144, 64)).toBeCloseTo(2.25, 6);
    expect(torquePerKg(144, 0)).toBeNull();
  });

  it('predicts the eccentric abduction norm from age and sex', () => {
    // 1.600 - 0.005 x 30 + 0.215 for a man of 30: 1.665; a woman of 40: 1.400.
    expect(predictedAbductionTorquePerKg(30, 'male')).toBeCloseTo(1.665, 6);
    expect(predictedAbductionTorquePerKg(40, 'female')).toBeCloseTo(1.4, 6);
  });
});

describe('lateral step-down score', () => {
  const allClear = {
    armsLeaveWaist: 'no',
    trunkLean: 'no',
    pelvisNotLevel: 'no',
    kneePosition: 'over-foot',
    unsteady: 'no',
  };

  it('adds one point per fault and two for a knee inside the foot', () => {
    expect(stepDownScore(allClear)).toEqual({ score: 0, category: 'good' });
    expect(stepDownScore({ ...allClear, trunkLean: 'yes' })).toEqual({
      score: 1,
      category: 'good',
    });
    expect(
      stepDownScore({ ...allClear, pelvisNotLevel: 'yes', kneePosition: 'inside-second-toe' }),
    ).toEqual({
      score: 2,
      category: 'moderate',
    });
    expect(
      stepDownScore({
        ...allClear,
        pelvisNotLevel: 'yes',
        trunkLean: 'yes',
        kneePosition: 'inside-foot',
      }),
    ).toEqual({ score: 4, category: 'poor' });
    expect(
      stepDownScore({
        armsLeaveWaist: 'yes',
        trunkLean: 'yes',
        pelvisNotLevel: 'yes',
        kneePosition: 'inside-foot',
        unsteady: 'yes',
      }),
    ).toEqual({ score: 6, category: 'poor' });
  });

  it('is not scored until every item is answered', () => {
    expect(stepDownScore({ ...allClear, unsteady: null })).toBeNull();
    expect(stepDownScore({ ...allClear, kneePosition: null })).toBeNull();
    expect(stepDownScore(undefined)).toBeNull();
  });
});

describe('single-leg squat', () => {
  it('counts the poor criteria once all five are rated', () => {
    expect(
      singleLegSquatPoorCount({
        overall: 'poor',
        trunk: 'good',
        pelvis: 'poor',
        hipKnee: 'good',
        foot: 'good',
      }),
    ).toBe(2);
    expect(singleLegSquatPoorCount({ overall: 'poor' })).toBeNull();
  });
});

describe('LEFS', () => {
  it('totals the 20 items from 0 to 80', () => {
    const answers = Array.from({ length: LEFS.itemCount }, (_, index) => (index < 10 ? 4 : 2));
    expect(lefsScore(answers)).toEqual({ total: 60, answered: 20 });
    expect(lefsScore(Array.from({ length: 20 }, () => 4))).toEqual({ total: 80, answered: 20 });
    expect(lefsScore(Array.from({ length: 20 }, () => 0))).toEqual({ total: 0, answered: 20 });
  });

  it('gives no total while items are missing', () => {
    const answers: (number | null)[] = Array.from({ length: 20 }, () => 3);
    answers[7] = null;
    expect(lefsScore(answers)).toEqual({ total: null, answered: 19 });
  });
});

describe('modified Thomas test', () => {
  it('reads short iliopsoas, rectus femoris and a tight TFL / ITB', () => {
    expect(readThomasTest({ hipAngle: 10, kneeAngle: 65, thighAbducted: 'yes' }, 80)).toEqual({
      shortIliopsoas: true,
      shortRectusFemoris: true,
      tightTflItb: true,
    });
    expect(readThomasTest({ hipAngle: -5, kneeAngle: 85, thighAbducted: 'no' }, 80)).toEqual({
      shortIliopsoas: false,
      shortRectusFemoris: false,
      tightTflItb: false,
    });
    expect(readThomasTest({ hipAngle: 0 }, 80)).toEqual({
      shortIliopsoas: false,
      shortRectusFemoris: null,
      tightTflItb: null,
    });
  });

  it('uses the clinic’s knee threshold', () => {
    expect(readThomasTest({ kneeAngle: 70 }, 80).shortRectusFemoris).toBe(true);
    expect(readThomasTest({ kneeAngle: 70 }, 67).shortRectusFemoris).toBe(false);
  });
});
