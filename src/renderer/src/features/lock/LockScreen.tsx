import { Badge, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { LockState } from '../../../../shared/domain/practitioner';
import { useCreateFirstPractitioner } from '../../api/lock';
import { NewPractitionerForm } from './NewPractitionerForm';
import { UnlockForm } from './UnlockForm';

/** The first run: no account yet, so the first practitioner makes theirs and starts working. */
function FirstPractitioner() {
  const create = useCreateFirstPractitioner();
  return (
    <>
      <Title order={2} size="h3">
        Set up your practitioner account
      </Title>
      <Text size="sm">
        Stride Clinic locks when nobody is using it, and each practitioner unlocks it with their own
        PIN or password. Your name goes on the assessments you sign. You can add your colleagues
        afterwards in Settings.
      </Text>
      <NewPractitionerForm
        submitLabel="Create account and start"
        error={create.error}
        busy={create.isPending}
        onSubmit={(values) => create.mutateAsync(values)}
      />
    </>
  );
}

/** Shown instead of the whole app while it is locked: nothing of any patient is on screen. */
export function LockScreen({ state }: { state: LockState }) {
  return (
    <Center component="main" mih="100vh" p="lg" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={440} maw="100%">
        <Stack>
          <div>
            <Title order={1} size="h2">
              Stride Clinic
            </Title>
            {state.anyPractitioner && (
              <Badge variant="light" color="gray" mt={4}>
                Locked
              </Badge>
            )}
          </div>
          {state.anyPractitioner ? (
            <>
              <Title order={2} size="h3">
                Unlock to carry on
              </Title>
              <UnlockForm />
            </>
          ) : (
            <FirstPractitioner />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
