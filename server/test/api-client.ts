import type { App } from '../app';

export type Res<T = unknown> = { status: number; body: T; text: string; headers: Headers };

/**
 * A thin client over `app.request`: JSON in, JSON out, nothing hidden. Like the SPA it sends
 * its session cookie and, on writes, the app's own Origin (unless a test gives other headers).
 */
export function apiClient(
  app: App,
  { cookie, origin = 'http://localhost' }: { cookie?: string; origin?: string } = {},
) {
  async function send<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Res<T>> {
    const h = new Headers(headers);
    if (cookie && !h.has('cookie')) h.set('cookie', cookie);
    if (method !== 'GET' && !h.has('origin')) h.set('origin', origin);
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      if (!h.has('content-type')) h.set('content-type', 'application/json');
    }
    const res = await app.request(path, { method, headers: h, body: payload });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, body: json as T, text, headers: res.headers };
  }
  /** A streamed answer (live updates), to read as it comes: the caller cancels its body. */
  async function open(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const h = new Headers(headers);
    if (cookie && !h.has('cookie')) h.set('cookie', cookie);
    return app.request(path, { method: 'GET', headers: h });
  }
  return {
    open,
    get: <T = unknown>(path: string) => send<T>('GET', path),
    post: <T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) =>
      send<T>('POST', path, body, headers),
    put: <T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) =>
      send<T>('PUT', path, body, headers),
    patch: <T = unknown>(path: string, body?: unknown, headers?: Record<string, string>) =>
      send<T>('PATCH', path, body, headers),
    delete: <T = unknown>(path: string) => send<T>('DELETE', path),
  };
}
export type ApiClient = ReturnType<typeof apiClient>;
