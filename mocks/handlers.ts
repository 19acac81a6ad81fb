import type { AccessibilityContacts } from '@/domain/accessibility';
import { http, HttpResponse } from 'msw';
import type { PathParams } from 'msw';
import { z } from 'zod';
import {
  createItemBody,
  CreateInvitationBody,
  CreateWorkspaceBody,
  DEMO_PASSWORD,
  ExportRecordBody,
  INVITATION_MS,
  SignInBody,
  putSectionBody,
  RenameWorkspaceBody,
  ReorderBody,
  TransitionBody,
  updateItemBody,
  VersionNameBody,
} from '@/domain';
import { ConvertIdeaBody, DecideIdeaBody, IdeaBody, VoteBody } from '@/domain/ideas';
import { EditCommentBody, NewCommentBody, ResolveThreadBody } from '@/domain/comments';
import {
  backupContentDisposition,
  backupProblemError,
  requestBodyLimit,
  checkIdParam,
  checkItemKindParam,
  checkJsonContentType,
  checkJsonDepth,
  checkSectionKeyParam,
  checkAccess,
  checkCompareQuery,
  checkDocumentLanguage,
  checkSystemAccess,
  errorBody,
  parseJsonObject,
  unknownRoute,
  validateBody,
} from '@/domain/store-rules';
import { parseBackup, strategyToBackup } from '@/domain/backup';
import type { RuleError, Ruled } from '@/domain/store-rules';
import type { Invitation, SetupInfo, WorkspaceAction } from '@/domain';
import common from '../locales/en/common.json';
import { DEMO_USER } from './store';
import { PresenceBody } from '@/domain/live';
import { EnrolTownBody, JoinProgrammeBody } from '@/domain/programmes';
import { CopyPracticeBody, MarkPracticeBody } from '@/domain/good-practice';
import type { MockStore } from './store';

// The same HTTP contract as server/, answered in the browser or in tests. Every check a
// request meets is a rule of src/domain/store-rules.ts, asked in the server's order
// (body size, path, content type, JSON, schema, store), so a test that sends bad input
// sees the server's status, code, message and field. tests/contract holds both to it.

/** A refusal on its way out, like the server's thrown ApiError. */
class Refusal {
  constructor(readonly error: RuleError) {}
}

function must<T>(ruled: Ruled<T>): T {
  if (!ruled.ok) throw new Refusal(ruled.error);
  return ruled.value;
}

type Req = { params: PathParams; text: string; contentType: string | null; query: URLSearchParams };

/** Reads the body like the server's middleware (bytes counted before anything else) and turns refusals into answers. */
function route(answer: (req: Req) => Response, isBackupImport = false) {
  return async ({ request, params }: { request: Request; params: PathParams }) => {
    try {
      const bytes = await request.arrayBuffer();
      const limit = requestBodyLimit(isBackupImport);
      if (bytes.byteLength > limit.maxBytes) throw new Refusal(limit.error);
      const text = new TextDecoder().decode(bytes);
      return answer({
        params,
        text,
        contentType: request.headers.get('content-type'),
        query: new URL(request.url).searchParams,
      });
    } catch (e) {
      if (e instanceof Refusal) return HttpResponse.json(errorBody(e.error), { status: e.error.status });
      throw e;
    }
  };
}

const param = (req: Req, name: string) => {
  const value = req.params[name];
  return typeof value === 'string' ? value : undefined;
};
const workspaceId = (req: Req) => must(checkIdParam(param(req, 'id'), 'Workspace'));
const itemId = (req: Req) => must(checkIdParam(param(req, 'itemId'), 'Item'));
const itemKind = (req: Req) => must(checkItemKindParam(param(req, 'kind')));
const sectionKey = (req: Req) => must(checkSectionKeyParam(param(req, 'key')));
const ideaParam = (req: Req) => must(checkIdParam(param(req, 'ideaId'), 'Idea'));

function body<S extends z.ZodType>(req: Req, schema: S): z.output<S> {
  must(checkJsonContentType(req.contentType));
  return must(validateBody(schema, must(parseJsonObject(req.text)), common.errors));
}

const json = (value: unknown, status = 200) => HttpResponse.json(value as object, { status });
const noContent = () => new HttpResponse(null, { status: 204 });

/** `origin` prefixes the paths, for callers without a page (Node): `http://localhost`. */
export function createHandlers(store: MockStore, origin = '') {
  const api = (path: string) => `${origin}/api${path}`;
  const ws = api('/workspaces/:id');
  /** The workspace of the path, if the demo user may take `action` there (the server's rule). */
  const signedIn = () => {
    must(checkAccess(store.principal(), 'lead', 'workspace.read'));
    return DEMO_USER;
  };
  const allowed = (req: Req, action: WorkspaceAction) => {
    signedIn();
    const id = workspaceId(req);
    must(checkAccess(store.principal(), store.roleOf(id), action, store.coordinates(id)));
    return id;
  };
  const invitations = new Map<string, Invitation & { workspaceId: string }>();
  return [
    http.get(
      api('/auth/session'),
      route(() => {
        signedIn();
        return json(store.session());
      }),
    ),
    http.get(
      api('/auth/setup'),
      route(() =>
        json({ demoAccounts: [{ email: DEMO_USER.email, role: 'lead' }], needsAdmin: false } satisfies SetupInfo),
      ),
    ),
    http.post(
      api('/auth/sign-in'),
      route((req) => {
        const { email, password } = body(req, SignInBody);
        if (email !== DEMO_USER.email || password !== DEMO_PASSWORD) {
          throw new Refusal({
            status: 401,
            code: 'unauthenticated',
            message: 'The e-mail address or the password is not right',
            field: 'password',
          });
        }
        return json(store.signIn());
      }),
    ),
    http.post(
      api('/auth/sign-out'),
      route(() => {
        store.signedIn = false;
        return noContent();
      }),
    ),
    http.post(
      api('/auth/keep-alive'),
      route(() => {
        signedIn();
        return json(store.session());
      }),
    ),
    http.get(
      api('/auth/sessions'),
      route(() => {
        signedIn();
        const session = store.session();
        const started = new Date(Date.parse(session.expiresAt) - 12 * 3600_000).toISOString();
        return json([
          { id: DEMO_USER.id, current: true, createdAt: started, lastSeenAt: new Date().toISOString(), userAgent: '' },
        ]);
      }),
    ),
    http.delete(
      api('/auth/sessions'),
      route(() => {
        store.signedIn = false;
        return noContent();
      }),
    ),
    http.get(
      api('/auth/account/data'),
      route(() => {
        const user = signedIn();
        const now = new Date().toISOString();
        return json({
          exportedAt: now,
          account: { ...user, createdAt: now },
          memberships: store.all().flatMap((s) => {
            const role = store.roleOf(s.workspace.id);
            return role ? [{ workspace: s.workspace.name, role, since: s.workspace.createdAt }] : [];
          }),
          sessions: [],
          activity: [],
        });
      }),
    ),
    http.post(
      `${ws}/exports`,
      route((req) => {
        allowed(req, 'workspace.read');
        body(req, ExportRecordBody);
        return noContent();
      }),
    ),
    // The demo keeps no activity log: there is one person and no server.
    http.get(
      `${ws}/audit`,
      route((req) => {
        allowed(req, 'audit.read');
        return json([]);
      }),
    ),
    http.get(
      `${ws}/members`,
      route((req) => {
        const id = allowed(req, 'workspace.read');
        const joinedAt = must(store.strategy(id)).workspace.createdAt;
        const role = store.roleOf(id);
        // A coordinator observes the town without being one of its members.
        return json(
          role ? [{ userId: DEMO_USER.id, name: DEMO_USER.name, email: DEMO_USER.email, role, joinedAt }] : [],
        );
      }),
    ),
    http.get(
      `${ws}/invitations`,
      route((req) => {
        const id = allowed(req, 'members.manage');
        return json(
          [...invitations.values()].filter((i) => i.workspaceId === id).map(({ workspaceId: _w, ...i }) => i),
        );
      }),
    ),
    http.post(
      `${ws}/invitations`,
      route((req) => {
        const id = allowed(req, 'members.manage');
        const { role } = body(req, CreateInvitationBody);
        const now = Date.now();
        const invitation: Invitation = {
          id: crypto.randomUUID(),
          role,
          createdAt: new Date(now).toISOString(),
          expiresAt: new Date(now + INVITATION_MS).toISOString(),
          createdBy: DEMO_USER.name,
          state: 'open',
          usedBy: null,
        };
        invitations.set(invitation.id, { ...invitation, workspaceId: id });
        // The demo has one person: its links cannot be opened by anyone else.
        return json({ ...invitation, token: crypto.randomUUID().replaceAll('-', '').padEnd(43, 'x') }, 201);
      }),
    ),
    http.delete(
      `${ws}/invitations/:invitationId`,
      route((req) => {
        allowed(req, 'members.manage');
        const inv = invitations.get(param(req, 'invitationId') ?? '');
        if (inv && inv.state === 'open') invitations.set(inv.id, { ...inv, state: 'revoked' });
        return noContent();
      }),
    ),
    http.get(
      api('/health'),
      route(() => json({ ok: true })),
    ),
    // The demo has no operator: the statement says whom to write to instead.
    http.get(
      api('/accessibility'),
      route(() => json({ contact: null, enforcement: null } satisfies AccessibilityContacts)),
    ),
    http.get(
      api('/workspaces'),
      route(() => {
        signedIn();
        return json(store.list());
      }),
    ),
    http.post(
      api('/workspaces'),
      route((req) => {
        must(checkSystemAccess(store.principal(), 'workspace.create'));
        return json(must(store.createWorkspace(body(req, CreateWorkspaceBody).name)), 201);
      }),
    ),
    http.post(
      api('/workspaces/import'),
      route((req) => {
        must(checkSystemAccess(store.principal(), 'workspace.create'));
        must(checkJsonContentType(req.contentType));
        const result = parseBackup(must(checkJsonDepth(req.text)));
        if (!result.ok) throw new Refusal(backupProblemError(result.problem));
        return json(must(store.importBackup(result.backup)), 201);
      }, true),
    ),
    http.get(
      ws,
      route((req) => json(must(store.strategy(allowed(req, 'workspace.read'))))),
    ),
    http.get(
      `${ws}/backup`,
      route((req) => {
        const backup = strategyToBackup(must(store.strategy(allowed(req, 'workspace.read'))), new Date().toISOString());
        const disposition = backupContentDisposition(backup.workspace.name, backup.exportedAt.slice(0, 10));
        return HttpResponse.json(backup, { headers: { 'Content-Disposition': disposition } });
      }),
    ),
    http.patch(
      ws,
      route((req) => {
        const id = allowed(req, 'workspace.rename');
        return json(must(store.rename(id, body(req, RenameWorkspaceBody).name)));
      }),
    ),
    http.delete(
      ws,
      route((req) => {
        must(store.remove(allowed(req, 'workspace.delete')));
        return noContent();
      }),
    ),
    http.put(
      `${ws}/sections/:key`,
      route((req) => {
        const [id, key] = [allowed(req, 'workspace.edit'), sectionKey(req)];
        return json(must(store.putSection(id, key, body(req, putSectionBody(key)))));
      }),
    ),
    http.post(
      `${ws}/items/:kind`,
      route((req) => {
        const [id, kind] = [allowed(req, 'workspace.edit'), itemKind(req)];
        const { item, created } = must(store.createItem(id, kind, body(req, createItemBody(kind))));
        // 200 with the stored item when this id was already created: a retried request.
        return json(item, created ? 201 : 200);
      }),
    ),
    http.put(
      `${ws}/items/:kind/:itemId`,
      route((req) => {
        const [id, kind, item] = [allowed(req, 'workspace.edit'), itemKind(req), itemId(req)];
        return json(must(store.updateItem(id, kind, { id: item, ...body(req, updateItemBody(kind)) })));
      }),
    ),
    http.delete(
      `${ws}/items/:kind/:itemId`,
      route((req) => {
        const [id, kind, item] = [allowed(req, 'workspace.edit'), itemKind(req), itemId(req)];
        must(store.deleteItem(id, kind, item));
        return noContent();
      }),
    ),
    http.put(
      `${ws}/order/:kind`,
      route((req) => {
        const [id, kind] = [allowed(req, 'workspace.edit'), itemKind(req)];
        must(store.reorder(id, kind, body(req, ReorderBody).ids));
        return noContent();
      }),
    ),
    // Live updates: the demo has one person in one tab, so the stream says it is ready and
    // then nothing comes (no one else changes anything); presence is taken and forgotten.
    http.get(
      `${ws}/live`,
      route((req) => {
        allowed(req, 'workspace.read');
        const hello = new TextEncoder().encode('event: ready\ndata: {}\nretry: 2000\n\n');
        const stream = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(hello) });
        return new HttpResponse(stream, { headers: { 'Content-Type': 'text/event-stream' } });
      }),
    ),
    // The demo keeps no history of changes: its one person sees an empty one.
    http.get(
      `${ws}/history/:record`,
      route((req) => {
        allowed(req, 'workspace.read');
        return json({ entries: [] });
      }),
    ),
    http.put(
      `${ws}/presence`,
      route((req) => {
        allowed(req, 'workspace.read');
        body(req, PresenceBody);
        return noContent();
      }),
    ),
    // The workflow to adoption: the demo's person takes the steps of their role.
    http.get(
      `${ws}/workflow`,
      route((req) => json(must(store.workflow(allowed(req, 'workspace.read'))))),
    ),
    http.post(
      `${ws}/workflow`,
      route((req) => {
        const id = allowed(req, 'workspace.read');
        const { action, from, comment } = body(req, TransitionBody);
        return json(must(store.takeStep(id, { action, from, comment })));
      }),
    ),
    http.post(
      `${ws}/versions`,
      route((req) => {
        const id = allowed(req, 'versions.name');
        return json(must(store.nameVersion(id, body(req, VersionNameBody).name)), 201);
      }),
    ),
    http.get(
      `${ws}/versions/:versionId`,
      route((req) => {
        const id = allowed(req, 'workspace.read');
        const versionId = must(checkIdParam(param(req, 'versionId'), 'Version'));
        const found = must(store.version(id, versionId));
        if (!found) throw new Refusal({ status: 404, code: 'not_found', message: 'Version not found' });
        return json(found);
      }),
    ),
    // The demo has one person: nobody else does anything there is to hear of.
    http.get(
      api('/notifications'),
      route(() => {
        signedIn();
        return json({ items: [], unread: 0 });
      }),
    ),
    http.put(
      api('/notifications/read'),
      route(() => {
        signedIn();
        return noContent();
      }),
    ),
    http.put(
      api('/notifications/:notificationId/read'),
      route(() => {
        signedIn();
        return noContent();
      }),
    ),
    // The ideas board: the demo's one person proposes, votes, decides and turns ideas into items.
    http.get(
      `${ws}/ideas`,
      route((req) => json({ ideas: must(store.ideas(allowed(req, 'workspace.read'))) })),
    ),
    http.post(
      `${ws}/ideas`,
      route((req) => {
        const id = allowed(req, 'workspace.comment');
        return json(must(store.proposeIdea(id, body(req, IdeaBody.extend({ id: z.uuid().optional() })))), 201);
      }),
    ),
    http.patch(
      `${ws}/ideas/:ideaId`,
      route((req) => {
        const id = allowed(req, 'workspace.comment');
        return json(must(store.editIdea(id, ideaParam(req), body(req, IdeaBody))));
      }),
    ),
    http.delete(
      `${ws}/ideas/:ideaId`,
      route((req) => {
        const id = allowed(req, 'workspace.comment');
        must(store.removeIdea(id, ideaParam(req)));
        return noContent();
      }),
    ),
    http.put(
      `${ws}/ideas/:ideaId/vote`,
      route((req) => {
        const id = allowed(req, 'workspace.comment');
        return json(must(store.voteIdea(id, ideaParam(req), body(req, VoteBody).vote)));
      }),
    ),
    http.put(
      `${ws}/ideas/:ideaId/decision`,
      route((req) => {
        const id = allowed(req, 'ideas.decide');
        const { status, reason } = body(req, DecideIdeaBody);
        return json(must(store.decideIdea(id, ideaParam(req), status, reason)));
      }),
    ),
    http.post(
      `${ws}/ideas/:ideaId/convert`,
      route((req) => {
        const id = allowed(req, 'ideas.decide');
        return json(must(store.convertIdea(id, ideaParam(req), body(req, ConvertIdeaBody))), 201);
      }),
    ),
    // Comments: the demo's one person writes, answers, resolves and removes them.
    http.get(
      `${ws}/comments`,
      route((req) => json({ threads: must(store.threads(allowed(req, 'workspace.read'))) })),
    ),
    http.post(
      `${ws}/comments`,
      route((req) => {
        const id = allowed(req, 'workspace.comment');
        return json(must(store.addComment(id, body(req, NewCommentBody))), 201);
      }),
    ),
    http.patch(
      `${ws}/comments/:commentId`,
      route((req) => {
        const id = allowed(req, 'workspace.comment');
        const commentId = must(checkIdParam(param(req, 'commentId'), 'Comment'));
        return json(must(store.editComment(id, commentId, body(req, EditCommentBody).body)));
      }),
    ),
    http.delete(
      `${ws}/comments/:commentId`,
      route((req) => {
        const id = allowed(req, 'workspace.comment');
        must(store.removeComment(id, must(checkIdParam(param(req, 'commentId'), 'Comment'))));
        return noContent();
      }),
    ),
    http.put(
      `${ws}/comments/:commentId/resolved`,
      route((req) => {
        const id = allowed(req, 'workspace.comment');
        const threadId = must(checkIdParam(param(req, 'commentId'), 'Comment'));
        return json(must(store.resolveThread(id, threadId, body(req, ResolveThreadBody).resolved)));
      }),
    ),
    // ---------- programmes (src/domain/programmes.ts) ----------
    http.get(
      api('/programmes'),
      route(() => {
        signedIn();
        return json(store.programmes());
      }),
    ),
    // The demo's one person is no administrator: creating or changing a programme is refused
    // (403) by the server's rule before any body is read.
    http.post(
      api('/programmes'),
      route(() => {
        must(checkSystemAccess(store.principal(), 'programmes.manage'));
        throw new Refusal(unknownRoute());
      }),
    ),
    http.get(
      api('/programmes/:programmeId'),
      route((req) => {
        signedIn();
        return json(must(store.programme(must(checkIdParam(param(req, 'programmeId'), 'Programme')), 'read')));
      }),
    ),
    http.patch(
      api('/programmes/:programmeId'),
      route((req) => {
        signedIn();
        must(store.programme(must(checkIdParam(param(req, 'programmeId'), 'Programme')), 'manage'));
        throw new Refusal(unknownRoute());
      }),
    ),
    http.get(
      api('/programmes/:programmeId/dashboard'),
      route((req) => {
        signedIn();
        return json(must(store.dashboard(must(checkIdParam(param(req, 'programmeId'), 'Programme')), new Date())));
      }),
    ),
    http.get(
      api('/programmes/:programmeId/good-practice'),
      route((req) => {
        signedIn();
        return json(must(store.programmePractices(must(checkIdParam(param(req, 'programmeId'), 'Programme')))));
      }),
    ),
    http.post(
      api('/programmes/:programmeId/good-practice'),
      route((req) => {
        signedIn();
        const id = must(checkIdParam(param(req, 'programmeId'), 'Programme'));
        must(store.programme(id, 'coordinate'));
        const marked = must(store.markPractice(id, body(req, MarkPracticeBody)));
        return json(marked.practice, marked.created ? 201 : 200);
      }),
    ),
    http.delete(
      api('/programmes/:programmeId/good-practice/:practiceId'),
      route((req) => {
        signedIn();
        const id = must(checkIdParam(param(req, 'programmeId'), 'Programme'));
        must(store.programme(id, 'coordinate'));
        must(store.removePractice(id, must(checkIdParam(param(req, 'practiceId'), 'Good practice'))));
        return noContent();
      }),
    ),
    http.get(
      `${ws}/good-practice`,
      route((req) => json(must(store.townPractices(allowed(req, 'workspace.read'))))),
    ),
    http.post(
      `${ws}/good-practice/:practiceId/copy`,
      route((req) => {
        const id = allowed(req, 'workspace.edit');
        const practiceId = must(checkIdParam(param(req, 'practiceId'), 'Good practice'));
        const { id: itemId } = body(req, CopyPracticeBody);
        return json({ item: must(store.copyPractice(id, practiceId, itemId)) }, 201);
      }),
    ),
    http.get(
      api('/programmes/:programmeId/summary'),
      route((req) => {
        signedIn();
        const id = must(checkIdParam(param(req, 'programmeId'), 'Programme'));
        const programme = must(store.programme(id, 'read'));
        const lang = must(checkDocumentLanguage(req.query.get('lang') ?? programme.language));
        return json(must(store.summary(id, lang)));
      }),
    ),
    http.get(
      api('/programmes/:programmeId/across'),
      route((req) => {
        signedIn();
        return json(must(store.across(must(checkIdParam(param(req, 'programmeId'), 'Programme')))));
      }),
    ),
    http.get(
      api('/programmes/:programmeId/compare'),
      route((req) => {
        signedIn();
        const id = must(checkIdParam(param(req, 'programmeId'), 'Programme'));
        must(store.programme(id, 'read'));
        const { section, ids } = must(checkCompareQuery(req.query.get('section'), req.query.get('towns')));
        return json(must(store.compare(id, section, ids)));
      }),
    ),
    http.post(
      api('/programmes/:programmeId/links'),
      route((req) => {
        signedIn();
        const id = must(checkIdParam(param(req, 'programmeId'), 'Programme'));
        const token = crypto.randomUUID().replaceAll('-', '').padEnd(43, 'x');
        return json(must(store.makeProgrammeLink(id, token)), 201);
      }),
    ),
    http.get(
      api('/programme-links/:token'),
      route((req) => {
        signedIn();
        return json(must(store.previewLink(param(req, 'token') ?? '')));
      }),
    ),
    http.post(
      api('/programme-links/:token/accept'),
      route((req) => {
        signedIn();
        const { workspaceId } = body(req, JoinProgrammeBody);
        return json(must(store.acceptLink(param(req, 'token') ?? '', workspaceId)));
      }),
    ),
    http.post(
      api('/programmes/:programmeId/towns'),
      route((req) => {
        signedIn();
        const id = must(checkIdParam(param(req, 'programmeId'), 'Programme'));
        must(store.programme(id, 'coordinate'));
        const workspace = must(store.enrol(id, body(req, EnrolTownBody)));
        const now = Date.now();
        const invitation: Invitation = {
          id: crypto.randomUUID(),
          role: 'lead',
          createdAt: new Date(now).toISOString(),
          expiresAt: new Date(now + INVITATION_MS).toISOString(),
          createdBy: DEMO_USER.name,
          state: 'open',
          usedBy: null,
        };
        invitations.set(invitation.id, { ...invitation, workspaceId: workspace.id });
        const token = crypto.randomUUID().replaceAll('-', '').padEnd(43, 'x');
        return json({ workspace, invitation: { ...invitation, token } }, 201);
      }),
    ),
    // Last: whatever else is asked under /api is a 404 in the contract's shape, as on the server.
    http.all(
      api('/*'),
      route(() => {
        throw new Refusal(unknownRoute());
      }),
    ),
  ];
}
