import { basename } from 'node:path';
import type { Handlers } from '../ipc/router';
import type { Services } from '../services';
import type { OpenedApp } from './startup-gate';

/**
 * The app on a database just opened, as the desktop app and the preview run it: emails waiting
 * from before go as soon as they can, the daily backup is kept, and the practitioner lock
 * answers for every call. Stopping waits for an email being sent and for a backup being
 * written.
 */
export function runningApp(services: Services, handlers: Handlers): OpenedApp {
  services.outbox.start();
  services.dailyBackups.start();
  return {
    handlers,
    refuse: (method) => services.lock.refusal(method),
    handOver: () => services.lock.handOver(),
    takeOver: (working, note) => services.lock.takeOver(working, note),
    recordRestore: (replacedFolder) =>
      services.audit.record({
        actor: null,
        action: 'restored',
        subject: 'patient database, from a backup',
        note: replacedFolder
          ? `the database it replaced is kept in replaced-databases/${basename(replacedFolder)}`
          : null,
      }),
    async close() {
      services.dailyBackups.stop();
      await Promise.all([services.outbox.stop(), services.backups.finishWriting()]);
    },
  };
}
