import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePatientPrograms } from '../../api/programs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeDateTime } from '../../format/dates';

/** The patient's home programs, most recently changed first. */
export function PatientPrograms({ patientId }: { patientId: string }) {
  const programs = usePatientPrograms(patientId);
  const list = programs.data ?? [];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="programs-heading">
      <Title order={3} size="h4" id="programs-heading" mb="md">
        Home programs
      </Title>
      <ErrorAlert error={programs.error} title="Programs could not be loaded" />
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          No programs yet. Finalise an assessment, then choose “Build program”.
        </Text>
      ) : (
        <Table aria-label="Home programs" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Program</Table.Th>
              <Table.Th>Exercises</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>Last saved</Table.Th>
              <Table.Th>Handout</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((program) => (
              <Table.Tr key={program.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/patients/${patientId}/programs/${program.id}`}>
                    {program.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{program.exerciseCount}</Table.Td>
                <Table.Td>{program.latestVersion}</Table.Td>
                <Table.Td>{describeDateTime(program.updatedAt)}</Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/patients/${patientId}/programs/${program.id}/handout`}
                    aria-label={`Handout (PDF) for ${program.title}`}
                  >
                    Handout (PDF)
                  </Anchor>
                  <Anchor
                    component={Link}
                    to={`/patients/${patientId}/programs/${program.id}/handout?email=1`}
                    aria-label={`Email to patient: ${program.title}`}
                    ml="md"
                  >
                    Email to patient
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
