import type { ReturnToRunPlan, RunStage } from '../domain/program';
import type { WorkingDiagnosis } from './catalogue/subjective';
import type { Finding } from './findings';
import { formatNumber } from './format';
import { runningStopReasons } from './program-builder';
import type { RedFlagScreen } from './red-flag-screen';

/** The banner sentence for "no running now", or null: see program-builder.ts. */
export { runningStopped } from './program-builder';

/**
 * The walk-run way back to running: readiness checks, a suggested ladder of stages and the
 * rules that go with it. No plan exists while a red flag is positive.
 */

export interface ReturnToRunInput {
  redFlags: RedFlagScreen;
  painNow: number | null;
  painDuringRun: number | null;
  weeklyDistanceKm: number | null;
  findings: Finding[];
  /** A working diagnosis of a suspected stress fracture stops running like a red flag. */
  diagnosis?: WorkingDiagnosis | null;
}

export type ReadinessCheck = ReturnToRunPlan['readiness'][number];

/** Pain allowed during a readiness check, out of 10. */
export const READINESS_PAIN_LIMIT = 2;

const CHECKS: readonly (ReadinessCheck & { hop?: true })[] = [
  { id: 'walk-30-min', label: 'Walk briskly for 30 minutes' },
  { id: 'single-leg-stand-10-s', label: 'Stand on the sore leg alone for 10 seconds' },
  { id: 'single-leg-squat-10', label: 'Do 10 single-leg squats on the sore leg with good control' },
  { id: 'jog-on-the-spot-1-min', label: 'Jog on the spot for 1 minute' },
  { id: 'hop-10-15', label: 'Hop 10 to 15 times on the sore leg', hop: true },
];

/**
 * What the runner must manage, each with pain at 2/10 or less, before the first run. The hop
 * check is left out while hopping is unsafe (a red flag, a suspected stress fracture on the
 * screen or as the working diagnosis): hopping could complete a stress fracture.
 */
export function readinessChecks(
  redFlags: RedFlagScreen,
  diagnosis?: WorkingDiagnosis | null,
): ReadinessCheck[] {
  const noHop =
    redFlags.noHopping ||
    redFlags.stressFractureSuspected ||
    diagnosis === 'stress-fracture-suspected';
  return CHECKS.filter((check) => !(check.hop && noHop)).map(({ id, label }) => ({
    id,
    label: `${label}, pain ${READINESS_PAIN_LIMIT}/10 or less`,
  }));
}

const stopReasons = (redFlags: RedFlagScreen, diagnosis?: WorkingDiagnosis | null) =>
  runningStopReasons(redFlags, diagnosis ?? null);

type StageShape = Omit<RunStage, 'key' | 'note'>;

/** The full ladder from the gentlest start to 30 minutes of continuous running. */
const LADDER: readonly StageShape[] = [
  { walkMinutes: 4, runMinutes: 1, repeats: 6, effort: 3, sessions: 2 },
  { walkMinutes: 3, runMinutes: 2, repeats: 6, effort: 3, sessions: 2 },
  { walkMinutes: 2, runMinutes: 3, repeats: 6, effort: 4, sessions: 2 },
  { walkMinutes: 1, runMinutes: 4, repeats: 6, effort: 4, sessions: 2 },
  { walkMinutes: 0, runMinutes: 20, repeats: 1, effort: 5, sessions: 2 },
  { walkMinutes: 0, runMinutes: 30, repeats: 1, effort: 5, sessions: 2 },
];

/**
 * Where on the ladder to start. Little pain while still running skips the first stages;
 * more pain, pain at rest or warning signs start at the bottom.
 */
export function startStage(input: ReturnToRunInput): number {
  const { painNow, painDuringRun, weeklyDistanceKm, findings } = input;
  if (findings.some((finding) => finding.kind === 'warning-signs')) return 0;
  if (painNow !== null && painNow > READINESS_PAIN_LIMIT) return 0;
  if (painDuringRun === null) return 0;
  const stillRunning = weeklyDistanceKm !== null && weeklyDistanceKm > 0;
  if (painDuringRun <= READINESS_PAIN_LIMIT && stillRunning) return 2;
  if (painDuringRun <= 4) return 1;
  return 0;
}

export function suggestReturnToRunPlan(
  input: ReturnToRunInput,
  newKey: () => string,
): ReturnToRunPlan | null {
  if (stopReasons(input.redFlags, input.diagnosis).length > 0) return null;
  return {
    readiness: readinessChecks(input.redFlags, input.diagnosis),
    stages: LADDER.slice(startStage(input)).map((stage) => ({
      ...stage,
      key: newKey(),
      note: null,
    })),
    weeklyIncreasePercent: DEFAULT_WEEKLY_INCREASE_PERCENT,
  };
}

export const PAIN_MONITORING: {
  zones: { range: string; meaning: string }[];
  rule: string;
} = {
  zones: [
    { range: '0-2', meaning: 'Safe: carry on.' },
    { range: '3-5', meaning: 'Acceptable: carry on if it has settled by the next morning.' },
    { range: '6-10', meaning: 'Too much: stop and go back a stage.' },
  ],
  rule: 'Pain up to 5/10 during or after a run is acceptable if it has settled by the next morning; if it is worse the next morning, step back a stage.',
};

/** The weekly increase a plan suggests, in %. */
export const DEFAULT_WEEKLY_INCREASE_PERCENT = 10;

/**
 * The rules that go with a walk-run plan, with the plan's own weekly increase. The pain
 * model is not among them: the handout and the editor show it from `PAIN_MONITORING` (zones,
 * then the rule), so it appears once. A missing or unreadable percentage reads as the
 * default, so the rules never show "NaN%".
 */
export function returnToRunRules(weeklyIncreasePercent: number): string[] {
  const percent = Number.isFinite(weeklyIncreasePercent)
    ? weeklyIncreasePercent
    : DEFAULT_WEEKLY_INCREASE_PERCENT;
  return [
    'Do each stage at least twice before moving to the next.',
    'Leave a rest day between runs.',
    'Do not move on if pain, swelling or stiffness has increased; go back a stage instead.',
    `Once running without walk breaks, add no more than ${formatNumber(percent)}% to the weekly distance each week.`,
    'Replace running shoes every 500-800 km (300-500 miles).',
  ];
}

/** The rules for the usual 10% a week; kept for callers that have no plan at hand. */
export const RETURN_TO_RUN_RULES: readonly string[] = returnToRunRules(
  DEFAULT_WEEKLY_INCREASE_PERCENT,
);

export function stageMinutes(
  stage: Pick<RunStage, 'walkMinutes' | 'runMinutes' | 'repeats'>,
): number {
  return (stage.walkMinutes + stage.runMinutes) * stage.repeats;
}

/** One line per stage, e.g. "Walk 4 min, run 1 min, 6 times (30 min), effort 3/10; ...". */
export function describeStage(stage: RunStage): string {
  const total = stageMinutes(stage);
  const times = stage.repeats === 1 ? '' : `, ${stage.repeats} times (${total} min)`;
  let work: string;
  if (stage.walkMinutes === 0) {
    work =
      stage.repeats === 1
        ? `Run ${stage.runMinutes} min without stopping`
        : `Run ${stage.runMinutes} min${times}`;
  } else if (stage.runMinutes === 0) {
    work = `Walk ${stage.walkMinutes} min${times}`;
  } else {
    work = `Walk ${stage.walkMinutes} min, run ${stage.runMinutes} min${times}`;
  }
  return `${work}, effort ${stage.effort}/10; at least ${stage.sessions} sessions`;
}

/** Why a return-to-run plan may not stand for this patient now; null when it may. */
export function validatePlanForContext(
  plan: Partial<ReturnToRunPlan> | null,
  redFlags: RedFlagScreen,
  diagnosis?: WorkingDiagnosis | null,
): string | null {
  if (plan === null) return null;
  const reasons = stopReasons(redFlags, diagnosis);
  if (reasons.length > 0) {
    return `No return to running while a red flag is positive (${reasons.join('; ')}): refer first.`;
  }
  return null;
}
