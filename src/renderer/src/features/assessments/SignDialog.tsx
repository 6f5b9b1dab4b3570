import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useWorkingPractitioner } from '../../api/lock';
import { ErrorAlert } from '../../components/ErrorAlert';

interface SignDialogProps {
  opened: boolean;
  title: string;
  explanation: string;
  confirmLabel: string;
  /** Amendments say why; finalising does not. */
  askReason: boolean;
  onClose(): void;
  onSign(details: { reason: string }): Promise<unknown>;
}

/**
 * Signing a visit (finalise) or an amendment, as the practitioner who unlocked the app (main
 * signs with that account, whatever the page says); for an amendment, why.
 */
export function SignDialog(props: SignDialogProps) {
  const signer = useWorkingPractitioner();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reasonMissing = props.askReason && reason.trim().length < 3;

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (reasonMissing) return;
          setBusy(true);
          setError(null);
          props
            .onSign({ reason: reason.trim() })
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        <Stack>
          <Text size="sm">{props.explanation}</Text>
          <ErrorAlert error={error} title="Not signed" />
          <Text size="sm">
            Signing as <strong>{signer?.name ?? 'the practitioner who unlocked'}</strong>
            {signer?.profession ? `, ${signer.profession}` : ''}. Not you? Cancel, lock the app and
            unlock as yourself.
          </Text>
          {props.askReason && (
            <Textarea
              data-autofocus
              label="Reason for the amendment"
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              required
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={busy}
              disabled={reasonMissing}
              data-autofocus={!props.askReason || undefined}
            >
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
