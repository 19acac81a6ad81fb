import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorBody } from '@/domain/store-rules';
import type { ApiErrorCode, ApiErrorResponse } from '@/domain';
import type { RuleError, Ruled } from '@/domain/store-rules';

/**
 * An expected failure: thrown anywhere (store, handlers), turned into the contract's
 * error body by app.onError. Throwing inside a transaction also rolls it back, which is
 * how "a 4xx changes nothing" holds.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: { field?: string; current?: unknown; conflicts?: string[] } = {},
  ) {
    super(message);
  }

  static from({ status, code, message, field, current, conflicts }: RuleError): ApiError {
    return new ApiError(status, code, message, { field, current, conflicts });
  }

  toBody(): ApiErrorResponse {
    return errorBody({ code: this.code, message: this.message, ...this.extra });
  }
}

/**
 * The value a rule of src/domain/store-rules.ts allowed, or its refusal thrown: the mocks
 * ask the same rules, so both answer alike.
 */
export function orThrow<T>(ruled: Ruled<T>): T {
  if (!ruled.ok) throw ApiError.from(ruled.error);
  return ruled.value;
}

export const notFound = (message: string) => new ApiError(404, 'not_found', message);
export const badRequest = (message: string, field?: string) =>
  new ApiError(400, 'bad_request', message, field !== undefined ? { field } : {});
export const conflict = (message: string, current?: unknown) => new ApiError(409, 'conflict', message, { current });
export const limitReached = (message: string) => new ApiError(400, 'limit', message);
export const tooLarge = (message: string) => new ApiError(413, 'too_large', message);

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: a NUL character, broken Unicode, a
 * value out of range) mean the input was bad, not the server. The domain normalises text
 * before it gets here; this is the net under it. Both drivers put the SQLSTATE in `code`.
 */
export function isDataException(err: unknown): err is Error & { code: string } {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return err instanceof Error && typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
