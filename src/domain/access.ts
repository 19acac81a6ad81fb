// Who may do what: the one set of rules, called by the server on every route, by the SPA to
// show only what the user may do, and by the mocks in demo mode. Pure: no I/O, no clock.

/** A person's role in one workspace; one person holds different roles in different workspaces. */
export const WORKSPACE_ROLES = ['lead', 'contributor', 'reviewer', 'observer'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
export const isWorkspaceRole = (v: unknown): v is WorkspaceRole =>
  typeof v === 'string' && (WORKSPACE_ROLES as readonly string[]).includes(v);

/** A role across the whole installation. Most people are plain users with roles per workspace. */
export const SYSTEM_ROLES = ['user', 'coordinator', 'admin'] as const;
export type SystemRole = (typeof SYSTEM_ROLES)[number];
export const isSystemRole = (v: unknown): v is SystemRole =>
  typeof v === 'string' && (SYSTEM_ROLES as readonly string[]).includes(v);

/** The signed-in person a request acts for; `null` is anonymous. */
export type Principal = { userId: string; systemRole: SystemRole } | null;

export type WorkspaceAction =
  /** See the strategy, its members' names and roles, and download its backup or documents. */
  | 'workspace.read'
  /** Change the strategy's content: sections, items, their order. */
  | 'workspace.edit'
  | 'workspace.rename'
  | 'workspace.delete'
  /** Comment on the strategy: threads on items, sections and the whole (comments.ts). */
  | 'workspace.comment'
  /** See and change members and invitations. */
  | 'members.manage'
  /** Read the workspace's audit log. */
  | 'audit.read'
  /** Keep a named version of the content ("Draft for the partnership meeting of 12 May"). */
  | 'versions.name'
  /** Select ideas of the board or set them aside, and turn selected ones into recommendations or actions. */
  | 'ideas.decide'
  /** Hand the workspace to a lead (administrators, e.g. for workspaces from before accounts). */
  | 'workspace.assignLead';

export type SystemAction =
  /** Start a new workspace (its creator becomes its lead) or import a backup as one. */
  | 'workspace.create'
  /** Create, disable and enable accounts; issue password-reset links. */
  | 'accounts.manage'
  /** See every workspace of the installation, with or without membership. */
  | 'workspaces.all'
  /** Read the installation's whole audit log. */
  | 'audit.all'
  /** Create programmes and name their coordinators; see every programme. */
  | 'programmes.manage';

export type AccessAction = WorkspaceAction | SystemAction;

/**
 * What a rule needs to know of a workspace: the principal's role in it, if any, and whether
 * they coordinate the programme it belongs to (programmes.ts).
 */
export type WorkspaceResource = { kind: 'workspace'; role: WorkspaceRole | null; coordinates?: boolean };
export type SystemResource = { kind: 'system' };
export type Resource = WorkspaceResource | SystemResource;

const ROLE_ACTIONS: Record<WorkspaceRole, ReadonlySet<WorkspaceAction>> = {
  lead: new Set([
    'workspace.read',
    'workspace.edit',
    'workspace.rename',
    'workspace.delete',
    'workspace.comment',
    'members.manage',
    'audit.read',
    'versions.name',
    'ideas.decide',
  ]),
  contributor: new Set(['workspace.read', 'workspace.edit', 'workspace.comment']),
  reviewer: new Set(['workspace.read', 'workspace.comment']),
  observer: new Set(['workspace.read', 'workspace.comment']),
};

/** Administrators open any workspace read-only, read its audit log and hand it to a lead. */
const ADMIN_WORKSPACE_ACTIONS: ReadonlySet<WorkspaceAction> = new Set([
  'workspace.read',
  'audit.read',
  'workspace.assignLead',
]);

/**
 * A programme's coordinators observe its towns: they read every strategy and comment on it (and
 * return or accept a submission, workflow.ts), but never change a town's content or members.
 */
const COORDINATOR_WORKSPACE_ACTIONS: ReadonlySet<WorkspaceAction> = new Set(['workspace.read', 'workspace.comment']);

const SYSTEM_ACTIONS: Record<SystemRole, ReadonlySet<SystemAction>> = {
  user: new Set(['workspace.create']),
  coordinator: new Set(['workspace.create']),
  admin: new Set(['workspace.create', 'accounts.manage', 'workspaces.all', 'audit.all', 'programmes.manage']),
};

export function can(principal: Principal, action: SystemAction, resource: SystemResource): boolean;
export function can(principal: Principal, action: WorkspaceAction, resource: WorkspaceResource): boolean;
export function can(principal: Principal, action: AccessAction, resource: Resource): boolean {
  if (!principal) return false;
  if (resource.kind === 'system') return SYSTEM_ACTIONS[principal.systemRole].has(action as SystemAction);
  const byRole = resource.role !== null && ROLE_ACTIONS[resource.role].has(action as WorkspaceAction);
  const byAdmin = principal.systemRole === 'admin' && ADMIN_WORKSPACE_ACTIONS.has(action as WorkspaceAction);
  const byCoordinator = resource.coordinates === true && COORDINATOR_WORKSPACE_ACTIONS.has(action as WorkspaceAction);
  return byRole || byAdmin || byCoordinator;
}

/** Every action a principal may take on one workspace: what the SPA shows and hides. */
export function workspaceAbilities(principal: Principal, role: WorkspaceRole | null, coordinates = false) {
  const resource: WorkspaceResource = { kind: 'workspace', role, coordinates };
  return {
    read: can(principal, 'workspace.read', resource),
    edit: can(principal, 'workspace.edit', resource),
    rename: can(principal, 'workspace.rename', resource),
    remove: can(principal, 'workspace.delete', resource),
    comment: can(principal, 'workspace.comment', resource),
    manageMembers: can(principal, 'members.manage', resource),
    readAudit: can(principal, 'audit.read', resource),
    nameVersions: can(principal, 'versions.name', resource),
    decideIdeas: can(principal, 'ideas.decide', resource),
    assignLead: can(principal, 'workspace.assignLead', resource),
    /** Return or accept a submission: the programme's coordinator (workflow.ts). */
    coordinate: principal !== null && coordinates,
  };
}
export type WorkspaceAbilities = ReturnType<typeof workspaceAbilities>;

/**
 * Whether removing or demoting a member would leave the workspace without a lead.
 * `leads` is the number of leads now; `role` the member's current role.
 */
export const wouldLeaveNoLead = (leads: number, role: WorkspaceRole, newRole: WorkspaceRole | null): boolean =>
  role === 'lead' && newRole !== 'lead' && leads <= 1;

// ---------- passwords and sessions ----------

export const PASSWORD_MIN = 12;
/** Long passphrases are welcome; the cap only keeps hashing time bounded. */
export const PASSWORD_MAX = 256;

/** The length rule; the server also refuses the 10,000 most common passwords. No composition rules. */
export function checkPasswordLength(password: string): 'errors.passwordShort' | 'errors.passwordLong' | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'errors.passwordShort';
  if (length > PASSWORD_MAX) return 'errors.passwordLong';
  return null;
}

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** The screen warns this long before the idle expiry. */
export const SESSION_WARNING_MS = 2 * 60 * 1000;
export const INVITATION_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_LINK_MS = 24 * 60 * 60 * 1000;

/** The password of every demo account, listed on the sign-in page while demo accounts exist. */
export const DEMO_PASSWORD = 'libri-demo-2026';
