import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import { PresenceBody } from '@/domain/live';
import { checkAccess } from '@/domain/store-rules';
import { audit } from '../../audit';
import { workspaceParam } from '../../auth/guard';
import { findSession } from '../../auth/sessions';
import { standingIn } from '../../store/programmes';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { notFound } from '../../errors';
import { readHistory } from '../../store/changes';

type C = Context<AppEnv>;

/** A stream is checked this often: a comment keeps proxies from closing it, and the session and role must still hold. */
const PING_MS = 15_000;
const TAB = /^[A-Za-z0-9_-]{8,64}$/;
const STEP = /^[a-z-]{1,40}$/;

/**
 * The workspace's live updates as server-sent events (see src/domain/live.ts). `since` (or
 * the Last-Event-ID a browser sends when it reconnects on its own) names the last event the
 * client has; it receives every later one, then each new one as it is stored.
 */
export async function stream(c: C) {
  const { id, auth } = await workspaceParam(c, 'workspace.read');
  const tabParam = c.req.query('tab') ?? '';
  const tab = TAB.test(tabParam) ? tabParam : randomUUID();
  const stepParam = c.req.query('step') ?? '';
  const rawSince = c.req.header('last-event-id') ?? c.req.query('since') ?? '';
  const since = /^\d{1,15}$/.test(rawSince) ? Number(rawSince) : null;
  const token = getCookie(c, c.var.cookieName);
  const { db, live, ip } = c.var;
  return streamSSE(c, async (sse) => {
    let ended = false;
    let end: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (end = resolve));
    const finish = () => {
      ended = true;
      end();
    };
    sse.onAbort(finish);
    const handle = {
      tab,
      userId: auth.user.id,
      name: auth.user.name,
      workspaceId: id,
      step: STEP.test(stepParam) ? stepParam : null,
      send: async (event: 'change' | 'presence' | 'reset', data: string, eventId?: string) => {
        if (!ended) await sse.writeSSE({ event, data, ...(eventId ? { id: eventId } : {}) });
      },
      close: () => {
        void sse.close();
        finish();
      },
    };
    // A browser's own reconnection waits `retry` ms; the app's client keeps its own backoff on top.
    await sse.writeSSE({ event: 'ready', data: JSON.stringify({ tab }), retry: 2000 });
    await live.open(handle, since);
    const ping = setInterval(() => {
      void (async () => {
        await sse.write(': ping\n\n');
        // Signed out, or no longer a member: the stream ends, and reconnecting is refused.
        const session = token
          ? await findSession(db, token, new Date(), (user) =>
              audit(db, { action: 'session-expired', actorId: user.id, actorEmail: user.email, ip }),
            )
          : null;
        const standing = session ? await standingIn(db, id, session.user.id) : null;
        if (
          !session ||
          !standing ||
          !checkAccess(
            { userId: session.user.id, systemRole: auth.principal.systemRole },
            standing.role,
            'workspace.read',
            standing.coordinates,
          ).ok
        )
          handle.close();
      })().catch(() => handle.close());
    }, PING_MS);
    await done;
    clearInterval(ping);
    live.close(handle);
  });
}

const RECORD =
  /^(?:item:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|section:(?:partnership|diagnosis|plan|vision))$/i;

/** A record's history (`item:<id>` or `section:<key>`): who changed which fields, from what to what, newest first. */
export async function history(c: C) {
  const { id } = await workspaceParam(c, 'workspace.read');
  const record = c.req.param('record') ?? '';
  if (!RECORD.test(record)) throw notFound('No such record');
  return c.json({ entries: await readHistory(c.var.db, id, record.toLowerCase()) });
}

/** Where a tab is and what it edits, for the others' presence list. */
export async function presence(c: C) {
  const { id, auth } = await workspaceParam(c, 'workspace.read');
  const body = await readBody(c, PresenceBody);
  c.var.live.setPresence(id, auth.user.id, body.tab, { step: body.step, editing: body.editing });
  return c.body(null, 204);
}
