import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { lockSettingsSchema, type LockSettings } from '../../../../shared/domain/practitioner';
import { useUpdateLockSettings } from '../../api/practitioners';
import { ErrorAlert } from '../../components/ErrorAlert';

type Values = { idleMinutes: string };

const resolver = zodResolver(lockSettingsSchema) as unknown as Resolver<
  Values,
  unknown,
  LockSettings
>;

/** How long Stride Clinic stays unlocked with nobody using it. */
export function LockSettingsForm({ settings }: { settings: LockSettings }) {
  const update = useUpdateLockSettings();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, LockSettings>({
    resolver,
    defaultValues: { idleMinutes: String(settings.idleMinutes) },
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setSaved(false);
        update.mutate(values, { onSuccess: () => setSaved(true) });
      })}
    >
      <Stack>
        <ErrorAlert error={update.error} title="Not saved" />
        {saved && (
          <Alert color="teal" role="status">
            Saved. Stride Clinic now locks after {update.data?.idleMinutes} minutes without use.
          </Alert>
        )}
        <TextInput
          label="Lock after this many minutes without use"
          description="Between 1 and 120. Shorter is safer where patients can see the screen."
          inputMode="numeric"
          maw={360}
          {...form.register('idleMinutes')}
          error={form.formState.errors.idleMinutes?.message}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            Save lock setting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
