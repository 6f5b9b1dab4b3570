import { Alert, Button, Code, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import type { Backup, BackupStatus } from '../../../../../shared/domain/backups';
import { useCheckBackup, useRestoreBackup } from '../../../api/backups';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { describeDateTime } from '../../../format/dates';

/**
 * "Restore from backup": the backup is checked first (it must open with the clinic's key and
 * pass SQLite's integrity check), and only a good one can be restored, after the physio has
 * read what it replaces.
 */
export function RestoreBackupDialog(props: {
  backup: Backup | null;
  status: BackupStatus;
  onClose(): void;
}) {
  const { backup, status } = props;
  const check = useCheckBackup(backup?.fileName ?? null);
  const restore = useRestoreBackup();
  const taken = backup ? describeDateTime(backup.takenAt) : '';

  function close() {
    restore.reset();
    props.onClose();
  }

  if (restore.data) {
    return (
      <Modal opened={backup !== null} onClose={close} title="Restore from backup" centered>
        <Stack>
          {restore.data.restarting ? (
            <Alert color="teal" role="status" title="Restarting">
              Stride Clinic is restarting onto the backup of {taken}.
            </Alert>
          ) : (
            <Alert color="teal" role="status" title="The restore is ready">
              The backup of {taken} was checked and copied into the data folder. The browser preview
              cannot restart itself: stop it and start it again, and it opens the restored database.
              Anything saved until then stays only in the database that is replaced.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={close}>Close</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  const result = check.data;
  return (
    <Modal
      opened={backup !== null}
      onClose={close}
      title={`Restore the backup of ${taken}?`}
      centered
      size="lg"
    >
      <Stack>
        {check.isPending && (
          <Group gap="xs" role="status">
            <Loader size="sm" aria-hidden />
            <Text size="sm">Checking the backup: opening it with the clinic&apos;s key…</Text>
          </Group>
        )}
        <ErrorAlert error={check.error} title="The backup could not be checked" />
        {result && !result.ok && (
          <Alert color="red" role="alert" title="This backup cannot be restored">
            {result.reason}
          </Alert>
        )}
        {result?.ok && (
          <>
            <Alert color="teal" role="status" title="The backup is good">
              It opens with the clinic&apos;s key and passed the integrity check. It holds{' '}
              {result.patients === 1 ? '1 patient' : `${result.patients} patients`}.
            </Alert>
            <Text size="sm">Restoring it:</Text>
            <List size="sm" spacing={2}>
              <List.Item>
                replaces the patient database with the backup, as it was on {taken};
              </List.Item>
              <List.Item>
                leaves out everything saved since then (visits, programs, patients, emails);
              </List.Item>
              <List.Item>
                keeps the current database whole (it is not deleted), in the folder{' '}
                <Code>{status.replacedFolder}</Code>
              </List.Item>
              <List.Item>
                {status.canRestart
                  ? 'restarts Stride Clinic straight away.'
                  : 'takes effect the next time the browser preview starts (it cannot restart itself).'}
              </List.Item>
            </List>
          </>
        )}
        <ErrorAlert error={restore.error} title="Nothing was restored" />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Keep the current database
          </Button>
          <Button
            color="red"
            disabled={!result?.ok}
            loading={restore.isPending}
            onClick={() => backup && restore.mutate(backup.fileName)}
          >
            {status.canRestart ? 'Restore and restart' : 'Restore this backup'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
