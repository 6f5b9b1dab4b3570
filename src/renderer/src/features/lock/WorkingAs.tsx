import { Button, Group, Text } from '@mantine/core';
import { useLockNow, useWorkingPractitioner } from '../../api/lock';

/** The header's "who is working" and the Lock button. */
export function WorkingAs() {
  const practitioner = useWorkingPractitioner();
  const lockNow = useLockNow();
  if (!practitioner) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          Working:{' '}
        </Text>
        {practitioner.name}
      </Text>
      <Button
        size="compact-sm"
        variant="default"
        loading={lockNow.isPending}
        onClick={() => lockNow.mutate()}
        title="Lock Stride Clinic now; unlocking needs a PIN or password"
      >
        Lock
      </Button>
    </Group>
  );
}
