import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Loader, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  changePassphraseInputSchema,
  type ChangePassphraseInput,
  type KeyProtection,
} from '../../../../shared/domain/database-keys';
import { useChangePassphrase, useRotateKey, useStartupStatus } from '../../api/startup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showServerFieldErrors } from '../../components/server-field-errors';
import { useShowRecoveryKey } from '../../app/recovery-key-context';
import { NewPassphraseFields } from '../startup/NewPassphraseFields';

const HOW_KEPT: Record<KeyProtection, string> = {
  'key-store':
    'The patient database is encrypted. Its key is kept in this computer’s key store, and the clinic’s printed recovery key opens it if the key store is ever lost.',
  passphrase:
    'The patient database is encrypted. This computer has no secure key store, so its key is kept under the clinic passphrase; the printed recovery key opens it if the passphrase is forgotten.',
  'given-key':
    'This browser preview uses a demo key kept beside its data, so its key cannot be changed here. Real patient records belong in the desktop app.',
};

/** A new database key and recovery key; in passphrase mode the passphrase is asked first. */
function ChangeKey({ protection }: { protection: KeyProtection }) {
  const rotate = useRotateKey();
  const showRecoveryKey = useShowRecoveryKey();
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  return (
    <>
      <Group>
        <Button variant="default" onClick={() => setAsking(true)}>
          Change the database key
        </Button>
      </Group>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title="Change the database key?"
        size="lg"
      >
        <Stack>
          <Text size="sm">
            Stride Clinic re-encrypts the patient database under a new key and gives you a new
            recovery key to print. The recovery key you have now stops working.
          </Text>
          <Alert color="yellow">
            Backups made before the change can be opened only with the old key, which is not kept. A
            new backup is made straight after the change.
          </Alert>
          {protection === 'passphrase' && (
            <PasswordInput
              label="Clinic passphrase"
              autoComplete="current-password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
            />
          )}
          <ErrorAlert error={rotate.error} title="The key was not changed" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              Cancel
            </Button>
            <Button
              loading={rotate.isPending}
              onClick={() =>
                rotate.mutate(protection === 'passphrase' ? passphrase : undefined, {
                  onSuccess: ({ recoveryKey, backedUp }) => {
                    setAsking(false);
                    setPassphrase('');
                    showRecoveryKey({
                      recoveryKey,
                      notice: backedUp
                        ? {
                            color: 'teal',
                            text: 'The database key was changed, and a backup under the new key was made.',
                          }
                        : {
                            color: 'orange',
                            text: 'The database key was changed, but the backup after it did not work. Make one in Settings → Backups.',
                          },
                    });
                  },
                })
              }
            >
              Change the key
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function ChangePassphraseForm() {
  const change = useChangePassphrase();
  const [changed, setChanged] = useState(false);
  const form = useForm<ChangePassphraseInput>({
    resolver: zodResolver(changePassphraseInputSchema),
    defaultValues: { currentPassphrase: '', passphrase: '', confirmation: '' },
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setChanged(false);
        change.mutate(values, {
          onSuccess: () => {
            setChanged(true);
            form.reset();
          },
          onError: (error) => showServerFieldErrors(error, form.setError),
        });
      })}
    >
      <Stack>
        <ErrorAlert error={change.error} title="The passphrase was not changed" />
        {changed && (
          <Alert color="teal" role="status">
            The clinic passphrase was changed. Use the new one from the next start.
          </Alert>
        )}
        <PasswordInput
          label="Current clinic passphrase"
          autoComplete="current-password"
          {...form.register('currentPassphrase')}
          error={form.formState.errors.currentPassphrase?.message}
        />
        <NewPassphraseFields
          register={form.register}
          errors={form.formState.errors}
          label="New clinic passphrase"
        />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            Change the passphrase
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Settings → Security: how the database key is kept, and changing it. */
export function SecuritySettings() {
  const status = useStartupStatus();
  if (status.error) return <ErrorAlert error={status.error} title="Security could not be loaded" />;
  if (status.data?.state !== 'open') return <Loader aria-label="Loading security" />;
  const { protection } = status.data;
  return (
    <Stack>
      <Text size="sm">{HOW_KEPT[protection]}</Text>
      {protection !== 'given-key' && <ChangeKey protection={protection} />}
      {protection === 'passphrase' && <ChangePassphraseForm />}
    </Stack>
  );
}
