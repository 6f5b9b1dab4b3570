import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { usePatientSearch } from '../../api/patients';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeBirthDate, describeDate } from '../../format/dates';

export function PatientListPage() {
  const [query, setQuery] = useState('');
  const [archived, setArchived] = useState(false);
  // Search as you type, but wait for a short pause so each keystroke is not a query.
  const [debouncedQuery] = useDebouncedValue(query.trim(), 120);
  const search = usePatientSearch(debouncedQuery, archived);
  // A message from the page the physio came from (a patient was just erased).
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const patients = search.data?.patients ?? [];

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Patients</Title>
        <Button component={Link} to="/patients/new">
          New patient
        </Button>
      </Group>

      {notice && (
        <Alert color="teal" role="status" title="Done">
          {notice}
        </Alert>
      )}

      <TextInput
        label={archived ? 'Search archived patients' : 'Search patients'}
        description="Part of a name, email address or phone number"
        placeholder="e.g. Marta, @example.com, 0412"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        rightSection={search.isFetching ? <Loader size="xs" aria-label="Searching" /> : null}
        type="search"
        maxLength={200}
        autoFocus
      />

      <Switch
        label="Show archived patients"
        description="Archived patients are kept but left out of the list; open one to restore it."
        checked={archived}
        onChange={(event) => setArchived(event.currentTarget.checked)}
      />

      <ErrorAlert error={search.error} title="The patient list could not be loaded" />

      <Paper withBorder radius="md">
        <Table
          highlightOnHover
          verticalSpacing="sm"
          aria-label={archived ? 'Archived patients' : 'Patients'}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Date of birth</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Phone</Table.Th>
              <Table.Th>Last updated</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {patients.map((patient) => (
              <Table.Tr key={patient.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/patients/${patient.id}`} fw={600}>
                    {patient.lastName}, {patient.firstName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{describeBirthDate(patient.dateOfBirth)}</Table.Td>
                <Table.Td>{patient.email ?? '—'}</Table.Td>
                <Table.Td>{patient.phone ?? '—'}</Table.Td>
                <Table.Td>{describeDate(patient.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {search.isSuccess && patients.length === 0 && (
          <Text p="lg" c="dimmed" role="status">
            {archived
              ? debouncedQuery
                ? `No archived patients match "${debouncedQuery}".`
                : 'No archived patients.'
              : debouncedQuery
                ? `No patients match "${debouncedQuery}".`
                : 'No patients yet. Use "New patient" to add the first one.'}
          </Text>
        )}
      </Paper>
      {search.data?.more && (
        <Text size="sm" c="dimmed" role="status">
          Showing the first {patients.length} patients. Type more of a name to narrow the list.
        </Text>
      )}
    </Stack>
  );
}
