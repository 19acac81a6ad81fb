import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { isSystemRole } from '@/domain';
import type { SystemAction, WorkspaceAction, WorkspaceRole } from '@/domain';
import { checkAccess, checkIdParam, checkSystemAccess, signedOut } from '@/domain/store-rules';
import { audit } from '../audit';
import { ApiError, orThrow } from '../errors';
import type { Queryable } from '../db/database';
import type { AppEnv, Auth } from '../http/env';
import { findSession, touchSession } from './sessions';
import type { CurrentSession } from './sessions';
import { isTokenShape } from './tokens';
import { standingIn } from '../store/programmes';

type C = Context<AppEnv>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The name and port the client asked for. */
export const requestHost = (c: Context) => c.req.header('host') ?? new URL(c.req.url).host;
export const isWrite = (method: string) => !SAFE_METHODS.has(method);

export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);

/**
 * Requests on the API must come from the app's own pages: a state-changing request needs an
 * `Origin` naming this very host (a page on another site cannot post here with the user's
 * cookie), and a body that is JSON (which no HTML form can send).
 */
export const sameOriginWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (isWrite(c.req.method)) {
    const origin = c.req.header('origin');
    let host: string | null;
    try {
      host = origin ? new URL(origin).host : null;
    } catch {
      host = null;
    }
    if (!host || host !== requestHost(c)) {
      throw forbidden('This request did not come from the app’s own pages');
    }
    const length = c.req.header('content-length');
    const hasBody = (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
    const type = c.req.header('content-type') ?? '';
    if (hasBody && !/^application\/json\s*(;|$)/i.test(type)) {
      throw forbidden('The request body must be JSON (Content-Type: application/json)');
    }
  }
  await next();
};

/** The live session of a cookie's token, or undefined; one that has ended is deleted and audited on the way. */
export function liveSession(db: Queryable, token: string, now: Date, ip: string): Promise<CurrentSession | undefined> {
  return findSession(db, token, now, (user) =>
    audit(db, { action: 'session-expired', actorId: user.id, actorEmail: user.email, ip }),
  );
}

/**
 * Reads the session cookie. A state-changing request, or an explicit keep-alive, is activity:
 * the idle expiry starts again. Reading (the strategy's background refresh) is not.
 */
export const sessionReader: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, c.var.cookieName);
  c.set('auth', null);
  c.set('pending', null);
  if (isTokenShape(token)) {
    const now = new Date();
    const found = await liveSession(c.var.db, token, now, c.var.ip);
    if (found && found.session.stage !== 'full') {
      c.set('pending', found);
    } else if (found) {
      const role = isSystemRole(found.user.system_role) ? found.user.system_role : 'user';
      const session = isWrite(c.req.method) ? await touchSession(c.var.db, found.session, now) : found.session;
      c.set('auth', { ...found, session, principal: { userId: found.user.id, systemRole: role } });
    }
  }
  await next();
};

export function requireAuth(c: C): Auth {
  const auth = c.var.auth;
  if (!auth) throw ApiError.from(signedOut());
  return auth;
}

export function requireSystem(c: C, action: SystemAction): Auth {
  orThrow(checkSystemAccess(c.var.auth?.principal ?? null, action));
  return c.var.auth as Auth;
}

/**
 * The workspace of the `:id` parameter, if the signed-in person may take `action` in it, as a
 * member or as the coordinator of its programme. A workspace they may not read answers 404,
 * exactly as one that does not exist.
 */
export async function workspaceParam(
  c: C,
  action: WorkspaceAction,
): Promise<{ id: string; auth: Auth; role: WorkspaceRole | null; coordinates: boolean }> {
  const auth = requireAuth(c);
  const id = orThrow(checkIdParam(c.req.param('id'), 'Workspace'));
  const { role, coordinates } = await standingIn(c.var.db, id, auth.user.id);
  orThrow(checkAccess(auth.principal, role, action, coordinates));
  return { id, auth, role, coordinates };
}
