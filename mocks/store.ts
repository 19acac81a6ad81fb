import {
  applyOperation,
  backupToOperations,
  checkCreateItem,
  checkPutSection,
  checkReorder,
  checkUpdateItem,
  checkWorkspaceCount,
  emptyStrategy,
  sampleOperations,
  SAMPLE_WORKSPACE_NAME,
  unknownWorkspace,
} from '@/domain';
import type {
  BackupFile,
  ItemData,
  ItemKind,
  ItemPlace,
  Operation,
  Ruled,
  SectionData,
  SectionKey,
  StoredItem,
  StoredSection,
  Strategy,
  Workspace,
  WorkspaceSummary,
} from '@/domain';

// The in-browser stand-in for the server's store, for component tests and the demo.
// Every decision it makes is a rule of src/domain/store-rules.ts, the same functions the
// server's store calls (limits, versions, idempotent create, reorder ids), and every
// change is a domain operation; what is here is only bookkeeping: a map of strategies
// and optional persistence. tests/contract checks that both answer alike.

type Change<R> = Ruled<{ next: Strategy; value: R }>;
/** Where each item id lives, across all workspaces (ids are unique across them, as on the server). */
type Places = Map<string, ItemPlace>;

const now = () => new Date().toISOString();
const allow = <T>(value: T): Ruled<T> => ({ ok: true, value });

export class MockStore {
  private strategies = new Map<string, Strategy>();

  constructor(
    private readonly persist?: (all: Strategy[]) => void,
    initial: Strategy[] = [],
  ) {
    initial.forEach((s) => this.strategies.set(s.workspace.id, s));
  }

  all(): Strategy[] {
    return [...this.strategies.values()];
  }

  /** Most recently changed first, ties broken as the server's `order by` does. */
  list(): WorkspaceSummary[] {
    return this.all()
      .map((s) => ({
        ...s.workspace,
        municipality: s.sections.partnership.data.municipality,
        itemCount: Object.values(s.items).reduce((n, list) => n + list.length, 0),
      }))
      .sort(
        (a, b) =>
          b.updatedAt.localeCompare(a.updatedAt) ||
          b.createdAt.localeCompare(a.createdAt) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
  }

  get(id: string): Strategy | undefined {
    return this.strategies.get(id.toLowerCase());
  }

  strategy(id: string): Ruled<Strategy> {
    const s = this.get(id);
    return s ? allow(s) : { ok: false, error: unknownWorkspace() };
  }

  /** For fixtures (component tests, the demo's sample): no limit, and a refused operation is a bug. */
  create(name: string, ops: Operation[] = []): Workspace {
    const made = this.build(name, ops);
    if (!made.ok) throw new Error(`The fixture's operations were refused: ${made.error.message}`);
    return made.value;
  }

  seedSample(): Workspace {
    return this.create(
      SAMPLE_WORKSPACE_NAME,
      sampleOperations(() => crypto.randomUUID()),
    );
  }

  createWorkspace(name: string): Ruled<Workspace> {
    const room = checkWorkspaceCount(this.strategies.size);
    return room.ok ? this.build(name, []) : room;
  }

  importBackup(backup: BackupFile): Ruled<Workspace> {
    const room = checkWorkspaceCount(this.strategies.size);
    if (!room.ok) return room;
    return this.build(
      backup.workspace.name,
      backupToOperations(backup, () => crypto.randomUUID()),
    );
  }

  rename(id: string, name: string): Ruled<Workspace> {
    return this.change(id, (s, t) => {
      const workspace = { ...s.workspace, name, updatedAt: t };
      return allow({ next: { ...s, workspace }, value: workspace });
    });
  }

  remove(id: string): Ruled<null> {
    if (!this.strategies.delete(id.toLowerCase())) return { ok: false, error: unknownWorkspace() };
    this.persist?.(this.all());
    return allow(null);
  }

  putSection<K extends SectionKey>(
    id: string,
    key: K,
    data: SectionData[K],
    baseVersion?: number,
  ): Ruled<StoredSection<K>> {
    return this.change(id, (s, t) => putSection(s, key, data, baseVersion, t));
  }

  createItem(
    id: string,
    kind: ItemKind,
    input: { id: string; data: ItemData[ItemKind]; position?: number },
  ): Ruled<{ item: StoredItem; created: boolean }> {
    return this.change(id, (s, t) => createItem(s, kind, input, t, this.places()));
  }

  updateItem(
    id: string,
    kind: ItemKind,
    input: { id: string; data: ItemData[ItemKind]; baseVersion?: number },
  ): Ruled<StoredItem> {
    return this.change(id, (s, t) => updateItem(s, kind, input, t));
  }

  deleteItem(id: string, kind: ItemKind, itemId: string): Ruled<null> {
    return this.change(id, (s, t) => deleteItem(s, kind, itemId, t));
  }

  reorder(id: string, kind: ItemKind, ids: string[]): Ruled<null> {
    return this.change(id, (s, t) => reorder(s, kind, ids, t));
  }

  /** A new workspace filled by `ops`, each through the same rules as a request; all or nothing. */
  private build(name: string, ops: readonly Operation[]): Ruled<Workspace> {
    const t = now();
    let s = emptyStrategy({ id: crypto.randomUUID(), name, createdAt: t, updatedAt: t });
    const places = this.places();
    for (const op of ops) {
      const done = applyWithRules(s, op, t, places);
      if (!done.ok) return done;
      s = done.value;
    }
    this.save(s);
    return allow(s.workspace);
  }

  private change<R>(id: string, fn: (s: Strategy, now: string) => Change<R>): Ruled<R> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    const changed = fn(s, now());
    if (!changed.ok) return changed;
    if (changed.value.next !== s) this.save(changed.value.next);
    return allow(changed.value.value);
  }

  private places(): Places {
    const places: Places = new Map();
    for (const s of this.strategies.values()) {
      for (const list of Object.values(s.items) as StoredItem[][]) {
        for (const item of list) places.set(item.id, { workspaceId: s.workspace.id, kind: item.kind });
      }
    }
    return places;
  }

  private save(s: Strategy) {
    this.strategies.set(s.workspace.id, s);
    this.persist?.(this.all());
  }
}

// ---------- one change to one strategy, pure apart from `places` ----------

function putSection<K extends SectionKey>(
  s: Strategy,
  key: K,
  data: SectionData[K],
  baseVersion: number | undefined,
  t: string,
): Change<StoredSection<K>> {
  const version = checkPutSection(s.sections[key], baseVersion);
  if (!version.ok) return version;
  const section = { version: version.value, updatedAt: t, data } as StoredSection<K>;
  return allow({ next: touch({ ...s, sections: { ...s.sections, [key]: section } }, t), value: section });
}

function createItem(
  s: Strategy,
  kind: ItemKind,
  input: { id: string; data: ItemData[ItemKind]; position?: number },
  t: string,
  places: Places,
): Change<{ item: StoredItem; created: boolean }> {
  const id = input.id.toLowerCase();
  const list = s.items[kind] as StoredItem[];
  const decision = checkCreateItem({ workspaceId: s.workspace.id, kind, count: list.length }, places.get(id));
  if (!decision.ok) return decision;
  if (decision.value === 'existing') {
    return allow({ next: s, value: { item: list.find((i) => i.id === id) as StoredItem, created: false } });
  }
  const op: Operation = { type: 'createItem', kind, id, data: input.data, position: input.position };
  const next = applyOperation(s, op, t);
  // Version counts stored writes, as on the server: the first one is version 1.
  const item = { ...(next.items[kind] as StoredItem[]).find((i) => i.id === id)!, version: 1 };
  places.set(id, { workspaceId: s.workspace.id, kind });
  return allow({ next: touch(replaceItem(next, item), t), value: { item, created: true } });
}

function updateItem(
  s: Strategy,
  kind: ItemKind,
  input: { id: string; data: ItemData[ItemKind]; baseVersion?: number },
  t: string,
): Change<StoredItem> {
  const current = (s.items[kind] as StoredItem[]).find((i) => i.id === input.id.toLowerCase());
  const version = checkUpdateItem(current, input.baseVersion);
  if (!version.ok) return version;
  const item = { ...(current as StoredItem), data: input.data, version: version.value, updatedAt: t } as StoredItem;
  return allow({ next: touch(replaceItem(s, item), t), value: item });
}

/** Deleting an item that is not there is not an error: the retry of a delete finds nothing. */
function deleteItem(s: Strategy, kind: ItemKind, itemId: string, t: string): Change<null> {
  const id = itemId.toLowerCase();
  if (!s.items[kind].some((i) => i.id === id)) return allow({ next: s, value: null });
  return allow({ next: touch(applyOperation(s, { type: 'deleteItem', kind, id }, t), t), value: null });
}

function reorder(s: Strategy, kind: ItemKind, ids: readonly string[], t: string): Change<null> {
  const first = checkReorder(kind, new Set(s.items[kind].map((i) => i.id)), ids);
  if (!first.ok) return first;
  return allow({ next: touch(applyOperation(s, { type: 'reorder', kind, ids: first.value }, t), t), value: null });
}

/** What building a workspace (the sample, a backup, a fixture) does with each operation. */
function applyWithRules(s: Strategy, op: Operation, t: string, places: Places): Ruled<Strategy> {
  const done = (c: Change<unknown>): Ruled<Strategy> => (c.ok ? allow(c.value.next) : c);
  switch (op.type) {
    case 'putSection':
      return done(putSection(s, op.key, op.data, op.baseVersion, t));
    case 'createItem':
      return done(createItem(s, op.kind, op, t, places));
    case 'updateItem':
      return done(updateItem(s, op.kind, op, t));
    case 'deleteItem':
      return done(deleteItem(s, op.kind, op.id, t));
    case 'reorder':
      return done(reorder(s, op.kind, op.ids, t));
  }
}

/** Any change inside a workspace makes it "recently updated"; never backwards, as the server's `greatest`. */
function touch(s: Strategy, t: string): Strategy {
  return t > s.workspace.updatedAt ? { ...s, workspace: { ...s.workspace, updatedAt: t } } : s;
}

function replaceItem(s: Strategy, item: StoredItem): Strategy {
  const list = (s.items[item.kind] as StoredItem[]).map((i) => (i.id === item.id ? item : i));
  return { ...s, items: { ...s.items, [item.kind]: list } };
}
