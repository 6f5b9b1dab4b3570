import { IPC_METHODS } from '../../shared/ipc/methods';
import type { Handlers } from '../ipc/router';
import { ConflictError } from '../services/errors';
import type { StartupGate } from './startup-gate';
import { GATE_METHODS, isGateMethod, isStartupMethod, type GateMethod } from './startup-methods';

export type KeyHandlers = Pick<Handlers, GateMethod>;

/** The start-up and Security methods, answered by the gate. */
export function keyHandlers(gate: StartupGate): KeyHandlers {
  return {
    'startup.status': () => gate.status(),
    'startup.setUp': (input) => gate.setUp(input),
    'startup.unlock': ({ passphrase }) => gate.unlock(passphrase),
    'startup.recover': (input) => gate.recover(input),
    'startup.restoreBackup': () => gate.restoreLatestBackup(),
    'security.rotateKey': (input) => gate.rotateKey(input),
    'security.changePassphrase': (input) => gate.changePassphrase(input),
  };
}

/**
 * The router's handlers in the desktop app and the preview: startup.* answered by the gate,
 * and every other method passed to the app on the open database (the router's refuse has
 * already made sure there is one). security.* go that way too, so they pass the practitioner
 * lock and the audit trail like any change; the open app's handlers reach the gate for them.
 */
export function gatedHandlers(gate: StartupGate): Handlers {
  const own = keyHandlers(gate);
  const entries = IPC_METHODS.map((method) => {
    if (isGateMethod(method) && isStartupMethod(method)) return [method, own[method]];
    return [
      method,
      (input: unknown) => {
        const app = gate.openedApp();
        if (!app) throw new ConflictError('The patient database is not open.');
        return (app.handlers[method] as (input: unknown) => unknown)(input);
      },
    ];
  });
  return Object.fromEntries(entries) as Handlers;
}

/**
 * For an app whose database was opened directly with a given key (integration tests, tools),
 * where no gate stands in front: the database is simply open, and key changes are not offered.
 */
export const KEYS_WITHOUT_GATE: KeyHandlers = Object.fromEntries(
  GATE_METHODS.map((method) => [
    method,
    method === 'startup.status'
      ? () => ({ state: 'open', protection: 'given-key' })
      : () => {
          throw new ConflictError(
            'The patient database was opened with a given key here, so there is nothing to set up and its key cannot be changed.',
          );
        },
  ]),
) as unknown as KeyHandlers;
