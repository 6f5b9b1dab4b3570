import { Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { StartupStatus } from '../../../../shared/domain/database-keys';
import { useRestoreLatestBackup } from '../../api/startup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeDateTime } from '../../format/dates';
import { StartScreen } from './StartScreen';

type Damaged = Extract<StartupStatus, { state: 'damaged' }>;

/**
 * The database did not pass its start-up check (or cannot be read): what happened, that
 * nothing was written, and the newest backup that passes its own check, to put in its place.
 */
export function DamagedScreen({ status }: { status: Damaged }) {
  const restore = useRestoreLatestBackup();
  const [confirming, setConfirming] = useState(false);
  const backup = status.latestGoodBackup;
  return (
    <StartScreen title="The patient database needs attention" width={620}>
      <Alert color="red" title="Stride Clinic stopped before opening the database">
        {status.message}
      </Alert>
      {backup ? (
        <Stack gap="xs">
          <Text size="sm">
            The newest backup that opens with the clinic’s key and passes its own check was taken on{' '}
            <strong>{describeDateTime(backup.takenAt)}</strong>. Restoring it puts it in place of
            the damaged file, which is kept aside (not deleted) in the data folder. Anything
            recorded after the backup was taken is not in it.
          </Text>
          <ErrorAlert error={restore.error} title="The backup was not restored" />
          <Group justify="flex-end">
            {confirming ? (
              <>
                <Button variant="default" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
                <Button color="red" loading={restore.isPending} onClick={() => restore.mutate()}>
                  Yes, restore this backup
                </Button>
              </>
            ) : (
              <Button onClick={() => setConfirming(true)}>Restore the latest good backup</Button>
            )}
          </Group>
        </Stack>
      ) : (
        <Text size="sm">
          No backup was found that opens with the clinic’s key and passes its check. Ask your IT
          support to look at the files below before anything else is done with them.
        </Text>
      )}
      <List size="sm" spacing={4}>
        <List.Item>
          Data folder: <Code>{status.dataDirectory}</Code>
        </List.Item>
        <List.Item>
          Backups: <Code>{status.backupFolder}</Code>
        </List.Item>
      </List>
    </StartScreen>
  );
}
