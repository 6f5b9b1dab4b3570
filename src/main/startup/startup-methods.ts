import type { IpcMethod } from '../../shared/ipc/methods';

/**
 * The methods the start-up gate answers itself. startup.* work before the database is open
 * (and are never refused by the practitioner lock: the start screens come before it);
 * security.* work on the open database, behind the lock like every other method.
 */
export const GATE_METHODS = [
  'startup.status',
  'startup.setUp',
  'startup.unlock',
  'startup.recover',
  'startup.restoreBackup',
  'security.rotateKey',
  'security.changePassphrase',
] as const satisfies readonly IpcMethod[];
export type GateMethod = (typeof GATE_METHODS)[number];

export function isStartupMethod(method: IpcMethod): boolean {
  return method.startsWith('startup.');
}

export function isGateMethod(method: IpcMethod): method is GateMethod {
  return (GATE_METHODS as readonly string[]).includes(method);
}
