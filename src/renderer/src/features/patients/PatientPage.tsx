import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  fullName,
  SEX_LABELS,
  SURFACE_LABELS,
  type Patient,
} from '../../../../shared/domain/patient';
import { usePatient } from '../../api/patients';
import { PatientAssessments } from '../assessments/PatientAssessments';
import { CompareVisits } from '../history/CompareVisits';
import { PatientTimeline } from '../history/PatientTimeline';
import { ProgressCharts } from '../history/ProgressCharts';
import { PatientEmails } from '../mail/PatientEmails';
import { PatientPrograms } from '../programs/PatientPrograms';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PatientRecordActions } from './PatientRecordActions';
import { describeBirthDate, describeDate } from '../../format/dates';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

const orDash = (value: string | number | null, unit = '') =>
  value === null || value === '' ? '—' : `${value}${unit}`;

function RunningProfile({ patient }: { patient: Patient }) {
  const profile = patient.runningProfile;
  const goal = [
    profile.goalEvent,
    profile.goalEventDate ? describeDate(profile.goalEventDate) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Paper withBorder p="lg">
      <Title order={3} size="h4" mb="md">
        Running profile
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Detail label="Weekly distance">{orDash(profile.weeklyDistanceKm, ' km')}</Detail>
        <Detail label="Years running">{orDash(profile.yearsRunning)}</Detail>
        <Detail label="Goal">{goal || '—'}</Detail>
        <Detail label="Shoe">
          {profile.shoeModel ?? '—'}
          {profile.shoeDistanceKm !== null && ` (about ${profile.shoeDistanceKm} km)`}
        </Detail>
        <Detail label="Surfaces">
          {profile.surfaces.length === 0 ? (
            '—'
          ) : (
            <Group component="span" gap={4}>
              {profile.surfaces.map((surface) => (
                <Badge key={surface} variant="light" component="span">
                  {SURFACE_LABELS[surface]}
                </Badge>
              ))}
            </Group>
          )}
        </Detail>
      </SimpleGrid>
    </Paper>
  );
}

export function PatientPage() {
  const id = useParams()['id'] ?? '';
  const query = usePatient(id);

  if (query.isPending) return <Loader aria-label="Loading patient" />;
  if (query.isError) {
    return (
      <Stack maw={700}>
        <ErrorAlert error={query.error} title="Patient not available" />
        <Anchor component={Link} to="/">
          Back to patients
        </Anchor>
      </Stack>
    );
  }
  const patient = query.data;

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/" size="sm">
        ← All patients
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{fullName(patient)}</Title>
          <Text c="dimmed">
            {describeBirthDate(patient.dateOfBirth)} · {SEX_LABELS[patient.sex]}
          </Text>
        </div>
        <Button component={Link} to={`/patients/${patient.id}/edit`} variant="light">
          Edit details
        </Button>
      </Group>

      <PatientRecordActions patient={patient} />

      <Paper withBorder p="lg">
        <Title order={3} size="h4" mb="md">
          Contact
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Detail label="Email">{orDash(patient.email)}</Detail>
          <Detail label="Phone">{orDash(patient.phone)}</Detail>
          <Detail label="Record created">{describeDate(patient.createdAt)}</Detail>
        </SimpleGrid>
      </Paper>

      <PatientAssessments patientId={patient.id} />

      <PatientTimeline patientId={patient.id} />

      <ProgressCharts patientId={patient.id} />

      <CompareVisits patientId={patient.id} />

      <PatientPrograms patientId={patient.id} />

      <PatientEmails patientId={patient.id} />

      <RunningProfile patient={patient} />

      <Paper withBorder p="lg">
        <Title order={3} size="h4" mb="md">
          Notes
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{patient.notes ?? 'No notes yet.'}</Text>
      </Paper>
    </Stack>
  );
}
