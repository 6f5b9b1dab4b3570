import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/shared/clinical/findings';
import { redFlagScreen } from '../../src/shared/clinical/red-flag-screen';
import {
  describeStage,
  PAIN_MONITORING,
  readinessChecks,
  RETURN_TO_RUN_RULES,
  returnToRunRules,
  runningStopped,
  stageMinutes,
  suggestReturnToRunPlan,
  validatePlanForContext,
  type ReturnToRunInput,
} from '../../src/shared/clinical/return-to-run';
import { returnToRunPlanSchema, type RunStage } from '../../src/shared/domain/program';
import { assessmentWith } from '../support/assessment-builder';

const clear = redFlagScreen(assessmentWith());
const fracture = redFlagScreen(assessmentWith({ redFlags: { 'pain-standing-on-leg': 'yes' } }));
const fever = redFlagScreen(assessmentWith({ redFlags: { 'fever-hot-joint': 'yes' } }));

const input = (changes: Partial<ReturnToRunInput> = {}): ReturnToRunInput => ({
  redFlags: clear,
  painNow: 1,
  painDuringRun: 4,
  weeklyDistanceKm: 10,
  findings: [],
  ...changes,
});

const stage = (changes: Partial<RunStage>): RunStage => ({
  key: randomUUID(),
  walkMinutes: 4,
  runMinutes: 1,
  repeats: 6,
  effort: 3,
  sessions: 2,
  note: null,
  ...changes,
});

describe('readiness to run', () => {
  it('lists five pain-free checks, each with the pain limit', () => {
    const checks = readinessChecks(clear);
    expect(checks.map((check) => check.id)).toEqual([
      'walk-30-min',
      'single-leg-stand-10-s',
      'single-leg-squat-10',
      'jog-on-the-spot-1-min',
      'hop-10-15',
    ]);
    for (const check of checks) expect(check.label).toMatch(/pain 2\/10 or less$/);
  });

  it('leaves out the hop check with a working diagnosis of stress fracture', () => {
    const ids = readinessChecks(clear, 'stress-fracture-suspected').map((check) => check.id);
    expect(ids).toHaveLength(4);
    expect(ids).not.toContain('hop-10-15');
    expect(readinessChecks(clear, 'gluteal-tendinopathy')).toHaveLength(5);
    expect(readinessChecks(clear, null)).toHaveLength(5);
  });

  it('leaves out the hop check with a suspected stress fracture', () => {
    expect(fracture.stressFractureSuspected).toBe(true);
    const checks = readinessChecks(fracture);
    expect(checks).toHaveLength(4);
    expect(checks.map((check) => check.id)).not.toContain('hop-10-15');
    expect(checks.some((check) => /hop/i.test(check.label))).toBe(false);
  });
});

describe('the suggested walk-run plan', () => {
  it('is never offered under a red flag', () => {
    expect(suggestReturnToRunPlan(input({ redFlags: fracture }), randomUUID)).toBeNull();
    expect(suggestReturnToRunPlan(input({ redFlags: fever }), randomUUID)).toBeNull();
  });

  it('is a valid plan: every stage at least two sessions, effort rising, 10% a week', () => {
    const plan = suggestReturnToRunPlan(input({ painDuringRun: 7 }), randomUUID)!;
    expect(returnToRunPlanSchema.parse(plan)).toEqual(plan);
    expect(plan.weeklyIncreasePercent).toBe(10);
    expect(plan.readiness).toHaveLength(5);
    for (const entry of plan.stages) expect(entry.sessions).toBeGreaterThanOrEqual(2);
    const efforts = plan.stages.map((entry) => entry.effort);
    expect(efforts[0]).toBe(3);
    expect(efforts.at(-1)).toBe(5);
    expect([...efforts].sort((a, b) => a - b)).toEqual(efforts);
    expect(plan.stages.at(-1)).toMatchObject({ walkMinutes: 0, runMinutes: 30, repeats: 1 });
    expect(new Set(plan.stages.map((entry) => entry.key)).size).toBe(plan.stages.length);
  });

  it('starts later with little pain and earlier with more', () => {
    const first = (changes: Partial<ReturnToRunInput>) =>
      suggestReturnToRunPlan(input(changes), randomUUID)!.stages[0]!;
    expect(first({ painDuringRun: 1, weeklyDistanceKm: 15 })).toMatchObject({
      walkMinutes: 2,
      runMinutes: 3,
    });
    expect(first({ painDuringRun: 4 })).toMatchObject({ walkMinutes: 3, runMinutes: 2 });
    expect(first({ painDuringRun: 7 })).toMatchObject({ walkMinutes: 4, runMinutes: 1 });
    // Not running at the moment starts a stage lower; pain at rest or warning signs, the bottom.
    expect(first({ painDuringRun: 1, weeklyDistanceKm: 0 })).toMatchObject({ walkMinutes: 3 });
    expect(first({ painDuringRun: 1, painNow: 4 })).toMatchObject({ walkMinutes: 4 });
    expect(first({ painDuringRun: null })).toMatchObject({ walkMinutes: 4 });
    const warning: Finding = {
      kind: 'warning-signs',
      side: null,
      severity: 'moderate',
      title: 'Warning signs',
      evidence: 'pain lasting beyond 2-3 days of rest',
    };
    expect(first({ painDuringRun: 1, findings: [warning] })).toMatchObject({ walkMinutes: 4 });
  });

  it('is not offered, and an existing plan is refused, with a stress fracture diagnosis', () => {
    const diagnosis = 'stress-fracture-suspected' as const;
    expect(suggestReturnToRunPlan(input({ diagnosis }), randomUUID)).toBeNull();
    const plan = suggestReturnToRunPlan(input(), randomUUID)!;
    expect(validatePlanForContext(plan, clear, diagnosis)).toMatch(
      /working diagnosis of a suspected stress fracture/,
    );
    expect(runningStopped({ redFlags: clear, diagnosis })).toMatch(/^No running until/);
    expect(runningStopped({ redFlags: clear, diagnosis: null })).toBeNull();
  });

  it('refuses an existing plan under a red flag', () => {
    const plan = suggestReturnToRunPlan(input(), randomUUID)!;
    expect(validatePlanForContext(plan, clear)).toBeNull();
    expect(validatePlanForContext(null, fever)).toBeNull();
    expect(validatePlanForContext(plan, fever)).toMatch(/^No return to running .*fever/);
  });
});

describe('stages in words', () => {
  it('reads walk-run intervals with their total time', () => {
    expect(describeStage(stage({}))).toBe(
      'Walk 4 min, run 1 min, 6 times (30 min), effort 3/10; at least 2 sessions',
    );
    expect(stageMinutes(stage({ walkMinutes: 2, runMinutes: 3, repeats: 4 }))).toBe(20);
  });

  it('reads continuous running and walk-only stages', () => {
    expect(describeStage(stage({ walkMinutes: 0, runMinutes: 20, repeats: 1, effort: 5 }))).toBe(
      'Run 20 min without stopping, effort 5/10; at least 2 sessions',
    );
    expect(describeStage(stage({ walkMinutes: 10, runMinutes: 0, repeats: 3, sessions: 3 }))).toBe(
      'Walk 10 min, 3 times (30 min), effort 3/10; at least 3 sessions',
    );
  });
});

describe('the rules that go with the plan', () => {
  it('cover repeats, rest days, going back, pain monitoring, 10% and shoes', () => {
    const rules = RETURN_TO_RUN_RULES.join('\n');
    expect(rules).toMatch(/at least twice/);
    expect(rules).toMatch(/rest day between runs/);
    expect(rules).toMatch(/swelling or stiffness.*go back a stage/);
    expect(rules).toMatch(/10%/);
    expect(rules).toMatch(/500-800 km \(300-500 miles\)/);
    // The pain model is shown once, from PAIN_MONITORING, after the zones.
    expect(RETURN_TO_RUN_RULES).not.toContain(PAIN_MONITORING.rule);
    expect(rules).not.toMatch(/5\/10|next morning/);
  });

  it("use the plan's own weekly increase", () => {
    expect(RETURN_TO_RUN_RULES).toEqual(returnToRunRules(10));
    const seven = returnToRunRules(7).join('\n');
    expect(seven).toMatch(/no more than 7% to the weekly distance/);
    expect(seven).not.toMatch(/10%|about/);
    // An empty field while the physio types reads as the usual 10%, never "NaN%".
    expect(returnToRunRules(Number.NaN).join('\n')).toMatch(/no more than 10%/);
    expect(returnToRunRules(null as unknown as number).join('\n')).toMatch(/no more than 10%/);
  });

  it('names the three pain zones and the next-morning rule', () => {
    expect(PAIN_MONITORING.zones.map((zone) => zone.range)).toEqual(['0-2', '3-5', '6-10']);
    expect(PAIN_MONITORING.rule).toMatch(/5\/10.*next morning/);
  });
});
