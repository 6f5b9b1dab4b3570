import { Checkbox } from '@mantine/core';
import type { AssessmentSummary } from '../../../../shared/domain/assessment';
import { describeDate } from '../../format/dates';

/**
 * The visit a follow-up in this episode would start from: its latest signed one. A draft is
 * never offered (its tests may be half done), nor a visit from another episode, whose
 * complaint likely called for other tests.
 */
export function previousSignedVisit(
  visits: readonly AssessmentSummary[],
  episodeId: string,
): AssessmentSummary | null {
  // The list comes newest first (by visit date, then when it was started).
  return visits.find((visit) => visit.episodeId === episodeId && visit.status === 'final') ?? null;
}

/** "Start from the visit of 12 Nov 2026": the same tests, set up the same way, new results. */
export function StartFromPreviousVisit(props: {
  visit: AssessmentSummary;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <Checkbox
      checked={props.checked}
      onChange={(event) => props.onChange(event.currentTarget.checked)}
      label={`Start from the visit of ${describeDate(props.visit.visitDate)}: same tests, new measurements`}
      description="The tests done then are listed ready to measure again, set up as last time (step height, lever arm, method …). Pain, the LEFS, red flags, body mass and every result start empty."
    />
  );
}
