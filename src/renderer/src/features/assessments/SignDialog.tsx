import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';

interface SignDialogProps {
  opened: boolean;
  title: string;
  explanation: string;
  confirmLabel: string;
  /** Amendments say why; finalising does not. */
  askReason: boolean;
  onClose(): void;
  onSign(details: { signedBy: string; reason: string }): Promise<unknown>;
}

/** Signing a visit (finalise) or an amendment: who signs, and for an amendment, why. */
export function SignDialog(props: SignDialogProps) {
  const [signedBy, setSignedBy] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const nameMissing = signedBy.trim().length < 2;
  const reasonMissing = props.askReason && reason.trim().length < 3;

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (nameMissing || reasonMissing) return;
          setBusy(true);
          setError(null);
          props
            .onSign({ signedBy: signedBy.trim(), reason: reason.trim() })
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        <Stack>
          <Text size="sm">{props.explanation}</Text>
          <ErrorAlert error={error} title="Not signed" />
          <TextInput
            label="Practitioner signing"
            placeholder="Full name"
            value={signedBy}
            onChange={(event) => setSignedBy(event.currentTarget.value)}
            data-autofocus
            required
          />
          {props.askReason && (
            <Textarea
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
            <Button type="submit" loading={busy} disabled={nameMissing || reasonMissing}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
