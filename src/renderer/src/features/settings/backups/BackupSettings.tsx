import { Alert, Button, Code, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  BACKUP_KIND_LABELS,
  type Backup,
  type BackupResult,
  type BackupStatus,
} from '../../../../../shared/domain/backups';
import { useBackupStatus, useBackUpNow, useCancelRestore } from '../../../api/backups';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { describeDateTime } from '../../../format/dates';
import { describeSize } from '../../../format/sizes';
import { BackupFolderControls } from './BackupFolderControls';
import { BackupList } from './BackupList';
import { RestoreBackupDialog } from './RestoreBackupDialog';

function LastResult({ result }: { result: BackupResult | null }) {
  if (!result) return null;
  if (result.ok) {
    return (
      <Alert color="teal" role="status" title="Last backup made">
        {describeDateTime(result.at)}: {BACKUP_KIND_LABELS[result.backup.kind].toLowerCase()},{' '}
        {describeSize(result.backup.sizeBytes)}.
      </Alert>
    );
  }
  return (
    <Alert color="red" role="alert" title={`The backup at ${describeDateTime(result.at)} failed`}>
      {result.problem}
    </Alert>
  );
}

/**
 * A backup is written in the background: on a large database it takes minutes, and the rest
 * of the app can be used meanwhile.
 */
function BackupBeingWritten({ writing }: { writing: NonNullable<BackupStatus['writing']> }) {
  return (
    <Alert color="blue" role="status" title="A backup is being written">
      {writing.automatic ? 'The daily backup' : 'The backup you asked for'} started at{' '}
      {describeDateTime(writing.startedAt)}. On a large database it takes a few minutes; you can go
      on working meanwhile. It appears in the list below when it is finished.
    </Alert>
  );
}

/** Settings → Backups: the folder, "Back up now", the list, and restoring one. */
export function BackupSettings() {
  const status = useBackupStatus();
  const backUpNow = useBackUpNow();
  const cancelRestore = useCancelRestore();
  const [restoring, setRestoring] = useState<Backup | null>(null);

  if (!status.data) {
    return status.error ? (
      <ErrorAlert error={status.error} title="Backups could not be listed" />
    ) : (
      <Loader aria-label="Loading backups" />
    );
  }
  const current = status.data;
  // The page's own request counts too: the status may not have been looked at since.
  const writing =
    current.writing ??
    (backUpNow.isPending
      ? { startedAt: new Date(backUpNow.submittedAt).toISOString(), automatic: false }
      : null);
  return (
    <Stack>
      <BackupFolderControls status={current} />
      {current.folderProblem && (
        <Alert color="red" role="alert" title="The backup folder cannot be read">
          {current.folderProblem}
        </Alert>
      )}
      {current.restoreWaiting && (
        <Alert color="orange" role="status" title="A restore is waiting">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              A checked backup waits in the data folder.{' '}
              {current.canRestart
                ? 'It replaces the patient database the next time Stride Clinic starts.'
                : 'It replaces the patient database the next time the browser preview starts: the preview cannot restart itself, so stop it and start it again.'}{' '}
              Anything saved until then stays only in the database it replaces, which is kept in{' '}
              <Code>{current.replacedFolder}</Code>
            </Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => cancelRestore.mutate()}
              loading={cancelRestore.isPending}
            >
              Cancel the restore
            </Button>
          </Stack>
        </Alert>
      )}
      <ErrorAlert error={cancelRestore.error} title="The restore was not cancelled" />
      {writing ? (
        <BackupBeingWritten writing={writing} />
      ) : (
        <LastResult result={current.lastResult} />
      )}
      <ErrorAlert error={backUpNow.error} title="No backup was made" />
      <Group justify="space-between">
        <Title order={4} size="h5">
          Backups in the folder
        </Title>
        <Button onClick={() => backUpNow.mutate()} loading={writing !== null}>
          Back up now
        </Button>
      </Group>
      <BackupList backups={current.backups} onRestore={setRestoring} />
      <Text size="xs" c="dimmed">
        Kept: the last 7 daily backups, one a week for 4 weeks, one a month for 12 months, and the 3
        latest taken before an update. Backups made with &quot;Back up now&quot; are kept until you
        remove them.
      </Text>
      <RestoreBackupDialog backup={restoring} status={current} onClose={() => setRestoring(null)} />
    </Stack>
  );
}
