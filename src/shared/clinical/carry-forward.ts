import type { AssessmentRecord, CarriedForward } from '../domain/assessment';
import { CLINICAL_TESTS } from './catalogue/tests';
import { SIDES, type FieldValue, type TestResult } from './catalogue/types';

/**
 * A follow-up visit that starts from an earlier signed one: the same tests, set up the same
 * way, with every result empty so each is measured again. Pure: the main process applies it
 * when the visit starts, and the unit tests read the decisions below.
 */

/**
 * Each shared field of the catalogue (recorded once per test, not per side) and whether it is
 * carried forward. They all describe how the test was done, not what it showed, and a re-test
 * only compares with the last one when it is done the same way. Per-side fields are results
 * and are never carried: that includes the dynamometer's number of trials, which says how many
 * tries this session needed, not how the test is set up.
 */
export const SHARED_FIELD_DECISIONS: Readonly<Record<string, { carry: boolean; why: string }>> = {
  stepHeight: {
    carry: true,
    why: 'A higher step is harder: the step-down score is only comparable on the same step.',
  },
  speed: {
    carry: true,
    why: 'Pelvic drop changes with running speed: film at the same speed as last time.',
  },
  instrument: {
    carry: true,
    why: 'Goniometer, inclinometer and phone app read a few degrees apart.',
  },
  version: {
    carry: true,
    why: 'The knee-bent and knee-straight Ober tests give different angles.',
  },
  leverArm: {
    carry: true,
    why:
      'Torque is force times lever arm, so the pad goes back to the same place. It is a ' +
      'length on the patient, shown for the physio to check (it changes in a growing runner).',
  },
  method: {
    carry: true,
    why: 'A break test reads higher than a make test of the same muscle.',
  },
  position: {
    carry: true,
    why: 'Force differs between lying, sitting and standing.',
  },
};

const hasValue = (values: Record<string, FieldValue> | undefined) =>
  Object.values(values ?? {}).some((value) => value !== null && value !== undefined);

/**
 * Whether a test was done at a visit: some left or right value was recorded. Set-up alone
 * (a lever arm, a step height) is not a result, so a carried test left empty counts as not done.
 */
export function wasTestDone(result: TestResult | undefined): boolean {
  return SIDES.some((side) => hasValue(result?.[side]));
}

/** The set-up of a test worth keeping for the next visit: its carried shared fields. */
function carriedSetUp(testId: string, result: TestResult): TestResult {
  const test = CLINICAL_TESTS.find((entry) => entry.id === testId);
  const shared = Object.fromEntries(
    (test?.shared ?? [])
      .filter((field) => SHARED_FIELD_DECISIONS[field.id]?.carry === true)
      .flatMap((field) => {
        const value = result.shared?.[field.id];
        return value === null || value === undefined ? [] : [[field.id, value]];
      }),
  );
  return Object.keys(shared).length > 0 ? { shared } : {};
}

/**
 * A new visit's record started from an earlier signed one (`source`): each test done there is
 * listed with its set-up and no results. Pain, the LEFS, red flags, warning signs, the
 * subjective history and notes stay as `fresh` has them (empty, or from the patient's profile):
 * they must be asked again. So does the body mass: it is today's measurement, and strength is
 * divided by it (N·m/kg), so an old value signed unchanged would pass for a new one. The earlier
 * value is only remembered, for the page to show beside the empty field.
 */
export function startFromEarlierVisit(
  fresh: AssessmentRecord,
  source: { assessmentId: string; record: AssessmentRecord },
): AssessmentRecord {
  const doneTests = CLINICAL_TESTS.filter((test) => wasTestDone(source.record.tests[test.id]));
  const carriedForward: CarriedForward = {
    assessmentId: source.assessmentId,
    visitDate: source.record.visitDate,
    testIds: doneTests.map((test) => test.id),
    previousBodyMassKg: source.record.bodyMassKg,
  };
  return {
    ...fresh,
    tests: Object.fromEntries(
      doneTests.map((test) => [test.id, carriedSetUp(test.id, source.record.tests[test.id]!)]),
    ),
    carriedForward,
  };
}
