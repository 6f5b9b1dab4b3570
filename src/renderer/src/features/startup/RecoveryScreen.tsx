import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  newPassphraseSchema,
  recoveryKeyTextSchema,
} from '../../../../shared/domain/database-keys';
import { useRecover } from '../../api/startup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showServerFieldErrors } from '../../components/server-field-errors';
import { NewPassphraseFields } from './NewPassphraseFields';
import { StartScreen } from './StartScreen';

type RecoveryValues = { recoveryKey: string; passphrase?: string; confirmation?: string };

const keyOnly = z.object({ recoveryKey: recoveryKeyTextSchema });
const keyAndPassphrase = z.object({ recoveryKey: recoveryKeyTextSchema }).and(newPassphraseSchema);

const WHY: Record<string, string> = {
  'key-store-cannot-unwrap':
    'This computer’s key store could not open the database key. That happens after the keychain or key store is reset, or when Stride Clinic runs under another user account.',
  'key-store-unavailable':
    'The database key was kept in a key store that this computer does not offer now (for example, a Linux desktop started without its keyring).',
  forgotten: 'Without the clinic passphrase, the recovery key opens the database.',
};

/**
 * The recovery key opens the database; afterwards this computer's key store keeps the key
 * again (or a new clinic passphrase does, where there is no key store).
 */
export function RecoveryScreen({
  reason,
  needsPassphrase,
  onBack,
}: {
  reason: keyof typeof WHY;
  needsPassphrase: boolean;
  onBack?(): void;
}) {
  const recover = useRecover();
  const form = useForm<RecoveryValues>({
    resolver: zodResolver(needsPassphrase ? keyAndPassphrase : keyOnly),
    defaultValues: needsPassphrase
      ? { recoveryKey: '', passphrase: '', confirmation: '' }
      : { recoveryKey: '' },
  });
  const errors = form.formState.errors;
  return (
    <StartScreen title="Open with the recovery key">
      <Alert color="orange">{WHY[reason]}</Alert>
      <Text size="sm">
        Type the recovery key the clinic printed when Stride Clinic was set up (or after its last
        key change). Dashes and capitals do not matter.
      </Text>
      <form
        noValidate
        onSubmit={form.handleSubmit((values) =>
          recover.mutate(values, {
            onError: (error) => showServerFieldErrors(error, form.setError),
          }),
        )}
      >
        <Stack>
          <ErrorAlert error={recover.error} title="The database did not open" />
          <TextInput
            label="Recovery key"
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.register('recoveryKey')}
            error={errors.recoveryKey?.message}
          />
          {needsPassphrase && (
            <>
              <Text size="sm">
                This computer has no secure key store, so choose a clinic passphrase that will open
                the database from now on.
              </Text>
              <NewPassphraseFields
                register={form.register}
                errors={errors}
                label="New clinic passphrase"
              />
            </>
          )}
          <Group justify={onBack ? 'space-between' : 'flex-end'}>
            {onBack && (
              <Anchor component="button" type="button" size="sm" onClick={onBack}>
                Back to the passphrase
              </Anchor>
            )}
            <Button type="submit" loading={recover.isPending}>
              Open the database
            </Button>
          </Group>
        </Stack>
      </form>
    </StartScreen>
  );
}
