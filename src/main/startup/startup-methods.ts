import { IPC_METHODS, type IpcMethod } from '../../shared/ipc/methods';

/**
 * The methods the start-up gate answers itself, named by their group in methods.ts.
 * startup.* work before the database is open (and are never refused by the practitioner lock:
 * the start screens come before it); security.* work on the open database, behind the lock
 * like every other method.
 */
export type GateMethod = Extract<IpcMethod, `startup.${string}` | `security.${string}`>;

export function isStartupMethod(method: IpcMethod): boolean {
  return method.startsWith('startup.');
}

export function isGateMethod(method: IpcMethod): method is GateMethod {
  return isStartupMethod(method) || method.startsWith('security.');
}

export const GATE_METHODS: readonly GateMethod[] = IPC_METHODS.filter(isGateMethod);
