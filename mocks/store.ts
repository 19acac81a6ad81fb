import {
  actorsOf,
  emptyStrategy,
  EMPTY_SECTIONS,
  sampleOperations,
  SAMPLE_WORKSPACE_NAME,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  stateOf,
  upgradeStrategy,
} from '@/domain';
import { findMentions, openCounts, parseAnchor } from '@/domain/comments';
import { daysUntil, PROGRAMME_LINK_MS, townProgress } from '@/domain/programmes';
import { compareTowns } from '@/domain/compare-towns';
import { acrossTowns } from '@/domain/across-towns';
import { programmeSummary } from '@/domain/programme-summary';
import type { ProgrammeSummary } from '@/domain/programme-summary';
import { itemFromPractice, practiceContent, rankForTown } from '@/domain/good-practice';
import type { GoodPractice, MarkPracticeBody, TownPractice } from '@/domain/good-practice';
import type { AcrossTowns } from '@/domain/across-towns';
import type { CompareSection, TownComparison } from '@/domain/compare-towns';
import type { Dashboard, Programme, ProgrammeLinkPreview } from '@/domain/programmes';
import { itemFromIdea } from '@/domain/ideas';
import { backupToOperations } from '@/domain/backup';
import {
  checkProgrammeAccess,
  unknownPractice,
  unknownProgramme,
  checkContentEditable,
  checkConvertIdea,
  checkIdeaEditor,
  checkOwnComment,
  checkTransition,
  checkWorkspaceCount,
  unknownCommentTarget,
  unknownIdea,
  unknownWorkspace,
} from '@/domain/store-rules';
import type {
  ChangedBy,
  RecordBody,
  ItemData,
  ItemKind,
  Operation,
  Principal,
  SessionInfo,
  SessionUser,
  WorkspaceRole,
  SectionKey,
  StoredItem,
  StoredSection,
  Strategy,
  TransitionBody,
  VersionSummary,
  Workspace,
  WorkflowEntry,
  WorkflowInfo,
  WorkflowState,
  WorkspaceSummary,
} from '@/domain';
import type { Comment, Thread } from '@/domain/comments';
import type { Idea, IdeaBody, IdeaStatus, IdeaTarget } from '@/domain/ideas';
import type { BackupFile } from '@/domain/backup';
import type { Ruled } from '@/domain/store-rules';
import { applyWithRules, createItem, deleteItem, putSection, reorder, updateItem } from './changes';
import type { Change, Places } from './changes';

// The in-browser stand-in for the server's store, for component tests and the demo.
// Every decision it makes is a rule of src/domain/store-rules.ts, the same functions the
// server's store calls (limits, versions, idempotent create, reorder ids), and every
// change is a domain operation; what is here is only bookkeeping: a map of strategies
// and optional persistence. tests/contract checks that both answer alike.

const now = () => new Date().toISOString();
const allow = <T>(value: T): Ruled<T> => ({ ok: true, value });

/** The person of the demo and of component tests: the lead of every workspace the store holds. */
export const DEMO_USER: SessionUser = {
  id: '00000000-0000-4000-8000-00000000d3e0',
  email: 'lead@example.org',
  name: 'Demo Lead (library)',
  systemRole: 'user',
  demo: true,
  twoStep: false,
  twoStepRequired: false,
};

const lastAt = (t: Thread) => t.comments.at(-1)?.createdAt ?? '';

const summary = ({ content: _, ...v }: VersionSummary & { content: unknown }): VersionSummary => v;

export class MockStore {
  private strategies = new Map<string, Strategy>();
  /** Signed in unless a test or the demo's "Sign out" says otherwise. */
  signedIn = true;
  /** The number of the last change, across workspaces, as the server numbers its live events. */
  private seq = 0;
  /** The demo user's role where a test sets one; otherwise lead of every workspace not in `coordinated`. */
  readonly roles = new Map<string, WorkspaceRole>();
  /** Workspaces of a programme the demo user coordinates (mocks/programmes.ts): observed, not led. */
  readonly coordinated = new Set<string>();
  private programmeRecords = new Map<string, Omit<Programme, 'townCount'> & { towns: string[] }>();
  /** Towns enrolled here whose lead has not joined yet. */
  private leadless = new Set<string>();
  private sessionStarted = Date.now();
  /** The workflow's steps and kept versions, newest first, per workspace (in memory only). */
  private comments = new Map<string, Thread[]>();
  private ideaBoards = new Map<string, Idea[]>();
  private workflows = new Map<
    string,
    { entries: WorkflowEntry[]; versions: (VersionSummary & { content: Pick<Strategy, 'sections' | 'items'> })[] }
  >();

  principal(): Principal {
    return this.signedIn ? { userId: DEMO_USER.id, systemRole: DEMO_USER.systemRole } : null;
  }

  roleOf(id: string): WorkspaceRole | null {
    const key = id.toLowerCase();
    if (!this.strategies.has(key)) return null;
    return this.roles.get(key) ?? (this.coordinated.has(key) ? null : 'lead');
  }

  /** Whether the demo user coordinates the programme the workspace belongs to. */
  coordinates(id: string): boolean {
    const key = id.toLowerCase();
    return this.strategies.has(key) && this.coordinated.has(key);
  }

  session(): SessionInfo {
    const now = Date.now();
    return {
      user: DEMO_USER,
      memberships: Object.fromEntries(
        this.all().flatMap((s) => {
          const role = this.roleOf(s.workspace.id);
          return role ? [[s.workspace.id, role]] : [];
        }),
      ),
      coordinates: [...this.coordinated].filter((id) => this.strategies.has(id)).sort(),
      idleExpiresAt: new Date(now + SESSION_IDLE_MS).toISOString(),
      expiresAt: new Date(this.sessionStarted + SESSION_MAX_MS).toISOString(),
    };
  }

  signIn(): SessionInfo {
    this.signedIn = true;
    this.sessionStarted = Date.now();
    return this.session();
  }

  /** `initial` may have been kept by an older release: it is read through the domain's upgrade, as the server reads its rows. */
  constructor(
    private readonly persist?: (all: Strategy[]) => void,
    initial: readonly unknown[] = [],
  ) {
    for (const raw of initial) {
      const s = upgradeStrategy(raw);
      if (s) this.strategies.set(s.workspace.id, s);
      if (s?.seq) this.seq = Math.max(this.seq, s.seq);
    }
  }

  all(): Strategy[] {
    return [...this.strategies.keys()].map((id) => this.get(id) as Strategy);
  }

  /** Most recently changed first, ties broken as the server's `order by` does. */
  list(): WorkspaceSummary[] {
    return this.all()
      .filter((s) => this.roleOf(s.workspace.id) !== null)
      .map((s) => ({
        ...s.workspace,
        municipality: s.sections.partnership.data.municipality,
        itemCount: Object.values(s.items).reduce((n, list) => n + list.length, 0),
        role: this.roleOf(s.workspace.id),
        hasLead: true,
      }))
      .sort(
        (a, b) =>
          b.updatedAt.localeCompare(a.updatedAt) ||
          b.createdAt.localeCompare(a.createdAt) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
  }

  /** As the server reads it: a workspace kept before the workflow existed is a draft. */
  get(id: string): Strategy | undefined {
    const s = this.strategies.get(id.toLowerCase());
    return s && { ...s, workspace: { ...s.workspace, state: stateOf(s.workspace) }, seq: s.seq ?? 0 };
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

  putSection<K extends SectionKey>(id: string, key: K, edit: RecordBody): Ruled<StoredSection<K>> {
    return this.change(id, (s, t) => putSection(s, key, edit, t, this.actor()));
  }

  createItem(
    id: string,
    kind: ItemKind,
    input: { id: string; data: ItemData[ItemKind]; position?: number },
  ): Ruled<{ item: StoredItem; created: boolean }> {
    return this.change(id, (s, t) => createItem(s, kind, input, t, this.places(), this.actor()));
  }

  updateItem(id: string, kind: ItemKind, input: { id: string } & RecordBody): Ruled<StoredItem> {
    return this.change(id, (s, t) => updateItem(s, kind, input, t, this.actor()));
  }

  deleteItem(id: string, kind: ItemKind, itemId: string): Ruled<null> {
    return this.change(id, (s, t) => deleteItem(s, kind, itemId, t));
  }

  reorder(id: string, kind: ItemKind, ids: string[]): Ruled<null> {
    return this.change(id, (s, t) => reorder(s, kind, ids, t));
  }

  workflow(id: string): Ruled<WorkflowInfo> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    const w = this.workflows.get(s.workspace.id) ?? { entries: [], versions: [] };
    return allow({ state: stateOf(s.workspace), entries: w.entries, versions: w.versions.map(summary) });
  }

  /** A step of the workflow by the demo's person in their role: the domain's state machine decides. */
  takeStep(id: string, body: Required<TransitionBody>): Ruled<{ state: WorkflowState; entry: WorkflowEntry }> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    const from = stateOf(s.workspace);
    const to = checkTransition(from, body, actorsOf(this.roleOf(id), this.coordinates(id)));
    if (!to.ok) return to;
    const version = this.keep(s, { name: '', action: body.action, state: to.value });
    const w = this.workflowOf(s.workspace.id);
    const entry: WorkflowEntry = {
      id: w.entries.length + 1,
      at: now(),
      by: { id: DEMO_USER.id, name: DEMO_USER.name },
      action: body.action,
      from,
      to: to.value,
      comment: body.comment,
      versionId: version.id,
    };
    w.entries.unshift(entry);
    this.save({ ...s, workspace: { ...s.workspace, state: to.value } });
    return allow({ state: to.value, entry });
  }

  nameVersion(id: string, name: string): Ruled<VersionSummary> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    return allow(this.keep(s, { name, action: null, state: stateOf(s.workspace) }));
  }

  version(id: string, versionId: string): Ruled<{ version: VersionSummary; strategy: Strategy } | null> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    const v = this.workflowOf(s.workspace.id).versions.find((x) => x.id === versionId);
    // As the server reads a version: its content and the workspace as it is, with no event number.
    return allow(
      v ? { version: summary(v), strategy: { ...v.content, workspace: { ...s.workspace, state: v.state } } } : null,
    );
  }

  private workflowOf(id: string) {
    let w = this.workflows.get(id);
    if (!w) this.workflows.set(id, (w = { entries: [], versions: [] }));
    return w;
  }

  private keep(s: Strategy, kept: Pick<VersionSummary, 'name' | 'action' | 'state'>): VersionSummary {
    const w = this.workflowOf(s.workspace.id);
    const version = {
      id: crypto.randomUUID(),
      number: w.versions.length + 1,
      at: now(),
      by: { id: DEMO_USER.id, name: DEMO_USER.name },
      ...kept,
      content: structuredClone({ sections: s.sections, items: s.items }),
    };
    w.versions.unshift(version);
    return summary(version);
  }

  // ---------- ideas: the demo's one person proposes, votes and decides ----------

  ideas(id: string): Ruled<Idea[]> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    return allow((this.ideaBoards.get(s.workspace.id) ?? []).map((i) => structuredClone(i)));
  }

  proposeIdea(id: string, body: IdeaBody & { id?: string }): Ruled<Idea> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    const board = this.ideaBoards.get(s.workspace.id) ?? [];
    this.ideaBoards.set(s.workspace.id, board);
    const { id: ideaId = crypto.randomUUID(), ...fields } = body;
    const existing = board.find((i) => i.id === ideaId);
    if (existing) return allow(structuredClone(existing));
    const idea: Idea = {
      id: ideaId,
      ...fields,
      status: 'proposed',
      reason: '',
      proposedBy: { id: DEMO_USER.id, name: DEMO_USER.name },
      createdAt: now(),
      votes: 0,
      myVote: false,
      convertedTo: null,
    };
    board.unshift(idea);
    return allow(structuredClone(idea));
  }

  private idea(id: string, ideaId: string): Idea | undefined {
    return (this.ideaBoards.get(id.toLowerCase()) ?? []).find((i) => i.id === ideaId);
  }

  editIdea(id: string, ideaId: string, body: IdeaBody): Ruled<Idea> {
    const idea = this.idea(id, ideaId);
    const may = checkIdeaEditor(
      idea && { authorId: idea.proposedBy.id, converted: idea.convertedTo !== null },
      DEMO_USER.id,
      this.roleOf(id),
    );
    if (!may.ok) return may;
    Object.assign(idea as Idea, body);
    return allow(structuredClone(idea as Idea));
  }

  removeIdea(id: string, ideaId: string): Ruled<null> {
    const idea = this.idea(id, ideaId);
    const may = checkIdeaEditor(
      idea && { authorId: idea.proposedBy.id, converted: idea.convertedTo !== null },
      DEMO_USER.id,
      this.roleOf(id),
    );
    if (!may.ok) return may;
    const board = this.ideaBoards.get(id.toLowerCase()) ?? [];
    this.ideaBoards.set(
      id.toLowerCase(),
      board.filter((i) => i.id !== ideaId),
    );
    return allow(null);
  }

  voteIdea(id: string, ideaId: string, on: boolean): Ruled<Idea> {
    const idea = this.idea(id, ideaId);
    if (!idea) return { ok: false, error: unknownIdea() };
    if (on !== idea.myVote) Object.assign(idea, { myVote: on, votes: idea.votes + (on ? 1 : -1) });
    return allow(structuredClone(idea));
  }

  decideIdea(id: string, ideaId: string, status: IdeaStatus, reason: string): Ruled<Idea> {
    const idea = this.idea(id, ideaId);
    const may = checkIdeaEditor(idea && { authorId: null, converted: idea.convertedTo !== null }, DEMO_USER.id, 'lead');
    if (!may.ok) return may;
    Object.assign(idea as Idea, { status, reason: status === 'setAside' ? reason : '' });
    return allow(structuredClone(idea as Idea));
  }

  convertIdea(
    id: string,
    ideaId: string,
    target: { kind: IdeaTarget; id: string },
  ): Ruled<{ idea: Idea; item: StoredItem }> {
    const idea = this.idea(id, ideaId);
    const may = checkConvertIdea(idea && { status: idea.status, converted: idea.convertedTo !== null });
    if (!may.ok) return may;
    const source = idea as Idea;
    const data =
      target.kind === 'recommendation' ? itemFromIdea(source, 'recommendation') : itemFromIdea(source, 'action');
    const made = this.createItem(id, target.kind, { id: target.id, data });
    if (!made.ok) return made;
    source.convertedTo = { kind: target.kind, id: made.value.item.id };
    return allow({ idea: structuredClone(source), item: made.value.item });
  }

  // ---------- comments: the demo's one person writes them all ----------

  threads(id: string): Ruled<Thread[]> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    const list = this.comments.get(s.workspace.id) ?? [];
    return allow([...list].sort((a, b) => lastAt(b).localeCompare(lastAt(a))).map((t) => structuredClone(t)));
  }

  addComment(id: string, input: { anchor: string; body: string; threadId?: string }): Ruled<Comment> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    const list = this.comments.get(s.workspace.id) ?? [];
    this.comments.set(s.workspace.id, list);
    const comment: Comment = {
      id: crypto.randomUUID(),
      threadId: '',
      author: {
        id: DEMO_USER.id,
        name: DEMO_USER.name,
        role: this.roleOf(id) ?? (this.coordinates(id) ? 'coordinator' : null),
      },
      body: input.body,
      mentions: findMentions(input.body, [DEMO_USER]),
      createdAt: now(),
      editedAt: null,
      deleted: false,
    };
    if (input.threadId) {
      const thread = list.find((t) => t.id === input.threadId);
      if (!thread) return { ok: false, error: unknownCommentTarget('thread') };
      thread.comments.push({ ...comment, threadId: thread.id });
      thread.resolved = null;
      return allow({ ...comment, threadId: thread.id });
    }
    const target = parseAnchor(input.anchor);
    if (target?.type === 'item' && !(s.items[target.kind] as StoredItem[]).some((i) => i.id === target.id)) {
      return { ok: false, error: unknownCommentTarget('item') };
    }
    const opened = { ...comment, threadId: comment.id };
    list.push({ id: comment.id, anchor: input.anchor, resolved: null, comments: [opened] });
    return allow(opened);
  }

  editComment(id: string, commentId: string, body: string): Ruled<Comment> {
    const found = this.findComment(id, commentId);
    const own = checkOwnComment(found && { authorId: found.author.id, deleted: found.deleted }, DEMO_USER.id);
    if (!own.ok) return own;
    const c = found as Comment;
    Object.assign(c, { body, mentions: findMentions(body, [DEMO_USER]), editedAt: now() });
    return allow({ ...c });
  }

  removeComment(id: string, commentId: string): Ruled<null> {
    const found = this.findComment(id, commentId);
    const own = checkOwnComment(found && { authorId: found.author.id, deleted: found.deleted }, DEMO_USER.id);
    if (!own.ok) return own;
    Object.assign(found as Comment, { body: '', mentions: [], deleted: true });
    return allow(null);
  }

  resolveThread(id: string, threadId: string, resolved: boolean): Ruled<Thread> {
    const thread = (this.comments.get(id.toLowerCase()) ?? []).find((t) => t.id === threadId);
    if (!thread) return { ok: false, error: unknownCommentTarget('thread') };
    thread.resolved = resolved ? { at: now(), by: DEMO_USER.name } : null;
    return allow(structuredClone(thread));
  }

  private findComment(id: string, commentId: string): Comment | undefined {
    for (const t of this.comments.get(id.toLowerCase()) ?? []) {
      const c = t.comments.find((x) => x.id === commentId);
      if (c) return c;
    }
    return undefined;
  }

  /** A new workspace filled by `ops`, each through the same rules as a request; all or nothing. */
  // ---------- programmes: the demo user coordinates every programme the store holds ----------

  /** For fixtures: a programme the demo user coordinates, and its towns, made here with their state. */
  addProgramme(
    programme: Omit<Programme, 'townCount'>,
    towns: readonly { name: string; ops: Operation[]; state?: WorkflowState }[],
  ): Programme {
    const ids = towns.map((town) => {
      const made = this.create(town.name, town.ops);
      const s = this.strategies.get(made.id) as Strategy;
      const workspace = { ...s.workspace, programmeId: programme.id, ...(town.state ? { state: town.state } : {}) };
      this.strategies.set(made.id, { ...s, workspace });
      this.coordinated.add(made.id);
      return made.id;
    });
    this.programmeRecords.set(programme.id, { ...programme, towns: ids });
    return { ...programme, townCount: ids.length };
  }

  programmes(): Programme[] {
    return [...this.programmeRecords.keys()]
      .map((id) => this.programmeOf(id) as Programme)
      .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  }

  programme(id: string, action: 'read' | 'coordinate' | 'manage'): Ruled<Programme> {
    const found = this.programmeOf(id);
    if (!found) return { ok: false, error: unknownProgramme() };
    const may = checkProgrammeAccess(this.principal(), true, action);
    return may.ok ? allow(found) : may;
  }

  private programmeOf(id: string): Programme | undefined {
    const record = this.programmeRecords.get(id.toLowerCase());
    if (!record) return undefined;
    const { towns, ...programme } = record;
    return { ...programme, townCount: towns.filter((t) => this.strategies.has(t)).length };
  }

  dashboard(id: string, at: Date): Ruled<Dashboard> {
    const found = this.programme(id, 'read');
    if (!found.ok) return found;
    const programme = found.value;
    const towns = (this.programmeRecords.get(programme.id)?.towns ?? [])
      .map((t) => this.get(t))
      .filter((s): s is Strategy => s !== undefined)
      .sort((a, b) => (a.workspace.name < b.workspace.name ? -1 : a.workspace.name > b.workspace.name ? 1 : 0))
      .map((s) => {
        const threads = this.comments.get(s.workspace.id) ?? [];
        const lastComment = threads
          .flatMap((t) => t.comments.map((c) => c.createdAt))
          .sort()
          .at(-1);
        const lastActivity = lastComment && lastComment > s.workspace.updatedAt ? lastComment : s.workspace.updatedAt;
        return townProgress(
          s,
          { openComments: openCounts(threads).total, lastActivity, hasLead: !this.leadless.has(s.workspace.id) },
          programme.deadline,
          at,
        );
      });
    return allow({ programme, daysToDeadline: daysUntil(programme.deadline, at), towns });
  }

  // ---------- good practice (src/domain/good-practice.ts) ----------

  private practices: (GoodPractice & { programmeId: string })[] = [];
  /** practice id → town id → the item the town made of it. */
  private practiceCopies = new Map<string, Map<string, string>>();

  programmePractices(id: string): Ruled<GoodPractice[]> {
    const found = this.programme(id, 'read');
    if (!found.ok) return found;
    return allow(this.practicesOf(found.value.id));
  }

  private practicesOf(programmeId: string): GoodPractice[] {
    return this.practices
      .filter((p) => p.programmeId === programmeId)
      .map(({ programmeId: _p, ...p }) => structuredClone(p))
      .sort((a, b) => b.markedAt.localeCompare(a.markedAt) || a.id.localeCompare(b.id));
  }

  markPractice(id: string, body: Required<MarkPracticeBody>): Ruled<{ practice: GoodPractice; created: boolean }> {
    const found = this.programme(id, 'coordinate');
    if (!found.ok) return found;
    const towns = this.programmeRecords.get(found.value.id)?.towns ?? [];
    const strategy = towns.includes(body.workspaceId.toLowerCase()) ? this.get(body.workspaceId) : undefined;
    if (!strategy) return { ok: false, error: unknownWorkspace() };
    const content = practiceContent(strategy, body.kind, body.itemId);
    if (!content) return { ok: false, error: { status: 404, code: 'not_found', message: 'Item not found' } };
    const existing = this.practices.find((p) => p.programmeId === found.value.id && p.itemId === body.itemId);
    const name = strategy.sections.partnership.data.municipality || strategy.workspace.name;
    const practice = {
      id: existing?.id ?? crypto.randomUUID(),
      programmeId: found.value.id,
      kind: body.kind,
      town: { workspaceId: strategy.workspace.id, name },
      itemId: body.itemId,
      note: body.note,
      markedBy: DEMO_USER.name,
      markedAt: existing?.markedAt ?? now(),
      content,
    };
    this.practices = [...this.practices.filter((p) => p !== existing), practice];
    const { programmeId: _p, ...shown } = practice;
    return allow({ practice: shown, created: !existing });
  }

  removePractice(id: string, practiceId: string): Ruled<null> {
    const found = this.programme(id, 'coordinate');
    if (!found.ok) return found;
    const before = this.practices.length;
    this.practices = this.practices.filter(
      (p) => !(p.id === practiceId.toLowerCase() && p.programmeId === found.value.id),
    );
    return this.practices.length < before ? allow(null) : { ok: false, error: unknownPractice() };
  }

  private programmeOfTown(workspaceId: string): string | undefined {
    return [...this.programmeRecords.values()].find((r) => r.towns.includes(workspaceId.toLowerCase()))?.id;
  }

  townPractices(id: string): Ruled<TownPractice[]> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    const programmeId = this.programmeOfTown(id);
    if (!programmeId) return allow([]);
    const copies = new Map(
      [...this.practiceCopies]
        .map(([practice, byTown]) => [practice, byTown.get(s.workspace.id)] as const)
        .filter((e): e is [string, string] => e[1] !== undefined && this.findItemIn(s, e[1])),
    );
    return allow(rankForTown(this.practicesOf(programmeId), s, copies));
  }

  private findItemIn(s: Strategy, itemId: string): boolean {
    return Object.values(s.items).some((list) => (list as StoredItem[]).some((i) => i.id === itemId));
  }

  copyPractice(id: string, practiceId: string, itemId: string): Ruled<StoredItem> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    const practice = this.practices.find(
      (p) => p.id === practiceId.toLowerCase() && p.programmeId === this.programmeOfTown(id),
    );
    if (!practice) return { ok: false, error: unknownPractice() };
    const made = this.createItem(id, practice.kind, {
      id: itemId,
      data: itemFromPractice(practice, () => crypto.randomUUID()),
    });
    if (!made.ok) return made;
    const byTown = this.practiceCopies.get(practice.id) ?? new Map<string, string>();
    byTown.set(s.workspace.id, made.value.item.id);
    this.practiceCopies.set(practice.id, byTown);
    return allow(made.value.item);
  }

  /** Everything the programme summary document says (src/domain/programme-summary.ts). */
  summary(id: string, lang: string): Ruled<ProgrammeSummary> {
    const found = this.programme(id, 'read');
    if (!found.ok) return found;
    const towns = (this.programmeRecords.get(found.value.id)?.towns ?? [])
      .map((t) => this.get(t))
      .filter((s): s is Strategy => s !== undefined)
      .map((s) => ({ name: s.sections.partnership.data.municipality || s.workspace.name, strategy: s }));
    return allow(programmeSummary(found.value, towns, new Intl.Collator(lang), new Date()));
  }

  /** What the programme's towns plan, counted across them (src/domain/across-towns.ts). */
  across(id: string): Ruled<AcrossTowns> {
    const found = this.programme(id, 'read');
    if (!found.ok) return found;
    const towns = (this.programmeRecords.get(found.value.id)?.towns ?? [])
      .map((t) => this.get(t))
      .filter((s): s is Strategy => s !== undefined)
      .sort((a, b) => (a.workspace.name < b.workspace.name ? -1 : a.workspace.name > b.workspace.name ? 1 : 0));
    return allow(
      acrossTowns(
        towns.map((s) => ({
          workspaceId: s.workspace.id,
          name: s.sections.partnership.data.municipality || s.workspace.name,
          strategy: s,
        })),
      ),
    );
  }

  /** Two to four of the programme's towns side by side (src/domain/compare-towns.ts). */
  compare(id: string, section: CompareSection, ids: readonly string[]): Ruled<TownComparison> {
    const found = this.programme(id, 'read');
    if (!found.ok) return found;
    const towns = this.programmeRecords.get(found.value.id)?.towns ?? [];
    const chosen = ids.map((t) => (towns.includes(t) ? this.get(t) : undefined));
    if (chosen.some((s) => s === undefined)) return { ok: false, error: unknownWorkspace() };
    return allow(
      compareTowns(
        (chosen as Strategy[]).map((s) => ({
          workspaceId: s.workspace.id,
          name: s.workspace.name,
          municipality: s.sections.partnership.data.municipality,
          strategy: s,
        })),
        section,
      ),
    );
  }

  /** Links that bring a strategy into a programme (the token is the key: the demo has one person). */
  private programmeLinks = new Map<string, { programmeId: string; expiresAt: string; used: boolean }>();

  makeProgrammeLink(id: string, token: string): Ruled<{ token: string; expiresAt: string }> {
    const found = this.programme(id, 'coordinate');
    if (!found.ok) return found;
    const expiresAt = new Date(Date.now() + PROGRAMME_LINK_MS).toISOString();
    this.programmeLinks.set(token, { programmeId: found.value.id, expiresAt, used: false });
    return allow({ token, expiresAt });
  }

  private openLink(token: string): Ruled<{ programmeId: string; expiresAt: string; used: boolean }> {
    const link = this.programmeLinks.get(token);
    if (!link)
      return {
        ok: false,
        error: { status: 404, code: 'not_found', message: 'This link is not valid: check that it was copied whole' },
      };
    if (link.used)
      return {
        ok: false,
        error: {
          status: 410,
          code: 'link_used',
          message: 'This link has already been used. Ask the coordinator for a new one',
        },
      };
    return allow(link);
  }

  previewLink(token: string): Ruled<ProgrammeLinkPreview> {
    const link = this.openLink(token);
    if (!link.ok) return link;
    const programme = this.programmeOf(link.value.programmeId) as Programme;
    return allow({
      programme: { name: programme.name, country: programme.country, deadline: programme.deadline },
      invitedBy: DEMO_USER.name,
      expiresAt: link.value.expiresAt,
    });
  }

  acceptLink(token: string, workspaceId: string): Ruled<Workspace> {
    const link = this.openLink(token);
    if (!link.ok) return link;
    const s = this.get(workspaceId);
    const role = s ? this.roleOf(workspaceId) : null;
    if (!s || role === null) return { ok: false, error: unknownWorkspace() };
    if (role !== 'lead')
      return {
        ok: false,
        error: {
          status: 403,
          code: 'forbidden',
          message: 'Only the lead of a strategy can bring it into a programme',
          field: 'workspaceId',
        },
      };
    if (this.programmeOfTown(workspaceId))
      return {
        ok: false,
        error: {
          status: 409,
          code: 'conflict',
          message: 'This strategy already belongs to a programme',
          field: 'workspaceId',
        },
      };
    // The demo's one person leads it and now also coordinates its programme.
    this.roles.set(s.workspace.id, 'lead');
    this.coordinated.add(s.workspace.id);
    this.programmeRecords.get(link.value.programmeId)?.towns.push(s.workspace.id);
    link.value.used = true;
    const joined = { ...s.workspace, programmeId: link.value.programmeId };
    this.strategies.set(s.workspace.id, { ...(this.strategies.get(s.workspace.id) as Strategy), workspace: joined });
    return allow(joined);
  }

  /** A new town in the programme; like the server, it has no lead until its invitation is used. */
  enrol(id: string, body: { name: string; municipality: string }): Ruled<Workspace> {
    const found = this.programme(id, 'coordinate');
    if (!found.ok) return found;
    const room = checkWorkspaceCount(this.strategies.size);
    if (!room.ok) return room;
    const made = this.build(body.name, [
      {
        type: 'putSection',
        key: 'partnership',
        data: { ...EMPTY_SECTIONS.partnership, municipality: body.municipality, country: found.value.country },
      },
    ]);
    if (!made.ok) return made;
    this.coordinated.add(made.value.id);
    this.leadless.add(made.value.id);
    const s = this.strategies.get(made.value.id) as Strategy;
    this.strategies.set(made.value.id, { ...s, workspace: { ...s.workspace, programmeId: found.value.id } });
    this.programmeRecords.get(found.value.id)?.towns.push(made.value.id);
    return made;
  }

  private build(name: string, ops: readonly Operation[]): Ruled<Workspace> {
    const t = now();
    let s = emptyStrategy({ id: crypto.randomUUID(), name, createdAt: t, updatedAt: t, state: 'draft' });
    const places = this.places();
    for (const op of ops) {
      const done = applyWithRules(s, op, t, places);
      if (!done.ok) return done;
      s = done.value;
    }
    this.save(s);
    return allow(s.workspace);
  }

  /** A change of content: refused while the workflow pauses editing, as on the server. */
  private change<R>(id: string, fn: (s: Strategy, now: string) => Change<R>): Ruled<R> {
    const s = this.get(id);
    if (!s) return { ok: false, error: unknownWorkspace() };
    const open = checkContentEditable(stateOf(s.workspace));
    if (!open.ok) return open;
    const changed = fn(s, now());
    if (!changed.ok) return changed;
    if (changed.value.next !== s) this.save(changed.value.next);
    return allow(changed.value.value);
  }

  /** Who a change is recorded as made by: the demo's one person. */
  private actor(): ChangedBy {
    return this.signedIn ? { id: DEMO_USER.id, name: DEMO_USER.name } : null;
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

  /** Each change gets the next number, as the server's live events do. */
  private save(s: Strategy) {
    this.seq += 1;
    s = { ...s, seq: this.seq };
    this.strategies.set(s.workspace.id, s);
    this.persist?.(this.all());
  }
}
