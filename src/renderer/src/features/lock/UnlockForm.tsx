import { Button, Loader, NativeSelect, PasswordInput, Stack } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useLockScreenPractitioners, useUnlock } from '../../api/lock';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Choose your name, type your PIN or password. */
export function UnlockForm() {
  const names = useLockScreenPractitioners();
  const unlock = useUnlock();
  const [chosenId, setChosenId] = useState('');
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<{ name?: string; secret?: string }>({});
  const secretInput = useRef<HTMLInputElement>(null);

  const list = names.data ?? [];
  // With one account there is nothing to choose.
  const practitionerId = chosenId || (list.length === 1 ? list[0]!.id : '');
  const chosen = list.find((practitioner) => practitioner.id === practitionerId);
  const what = chosen ? (chosen.secretKind === 'pin' ? 'PIN' : 'Password') : 'PIN or password';

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = {
      name: practitionerId ? undefined : 'Choose your name',
      secret: secret ? undefined : `Enter your ${what === 'Password' ? 'password' : 'PIN'}`,
    };
    setProblem(missing);
    if (missing.name || missing.secret) return;
    unlock.mutate(
      { practitionerId, secret },
      {
        onError: () => {
          setSecret('');
          secretInput.current?.focus();
        },
      },
    );
  }

  if (names.isPending) return <Loader aria-label="Loading the practitioners" />;
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <ErrorAlert error={names.error} title="The practitioners could not be loaded" />
        <ErrorAlert error={unlock.error} title="Not unlocked" />
        <NativeSelect
          label="Your name"
          data={[
            ...(list.length === 1 ? [] : [{ value: '', label: 'Choose…' }]),
            ...list.map((practitioner) => ({ value: practitioner.id, label: practitioner.name })),
          ]}
          value={practitionerId}
          onChange={(event) => {
            setChosenId(event.currentTarget.value);
            unlock.reset();
          }}
          error={problem.name}
          autoFocus={list.length !== 1}
        />
        <PasswordInput
          ref={secretInput}
          label={what}
          value={secret}
          onChange={(event) => setSecret(event.currentTarget.value)}
          autoComplete="current-password"
          inputMode={chosen?.secretKind === 'pin' ? 'numeric' : undefined}
          error={problem.secret}
          autoFocus={list.length === 1}
        />
        <Button type="submit" loading={unlock.isPending}>
          Unlock
        </Button>
      </Stack>
    </form>
  );
}
