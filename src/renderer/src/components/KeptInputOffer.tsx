import { Alert, Button, Group, Text } from '@mantine/core';
import { describeDateTime } from '../format/dates';

/** Offers back what the physio typed earlier but did not save (see useKeptInput). */
export function KeptInputOffer(props: {
  offer: { savedAt: string } | null;
  restore(): void;
  forget(): Promise<void>;
}) {
  if (!props.offer) return null;
  return (
    <Alert color="blue" title="Unsaved changes were kept" role="status">
      <Group justify="space-between">
        <Text size="sm">
          What you typed on {describeDateTime(props.offer.savedAt)} was not saved. Restore it?
        </Text>
        <Group gap="xs">
          <Button size="xs" onClick={props.restore}>
            Restore
          </Button>
          <Button size="xs" variant="default" onClick={() => void props.forget()}>
            Discard
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
