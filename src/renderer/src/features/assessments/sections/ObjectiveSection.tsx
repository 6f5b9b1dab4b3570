import { Alert, Stack, Text, Title } from '@mantine/core';
import { CLINICAL_TESTS } from '../../../../../shared/clinical/catalogue/tests';
import { TEST_SECTIONS, type Side } from '../../../../../shared/clinical/catalogue/types';
import type { RedFlagScreen } from '../../../../../shared/clinical/red-flag-screen';
import type { ClinicalSettings } from '../../../../../shared/clinical/settings';
import type { AssessmentRecord } from '../../../../../shared/domain/assessment';
import { withoutTest, withTestValue } from '../record-updates';
import { testReadout } from '../test-readouts';
import { TestCard } from './TestCard';

interface ObjectiveSectionProps {
  record: AssessmentRecord;
  onChange(record: AssessmentRecord): void;
  disabled: boolean;
  screen: RedFlagScreen;
  involved: Side | null;
  settings: ClinicalSettings;
}

/**
 * The objective tests, grouped as a physio examines. Locked until the red-flag screen is
 * complete; hop testing is not offered while any red flag is positive.
 */
export function ObjectiveSection(props: ObjectiveSectionProps) {
  const { record, screen } = props;
  const locked = !screen.complete;
  return (
    <section aria-labelledby="objective-heading">
      <Title order={3} id="objective-heading" mb="sm">
        Objective tests
      </Title>
      {locked && (
        <Alert color="orange" title="Red-flag screen first" mb="md">
          Answer all red-flag questions above before recording tests ({screen.unanswered.length}{' '}
          still open).
        </Alert>
      )}
      <fieldset disabled={locked || props.disabled} className="plain-fieldset">
        <legend className="visually-hidden">Objective tests</legend>
        <Stack gap="xl">
          {TEST_SECTIONS.map((section) => (
            <Stack key={section.id} gap="md">
              <Title order={3} size="h4" c="dimmed">
                {section.title}
              </Title>
              {CLINICAL_TESTS.filter((test) => test.section === section.id).map((test) =>
                test.unsafeWithRedFlag && screen.noHopping ? (
                  <Alert key={test.id} color="red" variant="light" title={`${test.name}: not done`}>
                    <Text size="sm">
                      Not tested while a red flag is positive: hopping could complete a stress
                      fracture. Any hop results recorded before were cleared.
                    </Text>
                  </Alert>
                ) : (
                  <TestCard
                    key={test.id}
                    test={test}
                    result={record.tests[test.id]}
                    carriedFrom={
                      !props.disabled && record.carriedForward?.testIds.includes(test.id)
                        ? record.carriedForward.visitDate
                        : null
                    }
                    disabled={locked || props.disabled}
                    readout={testReadout(test, record, props.involved, props.settings)}
                    onChange={(part, fieldId, value) =>
                      props.onChange(withTestValue(record, test.id, part, fieldId, value))
                    }
                  />
                ),
              )}
            </Stack>
          ))}
        </Stack>
      </fieldset>
    </section>
  );
}

/** Clears results of tests that became unsafe (a red flag answered yes after hopping was recorded). */
export function withoutUnsafeTests(
  record: AssessmentRecord,
  screen: RedFlagScreen,
): AssessmentRecord {
  if (!screen.noHopping) return record;
  return CLINICAL_TESTS.filter((test) => test.unsafeWithRedFlag).reduce(
    (current, test) => (current.tests[test.id] ? withoutTest(current, test.id) : current),
    record,
  );
}
