import { Alert, Anchor, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { clinicalTest } from '../../../../shared/clinical/catalogue/tests';
import type { CarriedForward } from '../../../../shared/domain/assessment';
import { describeDate } from '../../format/dates';

/** Scrolls to a test's card and puts the cursor in its first field that can be typed in. */
function goToTest(testId: string) {
  const card = document.querySelector<HTMLElement>(`[aria-labelledby="test-${testId}"]`);
  if (!card) return;
  card.scrollIntoView({ block: 'start', behavior: 'smooth' });
  card.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled)')?.focus({
    preventScroll: true,
  });
}

/**
 * Says a follow-up started from an earlier visit: which tests to measure again (each a jump
 * to its card) and that nothing measured was copied, body mass included. Hidden for the rest
 * of the visit once the physio has read it.
 */
export function CarriedForwardNotice(props: { carried: CarriedForward; patientId: string }) {
  const { carried } = props;
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  const when = describeDate(carried.visitDate);
  const tests = carried.testIds.flatMap((id) => {
    const test = clinicalTest(id);
    return test ? [test] : [];
  });
  return (
    // A status, not an alert: it is read when reached, without interrupting as the visit opens.
    <Alert
      role="status"
      color="blue"
      variant="light"
      title={`Tests carried forward from the visit of ${when}; the values are empty`}
      withCloseButton
      closeButtonLabel="Hide this notice"
      onClose={() => setHidden(true)}
    >
      <Text size="sm">
        Each test keeps how it was set up last time (step height, lever arm, method …): check it,
        then measure again. Pain, the LEFS, the red-flag questions and the body mass are asked
        afresh; last visit&apos;s body mass is shown beside its field.{' '}
        <Anchor
          component={Link}
          to={`/patients/${props.patientId}/assessments/${carried.assessmentId}`}
        >
          Open the visit of {when}
        </Anchor>
      </Text>
      {tests.length > 0 && (
        <Group gap="xs" mt="xs" component="nav" aria-label="Tests to measure again">
          <Text size="sm" fw={600}>
            Measure again:
          </Text>
          {tests.map((test) => (
            <Anchor
              key={test.id}
              component="button"
              type="button"
              size="sm"
              onClick={() => goToTest(test.id)}
            >
              {test.name}
            </Anchor>
          ))}
        </Group>
      )}
    </Alert>
  );
}
