import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { newPassphraseSchema, type NewPassphrase } from '../../../../shared/domain/database-keys';
import { useSetUp } from '../../api/startup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showServerFieldErrors } from '../../components/server-field-errors';
import { NewPassphraseFields } from './NewPassphraseFields';
import { StartScreen } from './StartScreen';

/** With no key store, the clinic chooses a passphrase that opens the database at each start. */
function PassphraseSetup({ onRecoveryKey }: { onRecoveryKey(key: string): void }) {
  const setUp = useSetUp();
  const form = useForm<NewPassphrase>({
    resolver: zodResolver(newPassphraseSchema),
    defaultValues: { passphrase: '', confirmation: '' },
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) =>
        setUp.mutate(values, {
          onSuccess: ({ recoveryKey }) => onRecoveryKey(recoveryKey),
          onError: (error) => showServerFieldErrors(error, form.setError),
        }),
      )}
    >
      <Stack>
        <Alert color="orange" title="This computer has no secure key store">
          Stride Clinic normally keeps the database key in the computer’s key store (Keychain,
          Windows, GNOME Keyring or KWallet). This computer does not offer one, so the clinic
          chooses a passphrase instead, and types it each time Stride Clinic starts.
        </Alert>
        <ErrorAlert error={setUp.error} title="The database was not set up" />
        <NewPassphraseFields register={form.register} errors={form.formState.errors} />
        <Group justify="flex-end">
          <Button type="submit" loading={setUp.isPending}>
            Set up with this passphrase
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** First run: make the database key; the recovery key is shown next. */
export function SetupScreen({
  keyStore,
  existingDatabase,
  onRecoveryKey,
}: {
  keyStore: 'secure' | 'none';
  existingDatabase: boolean;
  onRecoveryKey(key: string): void;
}) {
  const setUp = useSetUp();
  return (
    <StartScreen title={existingDatabase ? 'Add a recovery key' : 'Set up the patient database'}>
      <Text size="sm">
        {existingDatabase
          ? 'Stride Clinic now gives every clinic a recovery key: a printed key that opens the patient database if this computer’s key store is ever lost. Your records stay as they are.'
          : 'Stride Clinic keeps patient records in an encrypted database on this computer. It makes a key for it now, and a recovery key for the clinic to print and keep.'}
      </Text>
      {keyStore === 'secure' ? (
        <>
          <Text size="sm">
            The database key is kept in this computer’s key store, so nobody has to type anything
            when Stride Clinic starts.
          </Text>
          <ErrorAlert error={setUp.error} title="The database was not set up" />
          <Group justify="flex-end">
            <Button
              loading={setUp.isPending}
              onClick={() =>
                setUp.mutate({}, { onSuccess: ({ recoveryKey }) => onRecoveryKey(recoveryKey) })
              }
            >
              {existingDatabase ? 'Make the recovery key' : 'Set up the database'}
            </Button>
          </Group>
        </>
      ) : (
        <PassphraseSetup onRecoveryKey={onRecoveryKey} />
      )}
    </StartScreen>
  );
}
