import { Table, Text } from '@mantine/core';
import type { HandoutAction } from '../../../../shared/domain/handout';
import { useHandoutHistory } from '../../api/handouts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { describeDateTime } from '../../format/dates';

const HOW: Record<HandoutAction, string> = {
  saved: 'Saved',
  downloaded: 'Downloaded',
  printed: 'Printed',
};

/** Every handout given from this program: which version, when, how, where, which file. */
export function HandoutHistory({ programId }: { programId: string }) {
  const history = useHandoutHistory(programId);
  const entries = history.data ?? [];
  return (
    <Section title="Handouts given">
      <ErrorAlert error={history.error} title="The list of handouts could not be loaded" />
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          None yet. Each saved, downloaded or printed handout is listed here.
        </Text>
      ) : (
        <Table aria-label="Handouts given" verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>How</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th>Fingerprint</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{describeDateTime(entry.exportedAt)}</Table.Td>
                <Table.Td>{entry.programVersion}</Table.Td>
                <Table.Td>{HOW[entry.action]}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>
                  {entry.path ?? entry.fileName}
                </Table.Td>
                <Table.Td>
                  <Text component="span" ff="monospace" size="xs" title={entry.sha256}>
                    {entry.sha256.slice(0, 12)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
