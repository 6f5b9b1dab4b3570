import { Loader, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { usePatientAssessments } from '../../api/assessments';
import { useCompareVisits } from '../../api/history';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OptionSelect } from '../../components/OptionSelect';
import { Section } from '../../components/Section';
import { describeDate } from '../../format/dates';
import { ComparisonTable } from './ComparisonTable';

/** Two finalised visits side by side; by default the first and the latest. */
export function CompareVisits({ patientId }: { patientId: string }) {
  const assessments = usePatientAssessments(patientId);
  const finalised = (assessments.data ?? [])
    .filter((assessment) => assessment.status === 'final')
    .sort((a, b) => a.visitDate.localeCompare(b.visitDate));
  const [chosenFirst, setFirst] = useState<string | null>(null);
  const [chosenSecond, setSecond] = useState<string | null>(null);
  const firstId = chosenFirst ?? finalised[0]?.id ?? null;
  const secondId = chosenSecond ?? finalised.at(-1)?.id ?? null;
  const comparison = useCompareVisits(firstId, secondId);

  const sameDay = (date: string) =>
    finalised.filter((assessment) => assessment.visitDate === date).length > 1;
  const options = finalised.map((assessment, index) => ({
    value: assessment.id,
    label: sameDay(assessment.visitDate)
      ? `${describeDate(assessment.visitDate)} (visit ${index + 1})`
      : describeDate(assessment.visitDate),
  }));
  const labelOf = (id: string | null) =>
    options.find((option) => option.value === id)?.label ?? '—';

  return (
    <Section title="Compare two visits">
      <ErrorAlert error={assessments.error} title="The visits could not be loaded" />
      {assessments.isPending ? (
        <Loader size="sm" aria-label="Loading visits" />
      ) : finalised.length < 2 ? (
        <Text size="sm" c="dimmed">
          Two finalised visits are needed to compare.
        </Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={520} mb="md">
            <OptionSelect
              label="Earlier visit"
              showLabel
              options={options}
              value={firstId}
              onChange={setFirst}
              emptyLabel="Choose a visit…"
            />
            <OptionSelect
              label="Later visit"
              showLabel
              options={options}
              value={secondId}
              onChange={setSecond}
              emptyLabel="Choose a visit…"
            />
          </SimpleGrid>
          <ErrorAlert error={comparison.error} title="The visits could not be compared" />
          {firstId !== null && firstId === secondId ? (
            <Text size="sm" c="dimmed">
              Choose two different visits.
            </Text>
          ) : comparison.isPending ? (
            firstId !== null && secondId !== null && <Loader size="sm" aria-label="Comparing" />
          ) : comparison.data && comparison.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              No measure was recorded at either visit.
            </Text>
          ) : comparison.data ? (
            <ComparisonTable
              rows={comparison.data}
              beforeLabel={labelOf(firstId)}
              afterLabel={labelOf(secondId)}
            />
          ) : null}
        </>
      )}
    </Section>
  );
}
