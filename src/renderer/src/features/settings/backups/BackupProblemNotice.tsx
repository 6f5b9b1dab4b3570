import { Alert, Anchor } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useBackupStatus } from '../../../api/backups';

/**
 * Says on every page when the automatic backup failed, until one works again: a clinic should
 * not find out that backups stopped on the day it needs one. Settings shows it there already.
 */
export function BackupProblemNotice() {
  const status = useBackupStatus();
  const location = useLocation();
  const result = status.data?.lastResult;
  if (!result || result.ok || !result.automatic || location.pathname === '/settings') return null;
  return (
    <Alert color="red" role="alert" title="The automatic backup did not work" mb="md">
      {result.problem}{' '}
      <Anchor component={Link} to="/settings" size="sm">
        Backup settings
      </Anchor>
    </Alert>
  );
}
