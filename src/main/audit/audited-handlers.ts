import { IPC_METHODS, type IpcMethod } from '../../shared/ipc/methods';
import type { Handlers } from '../ipc/router';
import { AUDIT_RULES, isAudited, type Audited } from './audit-rules';
import type { AuditActor, AuditTrail } from './audit-trail';
import type { PatientLookup } from './patient-of';

type AnyHandler = (input: unknown) => unknown;

interface LooseRule extends Pick<Audited<IpcMethod>, 'action' | 'subject' | 'commitsOnItsOwn'> {
  patientBefore?(input: unknown, find: PatientLookup): string | null;
  patientAfter?(output: unknown): string | null;
  note?(input: unknown, output: unknown): string | null;
  skip?(output: unknown): boolean;
}

/**
 * Wraps each handler the rules name, so a call that succeeds adds its entry to the audit
 * trail (in the same savepoint as its writes, when it is synchronous). A call that fails
 * (refused, not found, conflict) changed nothing and adds nothing.
 */
export function withAuditTrail(
  handlers: Handlers,
  deps: { audit: AuditTrail; find: PatientLookup; actor(): AuditActor | null },
): Handlers {
  const wrapped: Partial<Record<IpcMethod, AnyHandler>> = {};
  for (const method of IPC_METHODS) {
    const handler = handlers[method] as AnyHandler;
    const rule = AUDIT_RULES[method];
    if (!isAudited(rule)) {
      wrapped[method] = handler;
      continue;
    }
    // Typed per method in audit-rules.ts; here each is called with its own method's values.
    const audited = rule as unknown as LooseRule;
    wrapped[method] = (input) => {
      // Who is asked first: a call may end the session (an account deactivated) or start it.
      const actor = deps.actor();
      const patientBefore = audited.patientBefore?.(input, deps.find) ?? null;
      return deps.audit.recordCall(
        () => handler(input),
        (output) =>
          audited.skip?.(output)
            ? null
            : {
                actor,
                action: audited.action,
                subject: audited.subject,
                patientId: patientBefore ?? audited.patientAfter?.(output) ?? null,
                note: audited.note?.(input, output) ?? null,
              },
        { together: audited.commitsOnItsOwn === undefined },
      );
    };
  }
  return wrapped as Handlers;
}
