import {
  applyOperation,
  applyOperations,
  backupToOperations,
  checkVersion,
  emptyStrategy,
  LIMITS,
  sampleOperations,
  SAMPLE_WORKSPACE_NAME,
} from '@/domain';
import type { ItemKind, Operation, SectionKey, StoredItem, Strategy, Workspace, WorkspaceSummary } from '@/domain';
import type { BackupFile } from '@/domain';

// The in-browser stand-in for the server's store, for component tests and the demo.
// Every rule it applies comes from src/domain (versions, ordering, backup import);
// what is here is only bookkeeping: a map of strategies and optional persistence.

export type StoreResult<T> =
  { ok: true; value: T } | { ok: false; status: 404 | 409 | 400; message: string; current?: unknown };

const now = () => new Date().toISOString();
const notFound = (what: string) => ({ ok: false as const, status: 404 as const, message: `${what} not found` });

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

  list(): WorkspaceSummary[] {
    return this.all()
      .map((s) => ({
        ...s.workspace,
        municipality: s.sections.partnership.data.municipality,
        itemCount: Object.values(s.items).reduce((n, list) => n + list.length, 0),
      }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  get(id: string): Strategy | undefined {
    return this.strategies.get(id);
  }

  create(name: string, ops: Operation[] = []): Workspace {
    const t = now();
    const workspace = { id: crypto.randomUUID(), name, createdAt: t, updatedAt: t };
    const strategy = applyOperations(emptyStrategy(workspace), ops, t);
    this.save(this.bumpVersions(strategy, ops));
    return workspace;
  }

  seedSample(): Workspace {
    return this.create(
      SAMPLE_WORKSPACE_NAME,
      sampleOperations(() => crypto.randomUUID()),
    );
  }

  importBackup(backup: BackupFile): Workspace {
    return this.create(
      backup.workspace.name,
      backupToOperations(backup, () => crypto.randomUUID()),
    );
  }

  rename(id: string, name: string): StoreResult<Workspace> {
    const s = this.strategies.get(id);
    if (!s) return notFound('Workspace');
    const workspace = { ...s.workspace, name, updatedAt: now() };
    this.save({ ...s, workspace });
    return { ok: true, value: workspace };
  }

  remove(id: string): boolean {
    const existed = this.strategies.delete(id);
    this.persist?.(this.all());
    return existed;
  }

  putSection(
    id: string,
    key: SectionKey,
    data: unknown,
    baseVersion?: number,
  ): StoreResult<Strategy['sections'][SectionKey]> {
    const s = this.strategies.get(id);
    if (!s) return notFound('Workspace');
    const current = s.sections[key];
    const check = checkVersion(current.version, baseVersion);
    if (!check.ok) return { ok: false, status: 409, message: 'Changed by someone else', current };
    const t = now();
    const next = applyOperation(s, { type: 'putSection', key, data } as Operation, t);
    const section = { ...next.sections[key], version: check.nextVersion, updatedAt: t };
    this.save(touch({ ...next, sections: { ...next.sections, [key]: section } }, t));
    return { ok: true, value: section };
  }

  createItem(
    id: string,
    kind: ItemKind,
    itemId: string,
    data: unknown,
    position?: number,
  ): StoreResult<{ item: StoredItem; created: boolean }> {
    const s = this.strategies.get(id);
    if (!s) return notFound('Workspace');
    const existing = (s.items[kind] as StoredItem[]).find((i) => i.id === itemId);
    if (existing) return { ok: true, value: { item: existing, created: false } };
    if (this.all().some((o) => Object.values(o.items).some((l) => l.some((i) => i.id === itemId)))) {
      return { ok: false, status: 409, message: 'id: this id is already used' };
    }
    if (s.items[kind].length >= LIMITS.itemsPerKind)
      return { ok: false, status: 400, message: `Too many items (max ${LIMITS.itemsPerKind})` };
    const t = now();
    const next = applyOperation(s, { type: 'createItem', kind, id: itemId, data, position } as Operation, t);
    const item = { ...(next.items[kind] as StoredItem[]).find((i) => i.id === itemId)!, version: 1 };
    this.save(touch(replaceItem(next, item), t));
    return { ok: true, value: { item, created: true } };
  }

  updateItem(id: string, kind: ItemKind, itemId: string, data: unknown, baseVersion?: number): StoreResult<StoredItem> {
    const s = this.strategies.get(id);
    if (!s) return notFound('Workspace');
    const current = (s.items[kind] as StoredItem[]).find((i) => i.id === itemId);
    if (!current) return notFound('Item');
    const check = checkVersion(current.version, baseVersion);
    if (!check.ok) return { ok: false, status: 409, message: 'Changed by someone else', current };
    const t = now();
    const item = { ...current, data, version: check.nextVersion, updatedAt: t } as StoredItem;
    this.save(touch(replaceItem(s, item), t));
    return { ok: true, value: item };
  }

  deleteItem(id: string, kind: ItemKind, itemId: string): StoreResult<null> {
    const s = this.strategies.get(id);
    if (!s) return notFound('Workspace');
    const t = now();
    this.save(touch(applyOperation(s, { type: 'deleteItem', kind, id: itemId }, t), t));
    return { ok: true, value: null };
  }

  reorder(id: string, kind: ItemKind, ids: string[]): StoreResult<null> {
    const s = this.strategies.get(id);
    if (!s) return notFound('Workspace');
    const known = new Set(s.items[kind].map((i) => i.id));
    const unknown = ids.find((i) => !known.has(i));
    if (unknown) return { ok: false, status: 400, message: `ids: unknown item ${unknown}` };
    const t = now();
    this.save(touch(applyOperation(s, { type: 'reorder', kind, ids }, t), t));
    return { ok: true, value: null };
  }

  private bumpVersions(s: Strategy, ops: Operation[]): Strategy {
    // Records created through operations start at version 1, like the server's.
    const sections = { ...s.sections };
    for (const op of ops) if (op.type === 'putSection') sections[op.key] = { ...sections[op.key], version: 1 } as never;
    const items = Object.fromEntries(
      Object.entries(s.items).map(([k, list]) => [k, list.map((i) => ({ ...i, version: 1 }))]),
    );
    return { ...s, sections, items: items as Strategy['items'] };
  }

  private save(s: Strategy) {
    this.strategies.set(s.workspace.id, s);
    this.persist?.(this.all());
  }
}

function touch(s: Strategy, t: string): Strategy {
  return { ...s, workspace: { ...s.workspace, updatedAt: t } };
}

function replaceItem(s: Strategy, item: StoredItem): Strategy {
  const list = (s.items[item.kind] as StoredItem[]).map((i) => (i.id === item.id ? item : i));
  return { ...s, items: { ...s.items, [item.kind]: list } };
}
