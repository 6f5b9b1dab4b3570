import { exportAuditTrail } from '../audit/audit-export';
import type { Services } from '../services';
import { ConflictError } from '../services/errors';
import type { Handlers } from './router';

type AccountMethods = Extract<
  keyof Handlers,
  | `lock.${string}`
  | `practitioners.${string}`
  | `audit.${string}`
  | 'settings.getLock'
  | 'settings.updateLock'
>;

/** The lock screen, practitioner accounts and the audit trail. */
export function accountHandlers(services: Services): Pick<Handlers, AccountMethods> {
  const { lock, practitioners, audit } = services;
  return {
    'lock.status': () => lock.status(),
    'lock.unlock': ({ practitionerId, secret }) => lock.unlock(practitionerId, secret),
    'lock.lock': () => lock.lockNow(),
    'lock.activity': () => lock.activity(),
    'practitioners.forLockScreen': () => practitioners.forLockScreen(),
    'practitioners.createFirst': ({ practitioner, secret }) =>
      lock.createFirst(practitioner, secret),
    'practitioners.list': () => practitioners.list(),
    'practitioners.create': ({ practitioner, secret }) =>
      practitioners.create(practitioner, secret),
    'practitioners.update': ({ id, practitioner }) => practitioners.update(id, practitioner),
    'practitioners.changeSecret': ({ id, secret }) => practitioners.changeSecret(id, secret),
    'practitioners.setActive': ({ id, active }) => {
      if (!active && lock.current()?.id === id) {
        throw new ConflictError(
          'You cannot deactivate your own account while you are using it. Ask a colleague to do it.',
        );
      }
      return practitioners.setActive(id, active);
    },
    'settings.getLock': () => lock.settings(),
    'settings.updateLock': ({ settings }) => lock.updateSettings(settings),
    'audit.list': ({ page, pageSize }) => audit.list(page, pageSize),
    'audit.check': () => audit.check(),
    'audit.export': () => exportAuditTrail(audit, services.clock, services.folderDialog),
  };
}
