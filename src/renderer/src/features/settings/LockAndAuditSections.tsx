import { Anchor, Loader, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useLockSettings } from '../../api/practitioners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { LockSettingsForm } from './LockSettingsForm';

/** Settings → Locking and Settings → Audit trail. */
export function LockAndAuditSections() {
  const lock = useLockSettings();
  return (
    <>
      <Section
        title="Locking"
        description="Stride Clinic locks itself when nobody has used it for a while, and whenever someone presses Lock."
      >
        <ErrorAlert error={lock.error} title="The lock setting could not be loaded" />
        {lock.data ? (
          <LockSettingsForm settings={lock.data} />
        ) : (
          !lock.error && <Loader aria-label="Loading the lock setting" />
        )}
      </Section>
      <Section title="Audit trail">
        <Text size="sm" mb="xs">
          Who opened, changed, signed, exported, emailed or erased which patient&apos;s record, and
          when; with a check that no entry was changed afterwards.
        </Text>
        <Anchor component={Link} to="/settings/audit-trail" size="sm">
          Open the audit trail
        </Anchor>
      </Section>
    </>
  );
}
