import type { AssessmentRecord } from '../domain/assessment';
import { RED_FLAG_QUESTIONS } from './catalogue/red-flags';
import { SIDES } from './catalogue/types';

export interface RedFlagScreen {
  /** Every question answered. Objective testing and finalising wait for this. */
  complete: boolean;
  unanswered: string[];
  /** What was positive, in plain words, for the banner. */
  reasons: string[];
  /** Any positive answer: refer, and no running or hopping in the program. */
  referralAdvised: boolean;
  stressFractureSuspected: boolean;
  noRunning: boolean;
  noHopping: boolean;
}

/** Screens the answers and the fulcrum test; any positive means refer and no running. */
export function redFlagScreen(record: Pick<AssessmentRecord, 'redFlags' | 'tests'>): RedFlagScreen {
  const positive = RED_FLAG_QUESTIONS.filter((question) => record.redFlags[question.id] === 'yes');
  const unanswered = RED_FLAG_QUESTIONS.filter((question) => !record.redFlags[question.id]).map(
    (question) => question.id,
  );
  const reasons = positive.map((question) => question.reason);
  let stressFractureSuspected = positive.some((question) => question.concern === 'stress-fracture');

  const fulcrum = record.tests['fulcrum'];
  const fulcrumSides = SIDES.filter((side) => fulcrum?.[side]?.['pain'] === 'yes');
  if (fulcrumSides.length > 0) {
    stressFractureSuspected = true;
    reasons.push(
      `painful fulcrum test on the ${fulcrumSides.join(' and ')} (possible femoral shaft stress fracture)`,
    );
  }

  const referralAdvised = reasons.length > 0;
  return {
    complete: unanswered.length === 0,
    unanswered,
    reasons,
    referralAdvised,
    stressFractureSuspected,
    noRunning: referralAdvised,
    noHopping: referralAdvised,
  };
}
