import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode, ApiErrorResponse } from '@/domain';

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
    readonly extra: { field?: string; current?: unknown } = {},
  ) {
    super(message);
  }

  toBody(): ApiErrorResponse {
    const { field, current } = this.extra;
    return {
      error: { code: this.code, message: this.message, ...(field !== undefined ? { field } : {}) },
      ...(current !== undefined ? { current } : {}),
    };
  }
}

export const notFound = (message: string) => new ApiError(404, 'not_found', message);
export const badRequest = (message: string, field?: string) =>
  new ApiError(400, 'bad_request', message, field !== undefined ? { field } : {});
export const conflict = (message: string, current?: unknown) => new ApiError(409, 'conflict', message, { current });
export const limitReached = (message: string) => new ApiError(400, 'limit', message);
export const tooLarge = (message: string) => new ApiError(413, 'too_large', message);
