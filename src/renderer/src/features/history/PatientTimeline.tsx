import { Loader, Text } from '@mantine/core';
import { usePatientTimeline } from '../../api/history';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { VirtualTimeline } from './VirtualTimeline';

/** The patient's history at a glance, by episode of care, newest first. */
export function PatientTimeline({ patientId }: { patientId: string }) {
  const timeline = usePatientTimeline(patientId);
  const episodes = timeline.data ?? [];
  return (
    <Section
      title="Timeline"
      description="Newest first, by episode of care. Each entry opens what it was."
    >
      <ErrorAlert error={timeline.error} title="The timeline could not be loaded" />
      {timeline.isPending ? (
        <Loader size="sm" aria-label="Loading the timeline" />
      ) : episodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No visits yet.
        </Text>
      ) : (
        <VirtualTimeline patientId={patientId} episodes={episodes} />
      )}
    </Section>
  );
}
