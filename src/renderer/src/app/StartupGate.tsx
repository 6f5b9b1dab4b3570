import { Alert, Center, Loader } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useStartupStatus } from '../api/startup';
import { ShowRecoveryKeyContext, type NewRecoveryKey } from './recovery-key-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { DamagedScreen } from '../features/startup/DamagedScreen';
import { PassphraseScreen } from '../features/startup/PassphraseScreen';
import { RecoveryScreen } from '../features/startup/RecoveryScreen';
import { RecoveryKeySheet } from '../features/startup/RecoveryKeySheet';
import { SetupScreen } from '../features/startup/SetupScreen';
import { StartScreen } from '../features/startup/StartScreen';

/**
 * In front of the whole app: until main says the patient database is open, the screen for
 * what is needed (first-run setup, the clinic passphrase, the recovery key, or a damaged
 * database). The practitioner lock stands behind this, in front of the app itself.
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const status = useStartupStatus();
  /** A new recovery key, shown until the clinic says it is kept safe. */
  const [shown, setShown] = useState<NewRecoveryKey | null>(null);
  const [passphraseForgotten, setPassphraseForgotten] = useState(false);
  const showFirstKey = (recoveryKey: string) => setShown({ recoveryKey });

  if (shown) {
    return (
      <StartScreen title="Print the recovery key" width={560}>
        {shown.notice && (
          <Alert color={shown.notice.color} role="status">
            {shown.notice.text}
          </Alert>
        )}
        <RecoveryKeySheet
          recoveryKey={shown.recoveryKey}
          continueLabel="Continue to Stride Clinic"
          onContinue={() => setShown(null)}
        />
      </StartScreen>
    );
  }
  if (status.error) {
    return (
      <StartScreen title="Stride Clinic could not start">
        <ErrorAlert error={status.error} title="No answer from the app" />
      </StartScreen>
    );
  }
  if (!status.data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Starting Stride Clinic" />
      </Center>
    );
  }
  const state = status.data;
  switch (state.state) {
    case 'needs-setup':
      return (
        <SetupScreen
          keyStore={state.keyStore}
          existingDatabase={state.existingDatabase}
          onRecoveryKey={showFirstKey}
        />
      );
    case 'needs-passphrase':
      return passphraseForgotten ? (
        <RecoveryScreen
          reason="forgotten"
          needsPassphrase
          onBack={() => setPassphraseForgotten(false)}
        />
      ) : (
        <PassphraseScreen onForgotten={() => setPassphraseForgotten(true)} />
      );
    case 'needs-recovery':
      return <RecoveryScreen reason={state.reason} needsPassphrase={state.needsPassphrase} />;
    case 'damaged':
      return <DamagedScreen status={state} />;
    case 'open':
      return (
        <ShowRecoveryKeyContext.Provider value={setShown}>
          {children}
        </ShowRecoveryKeyContext.Provider>
      );
  }
}
