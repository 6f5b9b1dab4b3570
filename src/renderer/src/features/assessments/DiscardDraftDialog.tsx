import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';

/** A draft started by mistake can be thrown away, after a plain question. */
export function DiscardDraftDialog(props: {
  opened: boolean;
  onClose(): void;
  onDiscard(): Promise<void>;
}) {
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Discard this draft?" centered>
      <Stack>
        <Text size="sm">The draft assessment and everything recorded in it will be removed.</Text>
        <ErrorAlert error={error} title="Not discarded" />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Keep it
          </Button>
          <Button color="red" onClick={() => void props.onDiscard().catch(setError)}>
            Discard draft
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
