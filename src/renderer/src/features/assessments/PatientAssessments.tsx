import { Alert, Anchor, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePatientAssessments } from '../../api/assessments';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeDate } from '../../format/dates';
import { StartAssessmentDialog } from './StartAssessmentDialog';

/** Visits shown before "Show all": the rest are in the timeline too, so the page stays short. */
const RECENT_VISITS = 5;

/** The patient's visits, newest first, with any unfinished draft offered first. */
export function PatientAssessments({ patientId }: { patientId: string }) {
  const assessments = usePatientAssessments(patientId);
  const [starting, setStarting] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const list = assessments.data ?? [];
  const shown = showAll ? list : list.slice(0, RECENT_VISITS);
  const draft = list.find((assessment) => assessment.status === 'draft');
  const link = (id: string) => `/patients/${patientId}/assessments/${id}`;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="assessments-heading">
      <Group justify="space-between" mb="md">
        <Title order={3} size="h4" id="assessments-heading">
          Assessments
        </Title>
        <Button onClick={() => setStarting(true)}>Start assessment</Button>
      </Group>
      <ErrorAlert error={assessments.error} title="Assessments could not be loaded" />
      {draft && (
        <Alert color="orange" title="Unfinished assessment" mb="md">
          <Group justify="space-between">
            <Text size="sm">
              A draft from {describeDate(draft.visitDate)} was saved{' '}
              {format(parseISO(draft.updatedAt), 'HH:mm')}. Everything typed is kept.
            </Text>
            <Button component={Link} to={link(draft.id)} size="xs" color="orange">
              Continue draft
            </Button>
          </Group>
        </Alert>
      )}
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          No assessments yet.
        </Text>
      ) : (
        <Table aria-label="Assessments" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Visit</Table.Th>
              <Table.Th>Complaint</Table.Th>
              <Table.Th>State</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((assessment) => (
              <Table.Tr key={assessment.id}>
                <Table.Td>
                  <Anchor component={Link} to={link(assessment.id)}>
                    {describeDate(assessment.visitDate)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {assessment.complaint} ({assessment.side === 'both' ? 'both' : assessment.side})
                </Table.Td>
                <Table.Td>
                  {assessment.status === 'draft' ? (
                    <Badge color="orange" variant="light">
                      Draft
                    </Badge>
                  ) : (
                    <Badge color="teal" variant="light">
                      Finalised
                      {assessment.amendments > 0 ? `, amended ${assessment.amendments}×` : ''}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.length > RECENT_VISITS && (
        <Group gap="sm" mt="xs">
          <Button
            variant="subtle"
            size="xs"
            aria-expanded={showAll}
            onClick={() => setShowAll((all) => !all)}
          >
            {showAll ? `Show the latest ${RECENT_VISITS} only` : `Show all ${list.length} visits`}
          </Button>
          {!showAll && (
            <Text size="sm" c="dimmed">
              Every visit is also in the timeline below.
            </Text>
          )}
        </Group>
      )}
      {starting && (
        <StartAssessmentDialog patientId={patientId} opened onClose={() => setStarting(false)} />
      )}
    </Paper>
  );
}
