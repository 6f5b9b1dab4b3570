import { Alert, Button, Checkbox, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import './recovery-key-print.css';

/** Prints the sheet alone: the body's class switches the print rules on for this print only. */
function printRecoveryKey(): void {
  document.body.classList.add('printing-recovery-key');
  window.addEventListener(
    'afterprint',
    () => document.body.classList.remove('printing-recovery-key'),
    { once: true },
  );
  window.print();
}

/** What goes on paper: the key and what it is for, without the app around it. */
function PrintedSheet({ recoveryKey }: { recoveryKey: string }) {
  return createPortal(
    <div className="recovery-key-print" aria-hidden="true">
      <h1>Stride Clinic recovery key</h1>
      <p>
        This key opens the clinic’s patient database when the computer’s key store cannot (a reset
        keychain, another user account) or the clinic passphrase is forgotten. Keep this sheet
        somewhere safe, away from the computer.
      </p>
      <p className="recovery-key-printed">{recoveryKey}</p>
      <p>
        Printed on {new Date().toLocaleDateString()}. Changing the key in Settings → Security gives
        a new recovery key and makes this one useless.
      </p>
    </div>,
    document.body,
  );
}

/**
 * A recovery key, shown this once: to print or write down, and a confirmation that it is kept
 * safe before the physio goes on. Stride Clinic keeps no copy it could show again.
 */
export function RecoveryKeySheet({
  recoveryKey,
  continueLabel,
  onContinue,
}: {
  recoveryKey: string;
  continueLabel: string;
  onContinue(): void;
}) {
  const [stored, setStored] = useState(false);
  return (
    <Stack>
      <Text size="sm">
        If this computer’s key store is reset, the clinic moves to another user account, or the
        clinic passphrase is forgotten, this key is the only way to open the patient database.
      </Text>
      <Code block fz="xl" ta="center" fw={700} aria-label="Recovery key" data-testid="recovery-key">
        {recoveryKey}
      </Code>
      <Alert color="yellow" title="Shown only this once">
        Stride Clinic does not keep the recovery key, so nobody can show it again once you go on.
        Keep it on paper, somewhere safe and away from this computer.
      </Alert>
      <Group>
        <Button variant="default" onClick={printRecoveryKey}>
          Print the recovery key
        </Button>
      </Group>
      <Checkbox
        checked={stored}
        onChange={(event) => setStored(event.currentTarget.checked)}
        label="I have printed or written down the recovery key and put it somewhere safe"
      />
      <Group justify="flex-end">
        <Button disabled={!stored} onClick={onContinue}>
          {continueLabel}
        </Button>
      </Group>
      <PrintedSheet recoveryKey={recoveryKey} />
    </Stack>
  );
}
