import { http, HttpResponse } from 'msw';
import type { PathParams } from 'msw';
import type { z } from 'zod';
import {
  createItemBody,
  CreateWorkspaceBody,
  putSectionBody,
  RenameWorkspaceBody,
  ReorderBody,
  updateItemBody,
} from '@/domain';
import {
  backupContentDisposition,
  backupProblemError,
  requestBodyLimit,
  checkIdParam,
  checkItemKindParam,
  checkJsonContentType,
  checkJsonDepth,
  checkSectionKeyParam,
  errorBody,
  parseJsonObject,
  unknownRoute,
  validateBody,
} from '@/domain/store-rules';
import { parseBackup, strategyToBackup } from '@/domain/backup';
import type { RuleError, Ruled } from '@/domain/store-rules';
import common from '../locales/en/common.json';
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

type Req = { params: PathParams; text: string; contentType: string | null };

/** Reads the body like the server's middleware (bytes counted before anything else) and turns refusals into answers. */
function route(answer: (req: Req) => Response, isBackupImport = false) {
  return async ({ request, params }: { request: Request; params: PathParams }) => {
    try {
      const bytes = await request.arrayBuffer();
      const limit = requestBodyLimit(isBackupImport);
      if (bytes.byteLength > limit.maxBytes) throw new Refusal(limit.error);
      const text = new TextDecoder().decode(bytes);
      return answer({ params, text, contentType: request.headers.get('content-type') });
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
  return [
    http.get(
      api('/health'),
      route(() => json({ ok: true })),
    ),
    http.get(
      api('/workspaces'),
      route(() => json(store.list())),
    ),
    http.post(
      api('/workspaces'),
      route((req) => json(must(store.createWorkspace(body(req, CreateWorkspaceBody).name)), 201)),
    ),
    http.post(
      api('/workspaces/import'),
      route((req) => {
        must(checkJsonContentType(req.contentType));
        const result = parseBackup(must(checkJsonDepth(req.text)));
        if (!result.ok) throw new Refusal(backupProblemError(result.problem));
        return json(must(store.importBackup(result.backup)), 201);
      }, true),
    ),
    http.get(
      ws,
      route((req) => json(must(store.strategy(workspaceId(req))))),
    ),
    http.get(
      `${ws}/backup`,
      route((req) => {
        const backup = strategyToBackup(must(store.strategy(workspaceId(req))), new Date().toISOString());
        const disposition = backupContentDisposition(backup.workspace.name, backup.exportedAt.slice(0, 10));
        return HttpResponse.json(backup, { headers: { 'Content-Disposition': disposition } });
      }),
    ),
    http.patch(
      ws,
      route((req) => {
        const id = workspaceId(req);
        return json(must(store.rename(id, body(req, RenameWorkspaceBody).name)));
      }),
    ),
    http.delete(
      ws,
      route((req) => {
        must(store.remove(workspaceId(req)));
        return noContent();
      }),
    ),
    http.put(
      `${ws}/sections/:key`,
      route((req) => {
        const [id, key] = [workspaceId(req), sectionKey(req)];
        const { data, version } = body(req, putSectionBody(key));
        return json(must(store.putSection(id, key, data, version)));
      }),
    ),
    http.post(
      `${ws}/items/:kind`,
      route((req) => {
        const [id, kind] = [workspaceId(req), itemKind(req)];
        const { item, created } = must(store.createItem(id, kind, body(req, createItemBody(kind))));
        // 200 with the stored item when this id was already created: a retried request.
        return json(item, created ? 201 : 200);
      }),
    ),
    http.put(
      `${ws}/items/:kind/:itemId`,
      route((req) => {
        const [id, kind, item] = [workspaceId(req), itemKind(req), itemId(req)];
        const { data, version } = body(req, updateItemBody(kind));
        return json(must(store.updateItem(id, kind, { id: item, data, baseVersion: version })));
      }),
    ),
    http.delete(
      `${ws}/items/:kind/:itemId`,
      route((req) => {
        const [id, kind, item] = [workspaceId(req), itemKind(req), itemId(req)];
        must(store.deleteItem(id, kind, item));
        return noContent();
      }),
    ),
    http.put(
      `${ws}/order/:kind`,
      route((req) => {
        const [id, kind] = [workspaceId(req), itemKind(req)];
        must(store.reorder(id, kind, body(req, ReorderBody).ids));
        return noContent();
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
