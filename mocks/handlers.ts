import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import {
  checkBackup,
  createItemBody,
  CreateWorkspaceBody,
  isItemKind,
  isSectionKey,
  LIMITS,
  putSectionBody,
  RenameWorkspaceBody,
  ReorderBody,
  strategyToBackup,
  updateItemBody,
  validationError,
} from '@/domain';
import type { MockStore, StoreResult } from './store';

// The same HTTP contract as server/, answered in the browser or in tests. Bodies are
// validated with the domain's schemas, so a test that sends bad input sees the same 400.

const error = (status: number, code: string, message: string, current?: unknown) =>
  HttpResponse.json({ error: { code, message }, ...(current === undefined ? {} : { current }) }, { status });

async function readBody<T>(request: Request, schema: z.ZodType<T>, maxBytes: number = LIMITS.bodyBytes) {
  const text = await request.text();
  if (text.length > maxBytes) return { response: error(413, 'too_large', `Body too large (max ${maxBytes} bytes)`) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { response: error(400, 'bad_request', 'Malformed JSON') };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { response: HttpResponse.json(validationError(parsed.error), { status: 400 }) };
  return { body: parsed.data };
}

function reply<T>(result: StoreResult<T>, ok: (value: T) => Response): Response {
  if (result.ok) return ok(result.value);
  const code = result.status === 404 ? 'not_found' : result.status === 409 ? 'conflict' : 'limit';
  return error(result.status, code, result.message, result.current);
}

export function createHandlers(store: MockStore) {
  const ws = '/api/workspaces/:id';
  return [
    http.get('/api/health', () => HttpResponse.json({ ok: true })),
    http.get('/api/workspaces', () => HttpResponse.json(store.list())),
    http.post('/api/workspaces', async ({ request }) => {
      const { body, response } = await readBody(request, CreateWorkspaceBody);
      if (response) return response;
      return HttpResponse.json(store.create(body.name), { status: 201 });
    }),
    http.post('/api/workspaces/import', async ({ request }) => {
      const text = await request.text();
      if (text.length > 10_000_000) return error(413, 'too_large', 'Backup file too large');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return error(400, 'bad_request', 'Malformed JSON');
      }
      const checked = checkBackup(json);
      if (!checked.ok) return error(400, 'validation', checked.problem.key);
      return HttpResponse.json(store.importBackup(checked.backup), { status: 201 });
    }),
    http.get(ws, ({ params }) => {
      const s = store.get(String(params.id));
      return s ? HttpResponse.json(s) : error(404, 'not_found', 'Workspace not found');
    }),
    http.get(`${ws}/backup`, ({ params }) => {
      const s = store.get(String(params.id));
      return s
        ? HttpResponse.json(strategyToBackup(s, new Date().toISOString()))
        : error(404, 'not_found', 'Workspace not found');
    }),
    http.patch(ws, async ({ request, params }) => {
      const { body, response } = await readBody(request, RenameWorkspaceBody);
      if (response) return response;
      return reply(store.rename(String(params.id), body.name), (w) => HttpResponse.json(w));
    }),
    http.delete(ws, ({ params }) =>
      store.remove(String(params.id))
        ? new HttpResponse(null, { status: 204 })
        : error(404, 'not_found', 'Workspace not found'),
    ),
    http.put(`${ws}/sections/:key`, async ({ request, params }) => {
      const key = String(params.key);
      if (!isSectionKey(key)) return error(404, 'not_found', `Unknown section ${key}`);
      const { body, response } = await readBody(request, putSectionBody(key));
      if (response) return response;
      return reply(store.putSection(String(params.id), key, body.data, body.version), (s) => HttpResponse.json(s));
    }),
    http.post(`${ws}/items/:kind`, async ({ request, params }) => {
      const kind = String(params.kind);
      if (!isItemKind(kind)) return error(404, 'not_found', `Unknown kind ${kind}`);
      const { body, response } = await readBody(request, createItemBody(kind));
      if (response) return response;
      return reply(store.createItem(String(params.id), kind, body.id, body.data, body.position), ({ item, created }) =>
        HttpResponse.json(item, { status: created ? 201 : 200 }),
      );
    }),
    http.put(`${ws}/items/:kind/:itemId`, async ({ request, params }) => {
      const kind = String(params.kind);
      if (!isItemKind(kind)) return error(404, 'not_found', `Unknown kind ${kind}`);
      const { body, response } = await readBody(request, updateItemBody(kind));
      if (response) return response;
      return reply(store.updateItem(String(params.id), kind, String(params.itemId), body.data, body.version), (i) =>
        HttpResponse.json(i),
      );
    }),
    http.delete(`${ws}/items/:kind/:itemId`, ({ params }) => {
      const kind = String(params.kind);
      if (!isItemKind(kind)) return error(404, 'not_found', `Unknown kind ${kind}`);
      return reply(
        store.deleteItem(String(params.id), kind, String(params.itemId)),
        () => new HttpResponse(null, { status: 204 }),
      );
    }),
    http.put(`${ws}/order/:kind`, async ({ request, params }) => {
      const kind = String(params.kind);
      if (!isItemKind(kind)) return error(404, 'not_found', `Unknown kind ${kind}`);
      const { body, response } = await readBody(request, ReorderBody);
      if (response) return response;
      return reply(store.reorder(String(params.id), kind, body.ids), () => new HttpResponse(null, { status: 204 }));
    }),
  ];
}
