import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { backupFolderInputSchema, type BackupStatus } from '../../../../../shared/domain/backups';
import { useChooseBackupFolder, useSetBackupFolder } from '../../../api/backups';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { showServerFieldErrors } from '../../../components/server-field-errors';

const typedFolderSchema = z.object({ folder: backupFolderInputSchema });
type TypedFolder = z.input<typeof typedFolderSchema>;

/**
 * Where backups go. The desktop app opens the system's folder dialog (a second disk or a
 * network share); the browser preview has none, so there the path is typed.
 */
export function BackupFolderControls({ status }: { status: BackupStatus }) {
  const choose = useChooseBackupFolder();
  const setFolder = useSetBackupFolder();
  const form = useForm<TypedFolder>({
    resolver: zodResolver(typedFolderSchema),
    defaultValues: { folder: '' },
  });

  const submitTyped = form.handleSubmit(async ({ folder }) => {
    choose.reset();
    try {
      await setFolder.mutateAsync(folder);
      form.reset({ folder: '' });
    } catch (error) {
      showServerFieldErrors(error, form.setError, ['folder']);
    }
  });

  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500}>
          Backup folder
        </Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code style={{ wordBreak: 'break-all' }}>{status.folder}</Code>
          {status.usesDefaultFolder && (
            <Badge variant="light" color="gray">
              Default
            </Badge>
          )}
        </Group>
        {status.usesDefaultFolder && (
          <Text size="sm" c="dimmed" mt={4}>
            This folder is on the same disk as the patient database. A second disk or a network
            share keeps the backups if this computer&apos;s disk fails or the computer is stolen.
          </Text>
        )}
      </div>

      {status.canChooseFolder ? (
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => {
              setFolder.reset();
              choose.mutate();
            }}
            loading={choose.isPending}
          >
            Choose backup folder…
          </Button>
          {!status.usesDefaultFolder && (
            <Button
              variant="subtle"
              onClick={() => setFolder.mutate(null)}
              loading={setFolder.isPending}
            >
              Use the default folder
            </Button>
          )}
        </Group>
      ) : (
        <form noValidate aria-label="Backup folder" onSubmit={(event) => void submitTyped(event)}>
          <Group align="flex-end" gap="xs">
            <TextInput
              label="Use another folder"
              description="The browser preview cannot open a folder dialog: type the whole path of a folder that already exists."
              placeholder="/Volumes/Backup disk/Stride Clinic"
              autoComplete="off"
              spellCheck={false}
              style={{ flex: 1 }}
              {...form.register('folder')}
              error={form.formState.errors.folder?.message}
            />
            <Button type="submit" variant="default" loading={setFolder.isPending}>
              Use this folder
            </Button>
          </Group>
          {!status.usesDefaultFolder && (
            <Button
              variant="subtle"
              mt="xs"
              onClick={() => setFolder.mutate(null)}
              loading={setFolder.isPending}
            >
              Use the default folder
            </Button>
          )}
        </form>
      )}
      <ErrorAlert error={choose.error} title="The backup folder was not changed" />
      {!form.formState.errors.folder && (
        <ErrorAlert error={setFolder.error} title="The backup folder was not changed" />
      )}
    </Stack>
  );
}
