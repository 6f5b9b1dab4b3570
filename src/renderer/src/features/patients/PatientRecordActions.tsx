import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Patient } from '../../../../shared/domain/patient';
import { useArchivePatient } from '../../api/patient-record';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeDate } from '../../format/dates';
import { ErasePatientDialog } from './ErasePatientDialog';
import { useRecordExport } from './useRecordExport';

/**
 * What the patient may ask of their record: a copy of everything kept (export), to leave
 * the list while the record is kept (archive, undone by "Restore to list"), or erasure.
 */
export function PatientRecordActions({ patient }: { patient: Patient }) {
  const archive = useArchivePatient(patient);
  const exporter = useRecordExport(patient.id);
  const [erasing, setErasing] = useState(false);
  const archived = patient.archivedAt !== null;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="patient-record-heading">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={3} size="h4" id="patient-record-heading">
            Patient record
          </Title>
          {archived && (
            <Badge color="gray" variant="filled">
              Archived
            </Badge>
          )}
        </Group>
        <Text size="sm" c={archived ? undefined : 'dimmed'}>
          {archived
            ? `Archived on ${describeDate(patient.archivedAt)}: this patient is not in the patient list or search. Everything in the record is kept.`
            : 'A copy of everything kept about this patient, for them or for another clinic; or take them out of the patient list, or erase the record.'}
        </Text>
        <Group gap="sm">
          <Button onClick={exporter.run} loading={exporter.pending}>
            Export patient record
          </Button>
          <Button
            variant="default"
            loading={archive.isPending}
            onClick={() => archive.mutate(!archived)}
          >
            {archived ? 'Restore to list' : 'Archive patient'}
          </Button>
          <Button color="red" variant="light" onClick={() => setErasing(true)}>
            Erase patient…
          </Button>
        </Group>
        {exporter.done && (
          <Text size="sm" role="status">
            {exporter.done}
          </Text>
        )}
        <ErrorAlert error={exporter.error} title="The record was not exported" />
        <ErrorAlert
          error={archive.error}
          title={archived ? 'The patient was not restored' : 'The patient was not archived'}
        />
      </Stack>
      <ErasePatientDialog patient={patient} opened={erasing} onClose={() => setErasing(false)} />
    </Paper>
  );
}
