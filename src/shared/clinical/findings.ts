import type { AssessmentRecord } from '../domain/assessment';
import { ageOn } from '../domain/dates';
import { WARNING_SIGNS } from './catalogue/red-flags';
import { CLINICAL_TESTS, dynamometryTestId, MUSCLE_GROUPS } from './catalogue/tests';
import { otherSide, SIDES, type Side, type TestResult } from './catalogue/types';
import {
  ABDUCTION_NORM_SD,
  predictedAbductionTorquePerKg,
  torque,
  torquePerKg,
} from './dynamometry';
import { formatNumber, formatSignedDegrees, formatWithUnit } from './format';
import { lowerSide } from './limb-symmetry';
import { redFlagScreen } from './red-flag-screen';
import { readThomasTest, singleLegSquatPoorCount, stepDownScore } from './scoring';
import type { ClinicalSettings } from './settings';

/**
 * Turns the recorded measures into named findings, each with its side, severity and the
 * numbers behind it. Pure: the same record and settings always give the same findings, and a
 * finding is only named when the values it needs were recorded.
 */

export type FindingKind =
  | 'stress-fracture-suspected'
  | 'referral-advised'
  | 'poor-control'
  | 'warning-signs'
  | 'hip-drop'
  | 'weak-muscles'
  | 'below-norm'
  | 'tight-hip-flexors'
  | 'short-rectus-femoris'
  | 'tight-tfl-itb'
  | 'gluteal-tendinopathy-signs'
  | 'hip-joint-signs'
  | 'asymmetry';

/** Single-leg stance is held for 30 s; less counts as a positive Trendelenburg. */
const SINGLE_LEG_STANCE_SECONDS = 30;

export type Severity = 'mild' | 'moderate' | 'marked';

export interface Finding {
  kind: FindingKind;
  side: Side | 'both' | null;
  severity: Severity;
  title: string;
  /** The numbers behind it, in words. */
  evidence: string;
  /** For weakness findings: which muscle group (lets protocols target it). */
  muscleGroup?: string;
}

export interface FindingContext {
  patient: { dateOfBirth: string | null; sex: string };
  /** The painful side when only one is; LSI then compares it with the other side. */
  involvedSide: Side | null;
  settings: ClinicalSettings;
}

export function describeFinding(finding: Finding): string {
  return `${finding.title}: ${finding.evidence}`;
}

const sideValue = (result: TestResult | undefined, side: Side, field: string) =>
  result?.[side]?.[field];
const numberAt = (result: TestResult | undefined, side: Side, field: string): number | null => {
  const value = sideValue(result, side, field);
  return typeof value === 'number' ? value : null;
};
const isYes = (result: TestResult | undefined, side: Side, field: string) =>
  sideValue(result, side, field) === 'yes';

function bothOrOne(sides: Side[]): Side | 'both' {
  return sides.length === 2 ? 'both' : sides[0]!;
}

/** Any positive red flag leads the findings, so a signed version always records the referral. */
function redFlags(record: AssessmentRecord): Finding[] {
  const screen = redFlagScreen(record);
  if (!screen.referralAdvised) return [];
  return [
    {
      kind: screen.stressFractureSuspected ? 'stress-fracture-suspected' : 'referral-advised',
      side: null,
      severity: 'marked',
      title: screen.stressFractureSuspected
        ? 'Femoral stress fracture suspected'
        : 'Red flag: referral advised',
      evidence: `${screen.reasons.join('; ')}. Refer; no running or hopping`,
    },
  ];
}

function hipDrop(record: AssessmentRecord, settings: ClinicalSettings): Finding[] {
  const tests = record.tests;
  return SIDES.flatMap((side): Finding[] => {
    const evidence: string[] = [];
    if (isYes(tests['single-leg-stance'], side, 'pelvisDrops')) {
      evidence.push('Trendelenburg positive');
    }
    const held = numberAt(tests['single-leg-stance'], side, 'holdSeconds');
    if (held !== null && held < SINGLE_LEG_STANCE_SECONDS) {
      evidence.push(
        `single-leg stance held ${formatNumber(held)} s of ${SINGLE_LEG_STANCE_SECONDS}`,
      );
    }
    // The step-down counts towards a hip drop only when the pelvis itself did not stay level;
    // a poor score from the knee or trunk alone is poor control (named separately).
    const stepDown = stepDownScore(tests['lateral-step-down']?.[side]);
    if (isYes(tests['lateral-step-down'], side, 'pelvisNotLevel')) {
      evidence.push(
        stepDown
          ? `step-down score ${stepDown.score} (${stepDown.category})`
          : 'step-down: pelvis not level',
      );
    }
    if (sideValue(tests['single-leg-squat'], side, 'pelvis') === 'poor') {
      evidence.push('single-leg squat: pelvis not level');
    }
    const running = tests['running-pelvic-drop'];
    const thisDrop = numberAt(running, side, 'dropAngle');
    const otherDrop = numberAt(running, otherSide(side), 'dropAngle');
    if (
      thisDrop !== null &&
      otherDrop !== null &&
      thisDrop - otherDrop >= settings.pelvicDropDifferenceDeg
    ) {
      evidence.push(
        `running pelvic drop ${formatNumber(thisDrop)}° vs ${formatNumber(otherDrop)}°`,
      );
    }
    if (evidence.length === 0) return [];
    const severity: Severity =
      evidence.length >= 3 || stepDown?.category === 'poor'
        ? 'marked'
        : evidence.length === 2
          ? 'moderate'
          : 'mild';
    return [
      {
        kind: 'hip-drop',
        side,
        severity,
        title: `${capitalise(side)} hip drop on ${side}-leg stance`,
        evidence: evidence.join(', '),
      },
    ];
  });
}

/** Warning signs are no referral on their own, but the plan should be cautious. */
function warningSigns(record: AssessmentRecord): Finding[] {
  const present = WARNING_SIGNS.filter((sign) => record.warningSigns[sign.id] === 'yes');
  if (present.length === 0) return [];
  return [
    {
      kind: 'warning-signs',
      side: null,
      severity: 'moderate',
      title: 'Warning signs',
      evidence: `${present.map((sign) => sign.note).join('; ')}. Progress cautiously and review`,
    },
  ];
}

/** A poor step-down score with a level pelvis: knee and trunk control, not a hip drop. */
function poorControl(record: AssessmentRecord): Finding[] {
  return SIDES.flatMap((side): Finding[] => {
    const stepDown = stepDownScore(record.tests['lateral-step-down']?.[side]);
    if (stepDown?.category !== 'poor') return [];
    if (isYes(record.tests['lateral-step-down'], side, 'pelvisNotLevel')) return [];
    return [
      {
        kind: 'poor-control',
        side,
        severity: 'moderate',
        title: `Poor ${side} single-leg control`,
        evidence: `step-down score ${stepDown.score} (poor) with the pelvis level`,
      },
    ];
  });
}

function severityFromRatio(ratioPercent: number): Severity {
  return ratioPercent >= 80 ? 'mild' : ratioPercent >= 70 ? 'moderate' : 'marked';
}

function weakMuscles(record: AssessmentRecord, context: FindingContext): Finding[] {
  const threshold = context.settings.lsiThresholdPercent;
  return MUSCLE_GROUPS.flatMap((group): Finding[] => {
    const result = record.tests[dynamometryTestId(group.id)];
    const forces = {
      left: numberAt(result, 'left', 'peakForce'),
      right: numberAt(result, 'right', 'peakForce'),
    };
    const weaker = lowerSide(forces);
    if (!weaker) return [];
    const stronger = otherSide(weaker);
    const weak = forces[weaker]!;
    const strong = forces[stronger]!;
    if (strong === 0) return [];
    const ratio = (weak / strong) * 100;
    if (ratio >= threshold) return [];
    const shown = `(${formatNumber(weak)} N vs ${formatNumber(strong)} N), below ${formatNumber(threshold)}%`;
    const isLsi = context.involvedSide === null || context.involvedSide === weaker;
    return [
      {
        kind: 'weak-muscles',
        side: weaker,
        severity: severityFromRatio(ratio),
        title: `Weak ${weaker} ${group.muscles}`,
        evidence: isLsi
          ? `LSI ${Math.round(ratio)}% ${shown}`
          : `${Math.round(ratio)}% of the ${stronger} side ${shown}`,
        muscleGroup: group.id,
      },
    ];
  });
}

/** Eccentric abduction torque per kg against the novice-runner norm for age and sex. */
function belowAbductionNorm(record: AssessmentRecord, context: FindingContext): Finding[] {
  const result = record.tests[dynamometryTestId('abduction')];
  const lever = result?.shared?.['leverArm'];
  const { dateOfBirth, sex } = context.patient;
  if (
    result?.shared?.['method'] !== 'break' ||
    typeof lever !== 'number' ||
    record.bodyMassKg === null ||
    !dateOfBirth ||
    (sex !== 'female' && sex !== 'male')
  ) {
    return [];
  }
  const expected = predictedAbductionTorquePerKg(ageOn(dateOfBirth, record.visitDate), sex);
  const floor = expected - ABDUCTION_NORM_SD;
  const below = SIDES.flatMap((side) => {
    const force = numberAt(result, side, 'peakForce');
    const perKg = force === null ? null : torquePerKg(torque(force, lever), record.bodyMassKg!);
    return perKg !== null && perKg < floor ? [{ side, perKg }] : [];
  });
  if (below.length === 0) return [];
  const values = below.map(({ side, perKg }) => `${side} ${formatNumber(perKg)}`).join(' / ');
  const worst = Math.min(...below.map((entry) => entry.perKg));
  return [
    {
      kind: 'below-norm',
      side: bothOrOne(below.map((entry) => entry.side)),
      severity: worst < expected - 2 * ABDUCTION_NORM_SD ? 'marked' : 'moderate',
      title: `Hip abductors below the norm${below.length === 2 ? ' both sides' : ` (${below[0]!.side})`}`,
      evidence: `${values} N·m/kg vs ${formatNumber(expected)} expected for age and sex (eccentric, novice runners)`,
      muscleGroup: 'abduction',
    },
  ];
}

function flexibility(record: AssessmentRecord, settings: ClinicalSettings): Finding[] {
  const thomas = record.tests['modified-thomas'];
  const ober = record.tests['ober'];
  const readings = Object.fromEntries(
    SIDES.map((side) => [side, readThomasTest(thomas?.[side], settings.thomasKneeThresholdDeg)]),
  ) as Record<Side, ReturnType<typeof readThomasTest>>;
  const findings: Finding[] = [];

  const shortFlexors = SIDES.filter((side) => readings[side].shortIliopsoas);
  if (shortFlexors.length > 0) {
    const angles = shortFlexors.map((side) => numberAt(thomas, side, 'hipAngle')!);
    const largest = Math.max(...angles);
    findings.push({
      kind: 'tight-hip-flexors',
      side: bothOrOne(shortFlexors),
      severity: largest > 10 ? 'marked' : largest > 5 ? 'moderate' : 'mild',
      title:
        shortFlexors.length === 2
          ? 'Tight hip flexors both sides'
          : `Tight ${shortFlexors[0]} hip flexors`,
      evidence: `modified Thomas hip angle ${angles.map(formatSignedDegrees).join(' / ')}`,
    });
  }

  const shortRectus = SIDES.filter((side) => readings[side].shortRectusFemoris);
  if (shortRectus.length > 0) {
    const knees = shortRectus.map(
      (side) => `${formatNumber(numberAt(thomas, side, 'kneeAngle')!)}°`,
    );
    findings.push({
      kind: 'short-rectus-femoris',
      side: bothOrOne(shortRectus),
      severity: 'mild',
      title:
        shortRectus.length === 2
          ? 'Short rectus femoris both sides'
          : `Short ${shortRectus[0]} rectus femoris`,
      evidence: `modified Thomas knee angle ${knees.join(' / ')}, under ${formatNumber(settings.thomasKneeThresholdDeg)}°`,
    });
  }

  for (const side of SIDES) {
    const signs = [
      ...(readings[side].tightTflItb ? ['thigh drifts out on the Thomas test'] : []),
      ...(isYes(ober, side, 'legStaysUp') ? ['Ober: leg stays up'] : []),
    ];
    if (signs.length > 0) {
      findings.push({
        kind: 'tight-tfl-itb',
        side,
        severity: signs.length === 2 ? 'moderate' : 'mild',
        title: `Tight ${side} TFL / ITB`,
        evidence: signs.join(', '),
      });
    }
  }
  return findings;
}

function tendonAndJoint(record: AssessmentRecord): Finding[] {
  const tests = record.tests;
  return SIDES.flatMap((side): Finding[] => {
    const findings: Finding[] = [];
    const lateralPain = record.subjective.painAreas.some(
      (area) => area.area === 'lateral-hip' && area.side === side,
    );
    const standingPain = isYes(tests['single-leg-stance'], side, 'lateralHipPain');
    const tender = isYes(tests['trochanter-palpation'], side, 'tender');
    const faberPain = isYes(tests['faber'], side, 'pain');
    if (standingPain || (lateralPain && tender && faberPain)) {
      const signs = [
        ...(lateralPain ? ['outer hip pain'] : []),
        ...(standingPain ? ['pain within 30 s of single-leg stance'] : []),
        ...(tender ? ['trochanter tender'] : []),
        ...(faberPain ? ['FABER painful'] : []),
      ];
      findings.push({
        kind: 'gluteal-tendinopathy-signs',
        side,
        severity: signs.length >= 3 ? 'marked' : 'moderate',
        title: `Signs of ${side} gluteal tendinopathy`,
        evidence: signs.join(', '),
      });
    }

    const jointSigns = [
      ...(isYes(tests['fadir'], side, 'pain') ? [describePain('FADIR', tests['fadir'], side)] : []),
      ...(isYes(tests['fadir'], side, 'click') ? ['FADIR click'] : []),
      ...(isYes(tests['log-roll'], side, 'pain') ? ['log roll painful'] : []),
      ...(isYes(tests['log-roll'], side, 'click') ? ['log roll click'] : []),
    ];
    if (jointSigns.length > 0) {
      findings.push({
        kind: 'hip-joint-signs',
        side,
        severity: jointSigns.length >= 2 ? 'moderate' : 'mild',
        title: `Possible ${side} hip joint source`,
        evidence: jointSigns.join(', '),
      });
    }
    return findings;
  });
}

function describePain(testName: string, result: TestResult | undefined, side: Side): string {
  const location = sideValue(result, side, 'painLocation');
  return typeof location === 'string' ? `${testName} painful (${location})` : `${testName} painful`;
}

/** Any other bilateral measure whose sides differ by more than noise and the LSI threshold. */
function asymmetries(record: AssessmentRecord, settings: ClinicalSettings): Finding[] {
  return CLINICAL_TESTS.flatMap((test) => {
    const compared = test.perSide.filter((field) => field.kind === 'number' && field.compareSides);
    return compared.flatMap((field): Finding[] => {
      if (field.kind !== 'number' || !field.compareSides) return [];
      const { better, minimumDifference, by } = field.compareSides;
      const result = record.tests[test.id];
      const left = numberAt(result, 'left', field.id);
      const right = numberAt(result, 'right', field.id);
      if (left === null || right === null) return [];
      const gap = Math.abs(left - right);
      if (gap < minimumDifference) return [];
      // A ratio only means something when both values are above zero.
      const byRatio = by !== 'difference' && better === 'higher' && Math.min(left, right) > 0;
      const ratio = (Math.min(left, right) / Math.max(left, right)) * 100;
      if (byRatio && ratio >= settings.lsiThresholdPercent) return [];
      const worse: Side = (better === 'higher') === left < right ? 'left' : 'right';
      const what = compared.length > 1 ? `${test.name}, ${field.label.toLowerCase()}` : test.name;
      return [
        {
          kind: 'asymmetry',
          side: worse,
          severity: byRatio
            ? severityFromRatio(ratio)
            : gap >= 2 * minimumDifference
              ? 'moderate'
              : 'mild',
          title: 'Asymmetry',
          evidence: `${what}: left ${formatWithUnit(left, field.unit)} vs right ${formatWithUnit(right, field.unit)}`,
        },
      ];
    });
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function deriveFindings(record: AssessmentRecord, context: FindingContext): Finding[] {
  return [
    ...redFlags(record),
    ...warningSigns(record),
    ...hipDrop(record, context.settings),
    ...poorControl(record),
    ...weakMuscles(record, context),
    ...belowAbductionNorm(record, context),
    ...flexibility(record, context.settings),
    ...tendonAndJoint(record),
    ...asymmetries(record, context.settings),
  ];
}

/** The painful side when exactly one is named (episode first, then the subjective answer). */
export function involvedSide(episodeSide: string | null, record: AssessmentRecord): Side | null {
  for (const candidate of [episodeSide, record.subjective.painSide]) {
    if (candidate === 'left' || candidate === 'right') return candidate;
  }
  return null;
}

/** Single-leg squat summary for display: "2 of 5 poor". */
export function describeSquat(result: TestResult | undefined, side: Side): string | null {
  const poor = singleLegSquatPoorCount(result?.[side]);
  return poor === null ? null : `${poor} of 5 poor`;
}
