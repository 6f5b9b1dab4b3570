import { Button, Table, Text } from '@mantine/core';
import { BACKUP_KIND_LABELS, type Backup } from '../../../../../shared/domain/backups';
import { describeDateTime } from '../../../format/dates';
import { describeSize } from '../../../format/sizes';

/** The backups in the folder, newest first, each with "Restore…". */
export function BackupList(props: { backups: Backup[]; onRestore(backup: Backup): void }) {
  if (props.backups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No backups in this folder yet.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520} maxHeight={360}>
      <Table striped highlightOnHover stickyHeader aria-label="Backups">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Taken</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              Size
            </Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">Action</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.backups.map((backup) => {
            const taken = describeDateTime(backup.takenAt);
            return (
              <Table.Tr key={backup.fileName}>
                <Table.Td>{taken}</Table.Td>
                <Table.Td>{BACKUP_KIND_LABELS[backup.kind]}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{describeSize(backup.sizeBytes)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-label={`Restore the backup of ${taken}`}
                    onClick={() => props.onRestore(backup)}
                  >
                    Restore…
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
