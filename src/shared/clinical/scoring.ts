import { LEFS } from './catalogue/outcome-measures';
import type { FieldValue } from './catalogue/types';

/** Scores worked out for the physio from the recorded items. Null when items are missing. */

type SideValues = Record<string, FieldValue> | undefined;

const STEP_DOWN_POINTS: Record<string, number> = {
  'over-foot': 0,
  'inside-second-toe': 1,
  'inside-foot': 2,
};

export type StepDownCategory = 'good' | 'moderate' | 'poor';

/**
 * Lateral step-down (Piva 2006): one point each for hands off the waist, trunk lean, pelvis
 * not level and unsteadiness; knee inside the second toe one point, inside the foot two.
 * Needs every item answered.
 */
export function stepDownScore(
  side: SideValues,
): { score: number; category: StepDownCategory } | null {
  if (!side) return null;
  const yesNoItems = ['armsLeaveWaist', 'trunkLean', 'pelvisNotLevel', 'unsteady'];
  const knee = side['kneePosition'];
  if (typeof knee !== 'string' || !(knee in STEP_DOWN_POINTS)) return null;
  let score = STEP_DOWN_POINTS[knee]!;
  for (const item of yesNoItems) {
    const answer = side[item];
    if (answer !== 'yes' && answer !== 'no') return null;
    if (answer === 'yes') score += 1;
  }
  return { score, category: score <= 1 ? 'good' : score <= 3 ? 'moderate' : 'poor' };
}

/** Single-leg squat: how many of the five criteria were poor (null until all are rated). */
export function singleLegSquatPoorCount(side: SideValues): number | null {
  if (!side) return null;
  const criteria = ['overall', 'trunk', 'pelvis', 'hipKnee', 'foot'].map((id) => side[id]);
  if (criteria.some((value) => value !== 'good' && value !== 'poor')) return null;
  return criteria.filter((value) => value === 'poor').length;
}

/** LEFS total 0-80 (higher is better), only when all 20 items are answered. */
export function lefsScore(answers: readonly (number | null)[]): {
  total: number | null;
  answered: number;
} {
  const answered = answers.filter((answer) => answer !== null).length;
  const total =
    answered === LEFS.itemCount
      ? answers.reduce<number>((sum, answer) => sum + (answer ?? 0), 0)
      : null;
  return { total, answered };
}

export interface ThomasReading {
  shortIliopsoas: boolean | null;
  shortRectusFemoris: boolean | null;
  tightTflItb: boolean | null;
}

/**
 * Modified Thomas test: thigh above horizontal (hip angle > 0) means short iliopsoas; a knee
 * bent less than the clinic's threshold means short rectus femoris; a thigh drifting out
 * means a tight TFL / ITB. Each is null when its value was not recorded.
 */
export function readThomasTest(side: SideValues, kneeThresholdDeg: number): ThomasReading {
  const hip = side?.['hipAngle'];
  const knee = side?.['kneeAngle'];
  const abducted = side?.['thighAbducted'];
  return {
    shortIliopsoas: typeof hip === 'number' ? hip > 0 : null,
    shortRectusFemoris: typeof knee === 'number' ? knee < kneeThresholdDeg : null,
    tightTflItb: abducted === 'yes' ? true : abducted === 'no' ? false : null,
  };
}
