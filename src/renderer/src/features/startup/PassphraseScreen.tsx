import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { enteredPassphraseSchema } from '../../../../shared/domain/database-keys';
import { useUnlockDatabase } from '../../api/startup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StartScreen } from './StartScreen';

const unlockSchema = z.object({ passphrase: enteredPassphraseSchema });

/** Passphrase mode: the clinic passphrase opens the database at each start. */
export function PassphraseScreen({ onForgotten }: { onForgotten(): void }) {
  const unlock = useUnlockDatabase();
  const form = useForm<{ passphrase: string }>({
    resolver: zodResolver(unlockSchema),
    defaultValues: { passphrase: '' },
  });
  return (
    <StartScreen title="Open the patient database">
      <Text size="sm">
        This computer has no secure key store, so the patient database opens with the clinic
        passphrase.
      </Text>
      <form noValidate onSubmit={form.handleSubmit(({ passphrase }) => unlock.mutate(passphrase))}>
        <Stack>
          <ErrorAlert error={unlock.error} title="The database did not open" />
          <PasswordInput
            label="Clinic passphrase"
            autoComplete="current-password"
            data-autofocus
            {...form.register('passphrase')}
            error={form.formState.errors.passphrase?.message}
          />
          <Group justify="space-between">
            <Anchor component="button" type="button" size="sm" onClick={onForgotten}>
              Forgotten the passphrase? Use the recovery key
            </Anchor>
            <Button type="submit" loading={unlock.isPending}>
              Open
            </Button>
          </Group>
        </Stack>
      </form>
    </StartScreen>
  );
}
