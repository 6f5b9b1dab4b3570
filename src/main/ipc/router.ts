import { z } from 'zod';
import { contract, type MethodOutput, type ParsedInput } from '../../shared/ipc/contract';
import { isIpcMethod, type IpcMethod } from '../../shared/ipc/methods';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
import { ConflictError, IncompleteError, NotFoundError } from '../services/errors';

/** Who made a call: the page's origin/URL and whether it came from the top-level frame. */
export interface CallSender {
  url: string;
  mainFrame: boolean;
}

export type Handlers = {
  [M in IpcMethod]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface RouterOptions {
  isTrustedSender(sender: CallSender): boolean;
  /** Where unexpected failures are reported (the physio gets a plain message instead). */
  logError?(method: string, error: unknown): void;
  /**
   * Refuses a method the app cannot take in its present state (say, while it is locked or
   * before the database is open), with the reason; null lets it through. Checked after the
   * sender and before the input, so a refused call runs nothing.
   */
  refuse?(method: IpcMethod): IpcError | null;
}

export type Router = (
  sender: CallSender,
  method: unknown,
  input: unknown,
) => Promise<IpcResult<unknown>>;

function fail(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}

/** The keys methods wrap a form's values in. */
const WRAPPER_KEYS = ['patient', 'content', 'exercise', 'profile', 'options', 'settings', 'email'];

/** Bad input can be huge: no part of a message, and no field name, is longer than this. */
const LONGEST_PART = 200;
/** Past this many different problems, the message says how many more there are. */
const MOST_PROBLEMS_LISTED = 5;

function shortened(text: string): string {
  return text.length > LONGEST_PART ? `${text.slice(0, LONGEST_PART)}…` : text;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  // Zod's message repeats every unknown key, however long; the key means nothing to a physio.
  if (issue.code === 'unrecognized_keys')
    return 'The request had parts Stride Clinic does not know';
  return shortened(issue.message);
}

export function describeInvalidInput(error: z.ZodError): IpcError {
  // No prototype: a field named "__proto__" or "constructor" is a field like any other.
  const fieldErrors: Record<string, string> = Object.create(null);
  for (const issue of error.issues) {
    // Drop the method's wrapper key ("patient.") so paths match the form's field names.
    const path = issue.path
      .map(String)
      .filter((part, index) => index > 0 || !WRAPPER_KEYS.includes(part));
    const key = shortened(path.join('.') || '(form)');
    fieldErrors[key] ??= plainMessage(issue);
  }
  const distinct = [...new Set(Object.values(fieldErrors))];
  const messages = distinct.slice(0, MOST_PROBLEMS_LISTED);
  if (distinct.length > messages.length) {
    messages.push(`and ${distinct.length - messages.length} more`);
  }
  return {
    code: 'invalid-input',
    message: `Please check: ${messages.join('; ')}. Nothing was saved.`,
    fieldErrors,
  };
}

/**
 * The one entry point for renderer calls, shared by Electron IPC and the preview's HTTP bridge.
 * It checks the sender, the method and the input before any service runs, so a refused call
 * writes nothing, and it never throws: every outcome is a result envelope.
 */
export function createRouter(handlers: Handlers, options: RouterOptions): Router {
  return async (sender, method, input) => {
    if (!options.isTrustedSender(sender)) {
      return fail({
        code: 'forbidden-sender',
        message: 'This request did not come from the Stride Clinic window and was refused.',
      });
    }
    if (!isIpcMethod(method)) {
      return fail({
        code: 'unknown-method',
        message: `Stride Clinic does not know the action "${String(method).slice(0, 80)}".`,
      });
    }
    const refused = options.refuse?.(method) ?? null;
    if (refused) return fail(refused);
    let parsed: ReturnType<(typeof contract)[typeof method]['input']['safeParse']>;
    try {
      parsed = contract[method].input.safeParse(input);
    } catch (error) {
      // A payload nested thousands of levels deep (as no form sends) overflows the stack of a
      // recursive schema such as a draft's JSON; it is refused like any other unreadable input.
      options.logError?.(method, error);
      return fail({
        code: 'invalid-input',
        message: 'This request could not be read: it is nested too deeply. Nothing was saved.',
      });
    }
    if (!parsed.success) return fail(describeInvalidInput(parsed.error));
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof NotFoundError) {
        return fail({ code: 'not-found', message: error.message });
      }
      if (error instanceof ConflictError) {
        return fail({ code: 'conflict', message: error.message });
      }
      if (error instanceof IncompleteError) {
        return fail({ code: 'invalid-input', message: error.message });
      }
      options.logError?.(method, error);
      return fail({
        code: 'internal',
        message:
          'Stride Clinic met an unexpected problem and did not finish this action. Nothing was changed; please try again.',
      });
    }
  };
}
