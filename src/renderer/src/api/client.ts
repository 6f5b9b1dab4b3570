import type { MethodInput, MethodOutput } from '../../../shared/ipc/contract';
import type { IpcMethod } from '../../../shared/ipc/methods';
import type { IpcError } from '../../../shared/ipc/result';
import { createTransport } from './transport';

/** A refused or failed call, carrying the message a physio can read. */
export class ApiError extends Error {
  readonly code: IpcError['code'];
  readonly fieldErrors: Record<string, string>;

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fieldErrors = error.fieldErrors ?? {};
  }
}

const transport = createTransport();

/** Calls a contract method; resolves with its typed value or rejects with an ApiError. */
export async function callApi<M extends IpcMethod>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await transport(method, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as MethodOutput<M>;
}
