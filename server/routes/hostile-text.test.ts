import { ITEM_KINDS, ITEM_SCHEMAS, SECTION_KEYS, SECTION_SCHEMAS } from '@/domain';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '@/domain/backup';
import type { ApiErrorResponse, ItemKind, SectionKey, Strategy, Workspace } from '@/domain';
import type { Res } from '../test/helpers';
import { describeBackends, getStrategy, newWorkspace } from '../test/helpers';
import { build, isFreeText, stringFields, valueAt } from '../test/string-fields';
import type { Path, StringField } from '../test/string-fields';

// Text PostgreSQL cannot store, in every string field the API takes (derived from the
// domain's schemas): a NUL character and half of an emoji. The server must never answer
// 5xx: either it stores the text normalised, or it refuses with 400 naming the field.
// Either way the next, ordinary edit goes through.

const HOSTILE = [
  { what: 'a NUL character', sent: 'Before\u0000after', stored: 'Beforeafter' },
  { what: 'a lone surrogate', sent: 'Half \uD83D emoji', stored: 'Half \uFFFD emoji' },
];

// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(stringsIn)
      : [];

const samePath = (a: Path, b: Path) => a.join('.') === b.join('.');
const only = (field: StringField, value: string) => (path: Path) => (samePath(path, field.path) ? value : undefined);

/**
 * Never 5xx; 2xx with the normalised text, in the answer and when read again; or 400
 * naming the field. Free text is always stored: a bad paste is no reason to lose a paragraph.
 */
async function expectStoredOrRefused(
  res: Res,
  at: { answered: Path; field: string; freeText: boolean },
  stored: string,
  readAgain: () => Promise<unknown>,
  label: string,
) {
  expect(res.status, `${label}: ${res.text}`).toBeLessThan(500);
  if (at.freeText) expect(res.status, `${label}: ${res.text}`).toBeLessThan(300);
  if (res.status < 300) {
    expect(valueAt(res.body, at.answered), label).toBe(stored);
    expect(await readAgain(), label).toBe(stored);
  } else {
    expect(res.status, label).toBe(400);
    expect((res.body as ApiErrorResponse).error.field, label).toBe(at.field);
  }
}

function hostileBackup(fill: (kind: SectionKey | ItemKind, field: StringField) => string | undefined, name: string) {
  const fields = (schema: (typeof SECTION_SCHEMAS)[SectionKey] | (typeof ITEM_SCHEMAS)[ItemKind], key: string) => {
    const list = stringFields(schema);
    return (path: Path) => {
      const field = list.find((f) => samePath(f.path, path));
      return field && fill(key as SectionKey | ItemKind, field);
    };
  };
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: '2026-03-15T10:30:00.000Z',
    workspace: { name },
    sections: Object.fromEntries(
      SECTION_KEYS.map((k) => [k, build(SECTION_SCHEMAS[k], fields(SECTION_SCHEMAS[k], k))]),
    ),
    items: Object.fromEntries(
      ITEM_KINDS.map((k) => [
        k,
        [{ id: crypto.randomUUID(), data: build(ITEM_SCHEMAS[k], fields(ITEM_SCHEMAS[k], k)) }],
      ]),
    ),
  };
}

describeBackends('text the database cannot store', (t) => {
  const strategy = (id: string): Promise<Strategy> => getStrategy(t.api, id);

  it.each(SECTION_KEYS)('in every string field of the %s section', async (key) => {
    const ws = await newWorkspace(t.api);
    const url = `/api/workspaces/${ws.id}/sections/${key}`;
    const fields = stringFields(SECTION_SCHEMAS[key]);
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      for (const { what, sent, stored } of HOSTILE) {
        const label = `${key}.${field.path.join('.')} with ${what}`;
        const res = await t.api.put(url, { data: build(SECTION_SCHEMAS[key], only(field, sent)) });
        await expectStoredOrRefused(
          res,
          { answered: ['data', ...field.path], field: ['data', ...field.path].join('.'), freeText: isFreeText(field) },
          stored,
          async () => valueAt((await strategy(ws.id)).sections[key].data, field.path),
          label,
        );
        const normal = await t.api.put(url, { data: build(SECTION_SCHEMAS[key]) });
        expect(normal.status, `an edit after ${label}`).toBe(200);
      }
    }
  });

  it.each(ITEM_KINDS)('in every string field of an item of kind %s', async (kind) => {
    const ws = await newWorkspace(t.api);
    const url = `/api/workspaces/${ws.id}/items/${kind}`;
    const fields = stringFields(ITEM_SCHEMAS[kind]);
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      for (const { what, sent, stored } of HOSTILE) {
        const label = `${kind}.${field.path.join('.')} with ${what}`;
        const id = crypto.randomUUID();
        const res = await t.api.post(url, { id, data: build(ITEM_SCHEMAS[kind], only(field, sent)) });
        await expectStoredOrRefused(
          res,
          { answered: ['data', ...field.path], field: ['data', ...field.path].join('.'), freeText: isFreeText(field) },
          stored,
          async () => valueAt((await strategy(ws.id)).items[kind].find((i) => i.id === id)?.data, field.path),
          label,
        );
        const normal =
          res.status < 300
            ? await t.api.put(`${url}/${id}`, { data: build(ITEM_SCHEMAS[kind]) })
            : await t.api.post(url, { id, data: build(ITEM_SCHEMAS[kind]) });
        expect(normal.status, `an edit after ${label}`).toBeLessThan(300);
      }
    }
  });

  it.each(HOSTILE)('with $what in the name of a workspace, created or renamed', async ({ sent, stored }) => {
    const res = await t.api.post<Workspace>('/api/workspaces', { name: sent });
    const read = async (id: string) => (await strategy(id)).workspace.name;
    await expectStoredOrRefused(
      res,
      { answered: ['name'], field: 'name', freeText: true },
      stored,
      () => read(res.body.id),
      'create',
    );

    const ws = await newWorkspace(t.api, 'Cēsis');
    const renamed = await t.api.patch(`/api/workspaces/${ws.id}`, { name: sent });
    await expectStoredOrRefused(
      renamed,
      { answered: ['name'], field: 'name', freeText: true },
      stored,
      () => read(ws.id),
      'rename',
    );
    expect((await t.api.patch(`/api/workspaces/${ws.id}`, { name: 'Valmiera' })).status).toBe(200);
  });

  it.each(HOSTILE)('with $what in every free-text field of an imported backup', async ({ sent, stored }) => {
    const backup = hostileBackup((_, field) => (isFreeText(field) ? sent : undefined), sent);
    const res = await t.api.post<Workspace>('/api/workspaces/import', backup);
    expect(res.status, res.text).toBe(201);
    expect(res.body.name).toBe(stored);
    const copy = await strategy(res.body.id);
    expect(copy.workspace.name).toBe(stored);
    for (const key of SECTION_KEYS)
      for (const field of stringFields(SECTION_SCHEMAS[key]).filter(isFreeText))
        expect(valueAt(copy.sections[key].data, field.path), `${key}.${field.path.join('.')}`).toBe(stored);
    for (const kind of ITEM_KINDS)
      for (const field of stringFields(ITEM_SCHEMAS[kind]).filter(isFreeText))
        expect(valueAt(copy.items[kind][0]?.data, field.path), `${kind}.${field.path.join('.')}`).toBe(stored);
    expect(
      (await t.api.put(`/api/workspaces/${res.body.id}/sections/plan`, { data: build(SECTION_SCHEMAS.plan) })).status,
    ).toBe(200);
  });

  it.each(HOSTILE)(
    'with $what in an id, a date or a choice of an imported backup: refused naming the field, or left out',
    async ({ what, sent }) => {
      const cases = [
        ...SECTION_KEYS.flatMap((key) =>
          stringFields(SECTION_SCHEMAS[key])
            .filter((f) => !isFreeText(f))
            .map((field) => ({ owner: key, field, at: ['sections', key, ...field.path] })),
        ),
        ...ITEM_KINDS.flatMap((kind) =>
          stringFields(ITEM_SCHEMAS[kind])
            .filter((f) => !isFreeText(f))
            .map((field) => ({ owner: kind, field, at: ['items', kind, 0, 'data', ...field.path] })),
        ),
      ];
      expect(cases.length).toBeGreaterThan(0);
      for (const { owner, field, at } of cases) {
        const backup = hostileBackup(
          (o, f) => (o === owner && samePath(f.path, field.path) ? sent : undefined),
          'Copy',
        );
        const res = await t.api.post('/api/workspaces/import', backup);
        const label = `${at.join('.')} with ${what}`;
        expect(res.status, `${label}: ${res.text}`).toBeLessThan(500);
        if (res.status < 300) {
          // An import may leave out a choice it does not know (an older or newer file):
          // then nothing of the hostile text may have been stored.
          const copy = await t.api.get<Strategy>(`/api/workspaces/${(res.body as Workspace).id}`);
          expect(copy.status, label).toBe(200);
          expect(
            stringsIn(copy.body).filter((s) => UNSTORABLE.test(s)),
            label,
          ).toEqual([]);
        } else {
          expect(res.status, `${label}: ${res.text}`).toBe(400);
          expect((res.body as ApiErrorResponse).error.field, label).toBe(at.join('.'));
        }
      }
      const clean = await t.api.post(
        '/api/workspaces/import',
        hostileBackup(() => undefined, 'Copy'),
      );
      expect(clean.status).toBe(201);
    },
  );
});
