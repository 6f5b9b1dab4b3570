import { Divider, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { usePatientTimeline } from '../../api/history';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EpisodeTimeline } from './EpisodeTimeline';

/** The patient's history at a glance, by episode of care, newest first. */
export function PatientTimeline({ patientId }: { patientId: string }) {
  const timeline = usePatientTimeline(patientId);
  const episodes = timeline.data ?? [];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="timeline-heading">
      <Title order={3} size="h4" id="timeline-heading" mb="md">
        Timeline
      </Title>
      <ErrorAlert error={timeline.error} title="The timeline could not be loaded" />
      {timeline.isPending ? (
        <Loader size="sm" aria-label="Loading the timeline" />
      ) : episodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No visits yet.
        </Text>
      ) : (
        <Stack gap="md">
          {episodes.map((entry, index) => (
            <Fragment key={entry.episode.id}>
              {index > 0 && <Divider />}
              <EpisodeTimeline patientId={patientId} entry={entry} />
            </Fragment>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
