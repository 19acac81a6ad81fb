import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import { ApiErrorResponse } from '@/domain';
import { requestBodyLimit, unknownRoute } from '@/domain/store-rules';
import type { Database } from './db/database';
import { ApiError, badRequest, isDataException, notFound } from './errors';
import type { AppEnv } from './http/env';
import { silentLogger } from './logger';
import type { Logger } from './logger';
import { backupRoutes, IMPORT_PATH } from './routes/backup/routes';
import { itemRoutes } from './routes/items/routes';
import { sectionRoutes } from './routes/sections/routes';
import { workspaceRoutes } from './routes/workspaces/routes';
import { mountSpa } from './static';

export type AppOptions = { db: Database; staticDir?: string; logger?: Logger };

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

export function createApp({ db, staticDir, logger = silentLogger }: AppOptions) {
  const app = new Hono<AppEnv>();
  // The SPA's scripts and the strategy JSON shrink to a quarter over the wire.
  app.use('*', compress());
  app.use('*', secureHeaders({ crossOriginEmbedderPolicy: false }));

  app.use('/api/*', async (c, next) => {
    const started = performance.now();
    c.set('db', db);
    c.set('logger', logger);
    await next();
    logger.debug(`${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  });
  app.use('/api/*', limitBodies);

  app.get('/api/health', async (c) => {
    await db.query('select 1');
    return c.json({ ok: true });
  });
  app.route('/api', workspaceRoutes);
  app.route('/api', backupRoutes);
  app.route('/api', sectionRoutes);
  app.route('/api', itemRoutes);
  app.all('/api/*', () => {
    throw ApiError.from(unknownRoute());
  });

  if (staticDir) mountSpa(app, staticDir);

  app.notFound((c) => c.json(ApiErrorResponse.parse(notFound('Not found').toBody()), 404));

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(ApiErrorResponse.parse(err.toBody()), err.status);
    if (err instanceof HTTPException) return err.getResponse();
    // The transaction has rolled back: nothing changed, the client can correct and retry.
    if (isDataException(err)) {
      logger.warn(`${c.req.method} ${c.req.path} refused by the database: ${err.code} ${err.message}`);
      const refused = badRequest('The request contains a value the database cannot store');
      return c.json(ApiErrorResponse.parse(refused.toBody()), 400);
    }
    // Anything else is a bug: log it whole, tell the client nothing about the internals.
    logger.error(`${c.req.method} ${c.req.path} failed:`, err);
    const body: ApiErrorResponse = { error: { code: 'internal', message: 'Something went wrong on the server' } };
    return c.json(body, 500);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
