import { LEFS, PAIN_SCORES } from '../../shared/clinical/catalogue/outcome-measures';
import { RED_FLAG_QUESTIONS, WARNING_SIGNS } from '../../shared/clinical/catalogue/red-flags';
import { CLINICAL_TESTS } from '../../shared/clinical/catalogue/tests';
import type { Field, Side } from '../../shared/clinical/catalogue/types';
import { emptyAssessmentRecord, type AssessmentRecord } from '../../shared/domain/assessment';
import { seededRandom } from './generate-patients';

/**
 * Made-up visit records for the clinic-scale demo database: a runner with one sore hip, a
 * battery of tests the physio repeats at each visit, and values that improve as the episode
 * goes on. Values stay inside each field's valid range, so every record passes the same
 * checks as one typed into the app.
 */

/** Typical values for a healthy side; the sore side is worse by `weaker` at the first visit. */
const TYPICAL: Record<string, { healthy: number; weaker: number }> = {
  'single-leg-stance.holdSeconds': { healthy: 30, weaker: -12 },
  'running-pelvic-drop.dropAngle': { healthy: 5, weaker: 4 },
  'running-pelvic-drop.speed': { healthy: 11, weaker: 0 },
  'lateral-step-down.stepHeight': { healthy: 20, weaker: 0 },
  'modified-thomas.hipAngle': { healthy: -10, weaker: 12 },
  'modified-thomas.kneeAngle': { healthy: 75, weaker: -15 },
  'ober.adductionAngle': { healthy: 10, weaker: -12 },
  'single-leg-hop.hops': { healthy: 10, weaker: -4 },
  'side-plank.holdSeconds': { healthy: 55, weaker: -20 },
  'hip-range-of-motion.flexion': { healthy: 115, weaker: -15 },
  'hip-range-of-motion.extension': { healthy: 12, weaker: -8 },
  'hip-range-of-motion.abduction': { healthy: 40, weaker: -10 },
  'hip-range-of-motion.adduction': { healthy: 25, weaker: -5 },
  'hip-range-of-motion.externalRotation': { healthy: 50, weaker: -10 },
  'hip-range-of-motion.internalRotation': { healthy: 35, weaker: -10 },
  peakForce: { healthy: 190, weaker: -55 },
  trials: { healthy: 3, weaker: 0 },
  leverArm: { healthy: 0.8, weaker: 0 },
};

/** Tests most physios repeat for a runner's lateral hip; the rest join some batteries. */
const CORE_TESTS = [
  'single-leg-stance',
  'lateral-step-down',
  'running-pelvic-drop',
  'modified-thomas',
  'hhd-hip-abduction',
  'hhd-hip-extension',
];
const OPTIONAL_TESTS = CLINICAL_TESTS.map((test) => test.id).filter(
  (id) => !CORE_TESTS.includes(id) && id !== 'single-leg-hop' && id !== 'fulcrum',
);

/** What stays the same for one patient across their visits. */
export interface ClinicalProfile {
  soreSide: Side;
  bodyMassKg: number;
  tests: string[];
  /** The healthy side's strength, as a share of typical (0.7-1.3). */
  strength: number;
  /** Pain at the first visit of an episode (3-8). */
  startingPain: number;
  lefsEveryVisit: boolean;
  diagnosis: AssessmentRecord['diagnosis'];
}

const DIAGNOSES: AssessmentRecord['diagnosis'][] = [
  'gluteal-tendinopathy',
  'gluteal-tendinopathy',
  'itb-syndrome',
  'hip-flexor',
  'proximal-hamstring',
  'adductor-groin',
  'fai-labral',
  null,
];

export function clinicalProfile(patientSerial: number, seed: number): ClinicalProfile {
  const random = seededRandom(seed * 1_000_003 + patientSerial);
  const extra = OPTIONAL_TESTS.filter(() => random() < 0.12);
  return {
    soreSide: random() < 0.5 ? 'left' : 'right',
    bodyMassKg: Math.round(50 + random() * 45),
    tests: [...CORE_TESTS.filter(() => random() < 0.85), ...extra],
    strength: 0.7 + random() * 0.6,
    startingPain: 3 + Math.floor(random() * 6),
    lefsEveryVisit: random() < 0.6,
    diagnosis: DIAGNOSES[Math.floor(random() * DIAGNOSES.length)]!,
  };
}

function roundTo(value: number, step: number): number {
  const rounded = Math.round(value / step) * step;
  return Number(rounded.toFixed(step < 1 ? 2 : 0));
}

function fieldValue(
  testId: string,
  field: Field,
  sore: boolean,
  recovery: number,
  profile: ClinicalProfile,
  random: () => number,
): number | string {
  if (field.kind === 'yesNo') return sore && random() > recovery ? 'yes' : 'no';
  if (field.kind === 'choice') {
    const worse = sore && random() > recovery;
    return field.options[worse ? field.options.length - 1 : 0]!.value;
  }
  const typical = TYPICAL[`${testId}.${field.id}`] ??
    TYPICAL[field.id] ?? { healthy: (field.min + field.max) / 2, weaker: 0 };
  const scale = field.id === 'peakForce' ? profile.strength : 1;
  const deficit = sore ? typical.weaker * (1 - recovery) : 0;
  const noise = (random() - 0.5) * 0.1 * Math.abs(typical.healthy || 10);
  const value = typical.healthy * scale + deficit + noise;
  return Math.min(field.max, Math.max(field.min, roundTo(value, field.step)));
}

function testResult(
  testId: string,
  profile: ClinicalProfile,
  recovery: number,
  random: () => number,
) {
  const test = CLINICAL_TESTS.find((entry) => entry.id === testId)!;
  const values = (fields: readonly Field[], sore: boolean) =>
    Object.fromEntries(
      fields.map((field) => [field.id, fieldValue(testId, field, sore, recovery, profile, random)]),
    );
  const result: Record<string, Record<string, number | string>> = {};
  if (test.shared.length > 0) result['shared'] = values(test.shared, false);
  for (const side of ['left', 'right'] as const) {
    result[side] = values(test.perSide, side === profile.soreSide);
  }
  return result;
}

/**
 * One visit's record. `recovery` runs from 0 (first visit of the episode) towards 1 (well):
 * pain falls, the sore side catches up with the other.
 */
export function visitRecord(
  profile: ClinicalProfile,
  visitDate: string,
  recovery: number,
  random: () => number,
): AssessmentRecord {
  const record = emptyAssessmentRecord(visitDate);
  const pain = Math.max(0, Math.round(profile.startingPain * (1 - recovery) + random() * 1.5));
  record.bodyMassKg = profile.bodyMassKg;
  record.subjective.painSide = profile.soreSide;
  record.subjective.painAreas = [{ area: 'lateral-hip', side: profile.soreSide }];
  record.subjective.onset = 'gradual';
  record.subjective.aggravating = ['running', 'lying-on-side'];
  record.subjective.pain = Object.fromEntries(
    PAIN_SCORES.map((score, index) => [score.id, Math.min(10, pain + (index % 2))]),
  ) as AssessmentRecord['subjective']['pain'];
  record.subjective.weeklyDistanceKm = Math.round(5 + 45 * recovery + random() * 10);
  record.redFlags = Object.fromEntries(RED_FLAG_QUESTIONS.map((question) => [question.id, 'no']));
  record.warningSigns = Object.fromEntries(WARNING_SIGNS.map((sign) => [sign.id, 'no']));
  record.tests = Object.fromEntries(
    profile.tests.map((testId) => [testId, testResult(testId, profile, recovery, random)]),
  );
  if (profile.lefsEveryVisit || recovery === 0) {
    const level = Math.min(4, Math.round(1 + 3 * recovery));
    record.lefs = Array.from({ length: LEFS.itemCount }, () =>
      Math.max(0, Math.min(4, level + Math.round(random() - 0.5))),
    );
  }
  record.diagnosis = profile.diagnosis;
  record.impression =
    recovery === 0 ? 'Outer hip pain with running; weak abductors on the sore side.' : null;
  return record;
}
