import type { z } from 'zod';
import { ApiErrorResponse } from '@/domain';

// One fetch wrapper for the SPA: JSON in, zod-parsed JSON out, and errors that say
// whether the network, the server or the input was at fault (the save status needs to know).

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly current?: unknown,
    /** With 409: the fields someone else changed differently. */
    readonly conflicts?: string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /**
   * The server is away, not this request at fault: a proxy found no server (502, 504),
   * the server is down or busy (503, 429) or the request timed out (408). Any other
   * failure, a 500 included, concerns that one request.
   */
  get unavailable() {
    return [408, 429, 502, 503, 504].includes(this.status);
  }
}

/** The request never got an answer (offline, server down, DNS...). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error', { cause });
    this.name = 'NetworkError';
  }
}

type Options = { method?: string; body?: unknown; signal?: AbortSignal };

/** What reads a response's body: a zod schema, or `AS_SENT` for a body checked later. */
type Reader<T> = Pick<z.ZodType<T>, 'parse'>;

/** The body as the server sent it, for a caller that checks it itself, later. */
export const AS_SENT: Reader<unknown> = { parse: (body: unknown) => body };

export async function api<T>(path: string, schema: Reader<T> | null, options: Options = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method: options.method ?? 'GET',
      headers:
        options.body === undefined
          ? { Accept: 'application/json' }
          : { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new NetworkError(error);
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    const parsed = ApiErrorResponse.safeParse(body);
    if (parsed.success) {
      const { code, message, field } = parsed.data.error;
      throw new ApiError(res.status, code, message, field, parsed.data.current, parsed.data.conflicts);
    }
    throw new ApiError(
      res.status,
      res.status >= 500 ? 'internal' : 'bad_request',
      res.statusText || `HTTP ${res.status}`,
    );
  }
  if (res.status === 204 || schema === null) return undefined as T;
  return schema.parse(await res.json());
}
