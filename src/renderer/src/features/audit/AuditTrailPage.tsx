import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Pagination,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  AUDIT_PAGE_SIZE,
  useAuditPage,
  useCheckAuditTrail,
  useExportAuditTrail,
} from '../../api/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeDateTime } from '../../format/dates';
import { downloadFile } from '../handouts/download';
import { describeAction, describePatient } from './audit-words';

function CheckResult({ check }: { check: ReturnType<typeof useCheckAuditTrail> }) {
  if (!check.data) return null;
  const { data } = check;
  return (
    <Alert
      color={data.intact ? 'teal' : 'red'}
      title={data.intact ? 'The trail checks out' : 'The trail has been tampered with'}
      role="status"
    >
      {data.message}
      {data.firstBroken &&
        ` (entry ${data.firstBroken.sequence} is dated ${describeDateTime(data.firstBroken.at)}.)`}
    </Alert>
  );
}

function ExportResult({ exported }: { exported: ReturnType<typeof useExportAuditTrail> }) {
  if (exported.data?.kind !== 'saved') return null;
  return (
    <Alert color="teal" role="status" title="Audit trail exported">
      Saved as {exported.data.path}
    </Alert>
  );
}

/**
 * Settings → Audit trail: who viewed, changed, signed, exported, emailed or erased which
 * patient's record, and when, newest first; with the chain check and a CSV export.
 */
export function AuditTrailPage() {
  const [page, setPage] = useState(1);
  const trail = useAuditPage(page);
  const check = useCheckAuditTrail();
  const exported = useExportAuditTrail();
  const pages = Math.max(1, Math.ceil((trail.data?.total ?? 0) / AUDIT_PAGE_SIZE));

  const exportTrail = () =>
    exported.mutate(undefined, {
      onSuccess: (result) => {
        if (result.kind === 'downloaded') {
          downloadFile(new TextEncoder().encode(result.csv), result.fileName, 'text/csv');
        }
      },
    });

  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/settings" size="sm">
        ← Settings
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Audit trail</Title>
          <Text size="sm" c="dimmed">
            Every opening, change, signature, export and email of a patient&apos;s record, and every
            unlock and lock. Entries are never changed or removed; each one is linked to the one
            before, so a changed entry shows up when the trail is checked.
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" loading={check.isPending} onClick={() => check.mutate()}>
            Check the trail
          </Button>
          <Button variant="default" loading={exported.isPending} onClick={exportTrail}>
            Export as CSV
          </Button>
        </Group>
      </Group>
      <CheckResult check={check} />
      <ErrorAlert error={check.error} title="The trail could not be checked" />
      <ExportResult exported={exported} />
      <ErrorAlert error={exported.error} title="The trail was not exported" />
      <ErrorAlert error={trail.error} title="The audit trail could not be loaded" />
      {trail.data === undefined ? (
        !trail.error && <Loader aria-label="Loading the audit trail" />
      ) : (
        <>
          <Table aria-label="Audit trail" striped verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Patient</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trail.data.entries.map((entry) => (
                <Table.Tr key={entry.sequence}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{describeDateTime(entry.at)}</Table.Td>
                  <Table.Td>{entry.practitionerName ?? '—'}</Table.Td>
                  <Table.Td>{describeAction(entry)}</Table.Td>
                  <Table.Td>{describePatient(entry)}</Table.Td>
                  <Table.Td c="dimmed">{entry.note ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {trail.data.total} {trail.data.total === 1 ? 'entry' : 'entries'}, newest first
            </Text>
            {pages > 1 && (
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({
                  'aria-label':
                    control === 'next'
                      ? 'Next page'
                      : control === 'previous'
                        ? 'Previous page'
                        : control,
                })}
                getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
                withEdges={false}
              />
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
