import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import { ApiErrorResponse } from '@/domain';
import { requestBodyLimit, unknownRoute } from '@/domain/store-rules';
import { liveSession, requestHost, sameOriginWrites, sessionReader } from './auth/guard';
import { isTokenShape } from './auth/tokens';
import { toSessionUser } from './auth/users';
import type { AccessibilityContacts } from '@/domain/accessibility';
import { LOCAL_HOSTS } from './config';
import type { Database } from './db/database';
import { ApiError, badRequest, isDataException, notFound } from './errors';
import type { AppEnv } from './http/env';
import { silentLogger } from './logger';
import type { Logger } from './logger';
import { adminRoutes } from './routes/admin/routes';
import { authRoutes } from './routes/auth/routes';
import { backupRoutes, IMPORT_PATH } from './routes/backup/routes';
import { memberRoutes } from './routes/members/routes';
import { itemRoutes } from './routes/items/routes';
import { liveRoutes } from './routes/live/routes';
import { LocalBus } from './live/bus';
import { LiveHub } from './live/hub';
import { sectionRoutes } from './routes/sections/routes';
import { workspaceRoutes } from './routes/workspaces/routes';
import { workflowRoutes } from './routes/workflow/routes';
import { commentRoutes } from './routes/comments/routes';
import { ideaRoutes } from './routes/ideas/routes';
import { notificationRoutes } from './routes/notifications/routes';
import { programmeRoutes } from './routes/programmes/routes';
import { goodPracticeRoutes } from './routes/good-practice/routes';
import { builtFirstFrame, mountSpa } from './static';
import type { FirstFrame } from './page-preloads';

export type AppOptions = {
  db: Database;
  staticDir?: string;
  logger?: Logger;
  /**
   * Draws a step's first frame into its page (the app's own, src/app/first-frame.tsx); by default
   * the one built beside `staticDir` (dist/frame), none when it is not there.
   */
  firstFrame?: FirstFrame;
  /** Where people open the app; `https:` turns on Secure cookies with a `__Host-` name and HSTS. */
  publicUrl?: string;
  /** Host names answered; any other `Host` is refused (DNS rebinding). Defaults to the local names. */
  allowedHosts?: readonly string[];
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (for sign-in limits and the log). */
  trustProxy?: boolean;
  /** Live updates; by default this process alone (several processes share one through PostgreSQL: see index.ts). */
  live?: LiveHub;
  /** The accessibility statement's contact and enforcement body, as the operator configured them. */
  accessibility?: AccessibilityContacts;
};

/**
 * The client's address as the socket saw it; behind a reverse proxy (`trustProxy`), the address
 * that proxy appended to X-Forwarded-For (the last one: anything before it the client could write).
 */
function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const hostnameOf = (host: string) => host.replace(/:\d+$/, '').toLowerCase();

// No inline scripts anywhere; Mantine sets styles in style attributes and <style> tags.
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Refuses large bodies before anything reads them; the import of a backup file may be larger. */
const limitBodies: MiddlewareHandler = (c, next) => {
  const { maxBytes, error } = requestBodyLimit(c.req.path === IMPORT_PATH);
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw ApiError.from(error);
    },
  })(c, next);
};

export function createApp({
  db,
  staticDir,
  logger = silentLogger,
  publicUrl,
  allowedHosts = LOCAL_HOSTS,
  trustProxy = false,
  live = new LiveHub(db, new LocalBus(), logger),
  accessibility = { contact: null, enforcement: null },
  firstFrame,
}: AppOptions) {
  const app = new Hono<AppEnv>();
  const secure = publicUrl?.startsWith('https:') ?? false;
  // Over HTTPS the session cookie is bound to this host and path (`__Host-`).
  const cookieName = secure ? '__Host-libri_session' : 'libri_session';
  const hosts = new Set(allowedHosts.map((h) => h.toLowerCase()));

  // A page on another site that points its own name at this machine (DNS rebinding) gets nothing.
  app.use('*', async (c, next) => {
    const host = requestHost(c);
    if (!hosts.has(hostnameOf(host))) {
      logger.warn(
        `Refused a request for host "${hostnameOf(host).slice(0, 100)}": add it to ALLOWED_HOSTS or PUBLIC_URL`,
      );
      return c.json({ error: { code: 'forbidden', message: 'This server does not answer to that name' } }, 403);
    }
    await next();
  });
  // The SPA's scripts and the strategy JSON shrink to a quarter over the wire.
  app.use('*', compress());
  app.use(
    '*',
    secureHeaders({
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: CSP,
      referrerPolicy: 'same-origin',
      xFrameOptions: 'DENY',
      strictTransportSecurity: secure ? 'max-age=31536000; includeSubDomains' : false,
    }),
  );

  app.use('/api/*', async (c, next) => {
    const started = performance.now();
    c.set('db', db);
    c.set('logger', logger);
    c.set('live', live);
    c.set('ip', clientAddress(c, trustProxy));
    c.set('secure', secure);
    c.set('cookieName', cookieName);
    await next();
    // The API's JSON is never cached by a browser or proxy: it may be private to one person.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    logger.debug(
      `${c.req.method} ${safePath(c.req.path)} ${c.res.status} ${Math.round(performance.now() - started)}ms`,
    );
  });
  app.use('/api/*', limitBodies);
  app.use('/api/*', sameOriginWrites);
  app.use('/api/*', sessionReader);

  app.get('/api/health', async (c) => {
    await db.query('select 1');
    return c.json({ ok: true });
  });
  // For the accessibility statement, which anyone may read, signed in or not.
  app.get('/api/accessibility', (c) => c.json(accessibility satisfies AccessibilityContacts));
  app.route('/api', authRoutes);
  app.route('/api', memberRoutes);
  app.route('/api', adminRoutes);
  app.route('/api', workspaceRoutes);
  app.route('/api', backupRoutes);
  app.route('/api', sectionRoutes);
  app.route('/api', itemRoutes);
  app.route('/api', liveRoutes);
  app.route('/api', workflowRoutes);
  app.route('/api', commentRoutes);
  app.route('/api', ideaRoutes);
  app.route('/api', notificationRoutes);
  app.route('/api', programmeRoutes);
  app.route('/api', goodPracticeRoutes);
  app.all('/api/*', () => {
    throw ApiError.from(unknownRoute());
  });

  if (staticDir) {
    mountSpa(app, staticDir, {
      frame: firstFrame
        ? Promise.resolve(firstFrame)
        : // A build that cannot be loaded costs the first frame, never the page.
          builtFirstFrame(staticDir).catch((error: unknown) => {
            logger.warn(
              `The first frame of a step could not be loaded (${describeError(error)}): pages are sent without it`,
            );
            return null;
          }),
      // Who a step's page is drawn for, before its scripts run.
      personOf: async (c) => {
        const token = getCookie(c, cookieName);
        if (!isTokenShape(token)) return null;
        const found = await liveSession(db, token, new Date(), clientAddress(c, trustProxy));
        return found?.session.stage === 'full' ? toSessionUser(found.user) : null;
      },
    });
  }

  app.notFound((c) => c.json(ApiErrorResponse.parse(notFound('Not found').toBody()), 404));

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(ApiErrorResponse.parse(err.toBody()), err.status);
    if (err instanceof HTTPException) return err.getResponse();
    // The transaction has rolled back: nothing changed, the client can correct and retry.
    if (isDataException(err)) {
      logger.warn(`${c.req.method} ${safePath(c.req.path)} refused by the database: ${err.code}`);
      const refused = badRequest('The request contains a value the database cannot store');
      return c.json(ApiErrorResponse.parse(refused.toBody()), 400);
    }
    // Anything else is a bug: log where it happened, never its message or parameters, which
    // may carry what a user wrote (or a password); tell the client nothing about the internals.
    logger.error(`${c.req.method} ${safePath(c.req.path)} failed: ${describeError(err)}`);
    const body: ApiErrorResponse = { error: { code: 'internal', message: 'Something went wrong on the server' } };
    return c.json(body, 500);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;

/** A bug's kind, database code and stack frames: enough to find it, nothing a user typed. */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const code = (err as { code?: unknown }).code;
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => l.trim().startsWith('at '))
    .slice(0, 8);
  return [`${err.name}${typeof code === 'string' ? ` (${code})` : ''}`, ...frames].join('\n');
}

/** A path fit for a log: invitation and reset links carry a secret token, never written down. */
export const safePath = (path: string) => path.replace(/[A-Za-z0-9_-]{43}/g, ':token').slice(0, 200);
