import { Loader, SimpleGrid, Text } from '@mantine/core';
import { useProgress } from '../../api/history';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { chartGroups } from './chart-groups';
import { ProgressChart } from './ProgressChart';

/** Line charts of each measure across the patient's finalised visits. */
export function ProgressCharts({ patientId }: { patientId: string }) {
  const progress = useProgress(patientId);
  const charts = chartGroups(progress.data ?? []);
  return (
    <Section
      title="Progress"
      description="Finalised visits only. A measure not recorded at a visit has no point there."
    >
      <ErrorAlert error={progress.error} title="Progress could not be loaded" />
      {progress.isPending ? (
        <Loader size="sm" aria-label="Loading progress" />
      ) : charts.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing to chart yet: finalise a visit to see its measures here.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {charts.map((chart) => (
            <ProgressChart key={chart.id} chart={chart} />
          ))}
        </SimpleGrid>
      )}
    </Section>
  );
}
