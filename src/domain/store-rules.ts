import { z } from 'zod';
import english from 'zod/v4/locales/en.js';
import { can } from './access';
import type { Principal, SystemAction, WorkspaceAction, WorkspaceRole } from './access';
import { isItemKind, isSectionKey, validationError } from './api';
import type { ApiErrorCode, ApiErrorResponse } from './api';
import { BACKUP_MAX_BYTES } from './backup';
import type { BackupProblem } from './backup';
import { jsonNestingExceeds, MAX_JSON_DEPTH } from './json-guard';
import { LIMITS } from './limits';
import { applyMerge, mergeFields } from './merge';
import type { Fields } from './merge';
import { checkVersion } from './operations';
import type { ItemKind, SectionKey } from './strategy';
import { DOCUMENT_LANGUAGES, isDocumentLanguage } from './programmes';
import { COMPARE_SECTIONS, isCompareSection, parseCompareTowns } from './compare-towns';
import type { CompareSection } from './compare-towns';
import type { DocumentLanguage } from './programmes';
import { isEditable, mayTake, TRANSITIONS, transition } from './workflow';
import type { WorkflowAction, WorkflowActor, WorkflowState } from './workflow';

// Every decision of the API that is not bookkeeping: which request is refused, with which
// status, code, message and field. The server (server/http, server/store) and the MSW
// mocks (mocks/) both ask these functions, so a client sees the same answer from either;
// tests/contract runs one list of requests against both to keep it so.

export type RuleError = {
  status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429;
  code: ApiErrorCode;
  message: string;
  field?: string;
  /** With 409: the record as it is now, for the client to rebase on. */
  current?: unknown;
  /** With 409: the fields someone else changed differently. */
  conflicts?: string[];
};
export type Ruled<T> = { ok: true; value: T } | { ok: false; error: RuleError };

const allow = <T>(value: T): Ruled<T> => ({ ok: true, value });
const refuse = (
  status: RuleError['status'],
  code: ApiErrorCode,
  message: string,
  extra: { field?: string; current?: unknown; conflicts?: string[] } = {},
): { ok: false; error: RuleError } => ({ ok: false, error: { status, code, message, ...definedOnly(extra) } });

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The contract's error body for a refusal. */
export function errorBody({ code, message, field, current, conflicts }: Omit<RuleError, 'status'>): ApiErrorResponse {
  return { error: { code, message, ...definedOnly({ field }) }, ...definedOnly({ current, conflicts }) };
}

// ---------- the request: path, size, content type, JSON, schema ----------

const Uuid = z.uuid();

/** A malformed id is answered like an unknown one: it never reaches the database. Ids compare lowercased. */
export function checkIdParam(
  raw: string | undefined,
  what:
    | 'Workspace'
    | 'Item'
    | 'Member'
    | 'Invitation'
    | 'Account'
    | 'Version'
    | 'Comment'
    | 'Idea'
    | 'Programme'
    | 'Good practice',
): Ruled<string> {
  const value = raw ?? '';
  return Uuid.safeParse(value).success ? allow(value.toLowerCase()) : refuse(404, 'not_found', `${what} not found`);
}

export function checkItemKindParam(raw: string | undefined): Ruled<ItemKind> {
  const kind = raw ?? '';
  return isItemKind(kind) ? allow(kind) : refuse(404, 'not_found', `Unknown item kind "${kind}"`);
}

export function checkSectionKeyParam(raw: string | undefined): Ruled<SectionKey> {
  const key = raw ?? '';
  return isSectionKey(key) ? allow(key) : refuse(404, 'not_found', `Unknown section "${key}"`);
}

export const unknownWorkspace = (): RuleError => ({ status: 404, code: 'not_found', message: 'Workspace not found' });

// ---------- who may ----------

export const signedOut = (): RuleError => ({ status: 401, code: 'unauthenticated', message: 'Sign in to continue' });

const ACTION_WORDS: Partial<Record<WorkspaceAction, string>> = {
  'workspace.edit': 'change its content',
  'workspace.rename': 'rename it',
  'workspace.delete': 'delete it',
  'members.manage': 'manage its members',
  'audit.read': 'read its activity log',
  'versions.name': 'name versions of it',
  'ideas.decide': 'select ideas or set them aside',
  'workspace.assignLead': 'hand it to a lead',
};

/**
 * Whether `principal`, holding `role` in a workspace, may take `action` there. Signed out is
 * 401; a workspace they may not read is 404, exactly as one that does not exist; reading but
 * not this is 403 with what to do.
 */
export function checkAccess(
  principal: Principal,
  role: WorkspaceRole | null,
  action: WorkspaceAction,
  coordinates = false,
): Ruled<true> {
  if (!principal) return { ok: false, error: signedOut() };
  const resource = { kind: 'workspace', role, coordinates } as const;
  if (!can(principal, 'workspace.read', resource)) return { ok: false, error: unknownWorkspace() };
  if (can(principal, action, resource)) return allow(true);
  const who = role
    ? `As ${role === 'observer' ? 'an observer' : `a ${role}`} of this workspace`
    : coordinates
      ? 'As the coordinator of its programme'
      : 'As an administrator who is not a member';
  const answer = role || coordinates ? 'ask its lead for another role' : 'hand it to a lead first';
  return refuse(403, 'forbidden', `${who} you can read it but not ${ACTION_WORDS[action] ?? 'do this'}: ${answer}`);
}

// ---------- the workflow (see workflow.ts) ----------

const PAUSED: Record<Exclude<WorkflowState, 'draft' | 'changesRequested' | 'returned'>, string> = {
  inReview:
    'The strategy is in municipal review: its content cannot change until the reviewer approves it or requests changes (the lead can also withdraw it from review). Comments stay open.',
  approved:
    'The municipality has approved this strategy: its content cannot change unless the lead reopens it for changes, which withdraws the approval. Comments stay open.',
  submitted:
    'The strategy has been submitted to the coordinator: its content cannot change unless the coordinator returns it. Comments stay open.',
  accepted: 'The coordinator has accepted this strategy: its content no longer changes. Comments stay open.',
};

/** A content write (sections, items, their order, the name) while the state pauses editing: 409, saying why and what to do. */
export function checkContentEditable(state: WorkflowState): Ruled<true> {
  return isEditable(state) ? allow(true) : refuse(409, 'paused', PAUSED[state as keyof typeof PAUSED]);
}

const STATE_WORDS: Record<WorkflowState, string> = {
  draft: 'a draft',
  inReview: 'in municipal review',
  changesRequested: 'waiting for the changes the reviewer requested',
  approved: 'approved by the municipality',
  submitted: 'submitted to the coordinator',
  returned: 'returned by the coordinator',
  accepted: 'accepted by the coordinator',
};

const WHO: Record<WorkflowAction, string> = {
  submitForReview: 'the lead',
  withdraw: 'the lead',
  requestChanges: 'a municipal reviewer',
  approve: 'a municipal reviewer',
  reopen: 'the lead',
  submitToCoordinator: 'the lead',
  returnToTown: 'the programme’s coordinator',
  accept: 'the programme’s coordinator',
};

/**
 * A step of the workflow by `actor` (null: not a member), on a strategy now in `state`, as seen
 * in `seen` on the person's screen. Someone who may not take it at all is 403; a step that no
 * longer fits the state (someone else moved it meanwhile) is 409 with the state as it is.
 */
export function checkTransition(
  state: WorkflowState,
  body: { action: WorkflowAction; comment: string; from: WorkflowState },
  actor: WorkflowActor | null | readonly WorkflowActor[],
): Ruled<WorkflowState> {
  if (!mayTake(body.action, actor)) {
    return refuse(403, 'forbidden', `Only ${WHO[body.action]} can take this step`);
  }
  if (body.from !== state || !TRANSITIONS[body.action].from.includes(state)) {
    return refuse(
      409,
      'conflict',
      `The strategy is now ${STATE_WORDS[state]}: look at its state again before you go on`,
      {
        current: { state },
      },
    );
  }
  const result = transition(state, body.action, actor, body.comment);
  if (!result.ok) return refuse(400, 'validation', 'Say in a comment what should change, or why', { field: 'comment' });
  return allow(result.to);
}

// ---------- comments (see comments.ts) ----------

/** Only its author edits or removes a comment; a removed one stays removed. */
export function checkOwnComment(
  comment: { authorId: string | null; deleted: boolean } | undefined,
  userId: string,
): Ruled<true> {
  if (!comment) return refuse(404, 'not_found', 'Comment not found');
  if (comment.authorId !== userId) return refuse(403, 'forbidden', 'You can change or remove only your own comments');
  if (comment.deleted) return refuse(409, 'conflict', 'This comment has been removed');
  return allow(true);
}

export const unknownCommentTarget = (what: 'item' | 'thread'): RuleError => ({
  status: 404,
  code: 'not_found',
  message: what === 'item' ? 'There is no such item to comment on' : 'There is no such thread to reply to',
});

// ---------- ideas (see ideas.ts) ----------

export const unknownIdea = (): RuleError => ({ status: 404, code: 'not_found', message: 'Idea not found' });

/** Its author or the lead changes or removes an idea; one made into an item stays as it was. */
export function checkIdeaEditor(
  idea: { authorId: string | null; converted: boolean } | undefined,
  userId: string,
  role: WorkspaceRole | null,
): Ruled<true> {
  if (!idea) return { ok: false, error: unknownIdea() };
  if (idea.authorId !== userId && role !== 'lead') {
    return refuse(403, 'forbidden', 'Only the person who proposed an idea, or the lead, can change or remove it');
  }
  if (idea.converted)
    return refuse(409, 'conflict', 'This idea has been turned into an item of the strategy: change the item instead');
  return allow(true);
}

/** Only a selected idea, not yet used, becomes a recommendation or an action. */
export function checkConvertIdea(idea: { status: string; converted: boolean } | undefined): Ruled<true> {
  if (!idea) return { ok: false, error: unknownIdea() };
  if (idea.converted) return refuse(409, 'conflict', 'This idea has already been turned into an item of the strategy');
  if (idea.status !== 'selected')
    return refuse(409, 'conflict', 'Select the idea before you turn it into a recommendation or an action');
  return allow(true);
}

/** Whether `principal` may take an action that concerns no workspace in particular. */
export function checkSystemAccess(principal: Principal, action: SystemAction): Ruled<true> {
  if (!principal) return { ok: false, error: signedOut() };
  return can(principal, action, { kind: 'system' })
    ? allow(true)
    : refuse(403, 'forbidden', 'Your account may not do this');
}
// ---------- programmes (see programmes.ts) ----------

export const unknownProgramme = (): RuleError => ({ status: 404, code: 'not_found', message: 'Programme not found' });

/**
 * A programme is seen by its coordinators and by administrators; to anyone else it does not
 * exist (404). Its coordinators enrol towns and keep its good practice; administrators change it.
 */
export function checkProgrammeAccess(
  principal: Principal,
  coordinates: boolean,
  action: 'read' | 'coordinate' | 'manage',
): Ruled<true> {
  if (!principal) return { ok: false, error: signedOut() };
  const manages = can(principal, 'programmes.manage', { kind: 'system' });
  if (!coordinates && !manages) return { ok: false, error: unknownProgramme() };
  if (action === 'read' || (action === 'coordinate' && coordinates) || (action === 'manage' && manages))
    return allow(true);
  return refuse(
    403,
    'forbidden',
    action === 'coordinate'
      ? 'Only the programme’s coordinators enrol towns and mark good practice: name yourself a coordinator first'
      : 'Only administrators change a programme',
  );
}

/** The `lang` of a programme's file (CSV, summary): one of the documents' languages, else 400 at `lang`. */
export function checkDocumentLanguage(lang: string): Ruled<DocumentLanguage> {
  return isDocumentLanguage(lang)
    ? allow(lang)
    : refuse(400, 'bad_request', `Unknown language: expected one of ${DOCUMENT_LANGUAGES.join(', ')}`, {
        field: 'lang',
      });
}

/** Which towns to compare and in which section (`?section=&towns=`), or a 400 naming the field. */
export function checkCompareQuery(
  section: string | null | undefined,
  towns: string | null | undefined,
): Ruled<{ section: CompareSection; ids: string[] }> {
  if (!isCompareSection(section))
    return refuse(400, 'bad_request', `Unknown section: expected one of ${COMPARE_SECTIONS.join(', ')}`, {
      field: 'section',
    });
  const wanted = parseCompareTowns(towns ?? undefined);
  if (!wanted.ok) return refuse(400, 'bad_request', wanted.message, { field: 'towns' });
  return allow({ section, ids: wanted.ids });
}

export const unknownPractice = (): RuleError => ({
  status: 404,
  code: 'not_found',
  message: 'This good practice is not in the programme (any more)',
});

export const unknownRoute = (): RuleError => ({ status: 404, code: 'not_found', message: 'No such API route' });

/** Checked on the bytes before anything reads them; only the import of a backup file may be larger. */
export function requestBodyLimit(isBackupImport: boolean): { maxBytes: number; error: RuleError } {
  if (isBackupImport) {
    const maxMb = BACKUP_MAX_BYTES / 1_000_000;
    return { maxBytes: BACKUP_MAX_BYTES, error: backupProblemError({ key: 'backup.tooLarge', maxMb }) };
  }
  const message = `The request body is larger than ${LIMITS.bodyBytes / 1_000_000} MB`;
  return { maxBytes: LIMITS.bodyBytes, error: { status: 413, code: 'too_large', message } };
}

export function checkJsonContentType(header: string | null | undefined): Ruled<true> {
  return /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(header ?? '')
    ? allow(true)
    : refuse(415, 'bad_request', 'The body must be JSON, sent with Content-Type: application/json');
}

const TOO_DEEP = `The JSON is nested too deeply (more than ${MAX_JSON_DEPTH} levels)`;

/** Before any JSON.parse: a deeply nested text would block the event loop (see json-guard.ts). */
export function checkJsonDepth(text: string): Ruled<string> {
  return jsonNestingExceeds(text, MAX_JSON_DEPTH) ? refuse(400, 'bad_request', TOO_DEEP) : allow(text);
}

/** A request body as a JSON object, not yet validated. */
export function parseJsonObject(text: string): Ruled<Record<string, unknown>> {
  const shallow = checkJsonDepth(text);
  if (!shallow.ok) return shallow;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(400, 'bad_request', 'The body is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return refuse(400, 'bad_request', 'The body must be a JSON object');
  return allow(json as Record<string, unknown>);
}

/** The English texts of the `errors.*` keys (locales/en/common.json), passed in: the domain reads no files. */
export type EnglishTexts = Readonly<Record<string, string>>;

/**
 * Some domain rules carry a message key (`errors.endBeforeStart`) for the SPA to translate;
 * API clients get plain English instead, from the same English texts the screens use.
 */
export function inEnglish(message: string, texts: EnglishTexts): string {
  return message.replace(
    /\berrors\.(\w+)/g,
    (key, name: string) => texts[name]?.replace(/\{\{\w+\}\}/g, '').trim() ?? key,
  );
}

/**
 * Validates a body, naming the first bad field. Zod's own English messages are asked for
 * explicitly: the SPA installs message keys as zod's global messages, and the mocks run
 * inside the SPA, yet must answer like the server.
 */
export function validateBody<S extends z.ZodType>(schema: S, json: unknown, texts: EnglishTexts): Ruled<z.output<S>> {
  const parsed = schema.safeParse(json, { error: english().localeError });
  if (parsed.success) return allow(parsed.data);
  const { error } = validationError(parsed.error);
  return refuse(400, 'validation', inEnglish(error.message, texts), { field: error.field });
}

// ---------- the store ----------

export function checkWorkspaceCount(count: number): Ruled<true> {
  return count < LIMITS.workspaces
    ? allow(true)
    : refuse(400, 'limit', `There can be at most ${LIMITS.workspaces} workspaces`);
}

/** Where an item lives. Item ids are unique across all workspaces and kinds. */
export type ItemPlace = { workspaceId: string; kind: ItemKind };

/**
 * Creating an id that exists in this workspace and kind answers the stored item
 * (`'existing'`), so the offline queue may retry; the same id anywhere else is a 409.
 */
export function checkCreateItem(
  target: ItemPlace & { count: number },
  existing: ItemPlace | undefined,
): Ruled<'existing' | 'create'> {
  if (existing) {
    if (existing.workspaceId === target.workspaceId && existing.kind === target.kind) return allow('existing');
    return refuse(409, 'conflict', 'id: this id is already used by another item', { field: 'id' });
  }
  if (target.count >= LIMITS.itemsPerKind)
    return refuse(400, 'limit', `There can be at most ${LIMITS.itemsPerKind} items of kind "${target.kind}"`);
  return allow('create');
}

/** The version the saved item gets; 404 when there is no such item, 409 (with it) when the edit is stale. */
export function checkUpdateItem(
  current: { version: number } | undefined,
  baseVersion: number | undefined,
): Ruled<number> {
  if (!current) return refuse(404, 'not_found', 'Item not found');
  const check = checkVersion(current.version, baseVersion);
  return check.ok
    ? allow(check.nextVersion)
    : refuse(409, 'conflict', 'This item was changed by someone else', { current });
}

/** The version the saved section gets; 409 (with the section as it is) when the edit is stale. */
export function checkPutSection(current: { version: number }, baseVersion: number | undefined): Ruled<number> {
  const check = checkVersion(current.version, baseVersion);
  return check.ok
    ? allow(check.nextVersion)
    : refuse(409, 'conflict', 'This section was changed by someone else', { current });
}

/** A record as the store holds it: its version and data. */
export type Versioned = { version: number; data: unknown };

/** What a field edit stores: the merged data, the fields it changed, and the version it gets (unchanged when nothing changed). */
export type RecordWrite = { data: Record<string, unknown>; changed: string[]; version: number };

/**
 * A field-by-field edit of a record (see merge.ts): 409 naming the fields someone else
 * changed differently (with the record as it is), 400 when the merged record breaks a rule
 * across fields (an end before a start), else the record to store.
 */
export function checkFieldEdit(
  current: Versioned,
  edit: { changes: Fields; base: Fields },
  schema: z.ZodType,
  what: 'item' | 'section',
  texts: EnglishTexts,
): Ruled<RecordWrite> {
  const stored = (current.data ?? {}) as Fields;
  const merge = mergeFields(stored, edit.changes, edit.base);
  if (merge.conflicts.length > 0) {
    const fields = merge.conflicts.join(', ');
    return refuse(
      409,
      'conflict',
      `Someone else changed ${fields} of this ${what} meanwhile: choose which text to keep`,
      {
        current,
        conflicts: merge.conflicts,
      },
    );
  }
  if (merge.take.length === 0) return allow({ data: { ...stored }, changed: [], version: current.version });
  const data = applyMerge(stored, edit.changes, merge);
  const valid = validateBody(schema, data, texts);
  if (!valid.ok)
    return { ok: false, error: { ...valid.error, field: valid.error.field && `changes.${valid.error.field}` } };
  return allow({ data: valid.value as Record<string, unknown>, changed: merge.take, version: current.version + 1 });
}

/** The ids to put first, lowercased; each must be an item of this kind, named once. */
export function checkReorder(kind: ItemKind, knownIds: ReadonlySet<string>, ids: readonly string[]): Ruled<string[]> {
  const seen = new Set<string>();
  for (const [i, raw] of ids.entries()) {
    const id = raw.toLowerCase();
    const field = `ids.${i}`;
    if (!knownIds.has(id)) return refuse(400, 'validation', `${field}: Unknown ${kind} id ${raw}`, { field });
    if (seen.has(id)) return refuse(400, 'validation', `${field}: Id listed twice`, { field });
    seen.add(id);
  }
  return allow([...seen]);
}

// ---------- backup files ----------

/** The domain names the problem with a message key for the SPA; the API answers in plain English. */
export function backupProblemError(problem: BackupProblem): RuleError {
  const bad = (message: string): RuleError => ({ status: 400, code: 'bad_request', message });
  switch (problem.key) {
    case 'backup.notJson':
      return bad('The file is not valid JSON');
    case 'backup.tooLarge':
      return { status: 413, code: 'too_large', message: `The file is larger than ${problem.maxMb} MB` };
    case 'backup.otherProgram':
      return bad('Not a LiBri backup file');
    case 'backup.newerVersion':
      return bad(
        `This backup was made by a newer version of LiBri Strategy Builder (format ${problem.version}); update the app to import it`,
      );
    case 'backup.tooDeep':
      return bad(TOO_DEEP);
    case 'backup.duplicateId':
      return {
        status: 400,
        code: 'validation',
        message: `The backup file is damaged: the id ${problem.id} is used by more than one item`,
      };
    case 'backup.invalid':
      return {
        status: 400,
        code: 'validation',
        message: `The backup file is damaged: ${problem.field || 'its content'} is not valid`,
        field: problem.field,
      };
  }
}

/** The download's header: ASCII `filename` for old clients, `filename*` (RFC 6266) keeps the workspace's own name. */
export function backupContentDisposition(name: string, date: string): string {
  const full = encodeURIComponent(`${name} ${date}.libri.json`).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="libri-backup-${date}.json"; filename*=UTF-8''${full}`;
}
