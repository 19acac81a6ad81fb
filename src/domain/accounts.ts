import { z } from 'zod';
import { PASSWORD_MAX, SYSTEM_ROLES, WORKSPACE_ROLES } from './access';
import { Timestamp } from './strategy';

// The HTTP contract of accounts, sessions, members and invitations, shared by the server,
// the SPA and the mocks.
//
//   GET    /api/auth/session                      -> SessionInfo (401 when signed out)
//   GET    /api/auth/setup                        -> SetupInfo (demo accounts, whether an administrator exists)
//   POST   /api/auth/sign-in                      SignInBody -> SignInResult (401 wrong, 429 too many)
//   POST   /api/auth/two-step/verify              TwoStepCodeBody -> SessionInfo (the second step)
//   POST   /api/auth/two-step/setup               -> TwoStepSetup (a new secret, not yet on)
//   POST   /api/auth/two-step/enable              TwoStepCodeBody -> RecoveryCodes (turns it on)
//   POST   /api/auth/two-step/disable             TwoStepCodeBody -> SessionInfo (not where it is required)
//   POST   /api/auth/sign-out                     -> 204
//   POST   /api/auth/keep-alive                   -> SessionInfo
//   GET    /api/auth/sessions                     -> ActiveSession[]
//   GET    /api/auth/account/data                 -> OwnData (a download of what is kept about oneself)
//   POST   /api/auth/account/delete               DeleteAccountBody -> 204 (becomes "former member")
//   DELETE /api/auth/sessions                     -> 204 (signs out everywhere)
//   GET    /api/workspaces/:id/members            -> Member[]
//   PATCH  /api/workspaces/:id/members/:userId    ChangeRoleBody -> Member
//   DELETE /api/workspaces/:id/members/:userId    -> 204
//   GET    /api/workspaces/:id/invitations        -> Invitation[]
//   POST   /api/workspaces/:id/invitations        CreateInvitationBody -> 201 CreatedInvitation
//   DELETE /api/workspaces/:id/invitations/:invId -> 204 (revokes)
//   GET    /api/invitations/:token                -> InvitationPreview
//   POST   /api/invitations/:token/accept         -> SessionInfo (signed in)
//   POST   /api/invitations/:token/sign-up        SignUpBody -> 201 SessionInfo

const email = z
  .string()
  .trim()
  .min(1, 'errors.required')
  .max(254, 'errors.email')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'errors.email')
  .transform((s) => s.toLowerCase());

/** Checked for length on the server after hashing limits; the common-password rule is the server's. */
const password = z
  .string()
  .min(1, 'errors.required')
  .max(PASSWORD_MAX * 4);

export const SignInBody = z.strictObject({ email, password });
export type SignInBody = z.infer<typeof SignInBody>;

export const SignUpBody = z.strictObject({
  name: z.string().trim().min(1, 'errors.required').max(120),
  email,
  password,
});
export type SignUpBody = z.infer<typeof SignUpBody>;

export const SessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  systemRole: z.enum(SYSTEM_ROLES),
  demo: z.boolean(),
  /** Two-step sign-in is on for this account. */
  twoStep: z.boolean(),
  /** The account may not be used without it (administrators and coordinators, demo accounts aside). */
  twoStepRequired: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUser>;

/** A sign-in that needs a second step: the code from the app, or setting the app up first. */
export const SignInStep = z.object({ stage: z.enum(['second-factor', 'setup']), email: z.string() });
export type SignInStep = z.infer<typeof SignInStep>;

export const SessionInfo = z.object({
  user: SessionUser,
  /** The signed-in person's role in each of their workspaces. */
  memberships: z.record(z.string(), z.enum(WORKSPACE_ROLES)),
  /** The workspaces of the programmes the person coordinates (programmes.ts): they observe them. */
  coordinates: z.array(z.string()).default([]),
  /** When the session ends unless the person does something (30 minutes idle). */
  idleExpiresAt: Timestamp,
  /** When it ends whatever happens (12 hours after sign-in). */
  expiresAt: Timestamp,
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** What POST /api/auth/sign-in answers: signed in, or one more step to go. */
export const SignInResult = z.union([SessionInfo, SignInStep]);
export type SignInResult = z.infer<typeof SignInResult>;

export const TwoStepCodeBody = z.strictObject({ code: z.string().trim().min(1, 'errors.required').max(20) });
export type TwoStepCodeBody = z.infer<typeof TwoStepCodeBody>;

/** Setting up the authenticator app: the secret to scan (or type) and its otpauth:// URI. */
export const TwoStepSetup = z.object({ secret: z.string(), uri: z.string() });
export type TwoStepSetup = z.infer<typeof TwoStepSetup>;

/** Shown once when two-step sign-in is turned on: each code works once, when the phone is lost. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()), session: SessionInfo });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

export const DemoAccount = z.object({
  email: z.string(),
  role: z.enum(['admin', 'lead', 'contributor', 'reviewer', 'coordinator', 'other-lead']),
});
export type DemoAccount = z.infer<typeof DemoAccount>;

/** What the sign-in page shows: the demo accounts while they exist, and whether the install still needs its first administrator. */
export const SetupInfo = z.object({ demoAccounts: z.array(DemoAccount), needsAdmin: z.boolean() });
export type SetupInfo = z.infer<typeof SetupInfo>;

export const ActiveSession = z.object({
  id: z.uuid(),
  current: z.boolean(),
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  userAgent: z.string(),
});
export type ActiveSession = z.infer<typeof ActiveSession>;

export const Member = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(WORKSPACE_ROLES),
  joinedAt: Timestamp,
});
export type Member = z.infer<typeof Member>;

export const ChangeRoleBody = z.strictObject({ role: z.enum(WORKSPACE_ROLES) });
export type ChangeRoleBody = z.infer<typeof ChangeRoleBody>;

export const CreateInvitationBody = z.strictObject({ role: z.enum(WORKSPACE_ROLES) });
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>;

export const Invitation = z.object({
  id: z.uuid(),
  role: z.enum(WORKSPACE_ROLES),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  createdBy: z.string(),
  state: z.enum(['open', 'used', 'expired', 'revoked']),
  usedBy: z.string().nullable(),
});
export type Invitation = z.infer<typeof Invitation>;

/** The link is shown once, when it is made; the server keeps only a hash of its token. */
export const CreatedInvitation = Invitation.extend({ token: z.string() });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const InvitationPreview = z.object({
  workspaceName: z.string(),
  role: z.enum(WORKSPACE_ROLES),
  invitedBy: z.string(),
  expiresAt: Timestamp,
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

// ---------- administration (administrators only) ----------
//
//   GET    /api/admin/users                       -> AccountSummary[]
//   POST   /api/admin/users                       CreateAccountBody -> 201 ResetLink (to set a first password)
//   PATCH  /api/admin/users/:userId               UpdateAccountBody -> AccountSummary
//   POST   /api/admin/users/:userId/reset-link    -> 201 ResetLink
//   PUT    /api/admin/workspaces/:id/lead         AssignLeadBody -> 204
//   GET    /api/admin/audit                       -> AuditEntry[]
//   GET    /api/workspaces/:id/audit              -> AuditEntry[] (its lead, administrators)
//   POST   /api/workspaces/:id/exports            ExportRecordBody -> 204 (a document made in the browser, for the log)
//   GET    /api/password-reset/:token             -> ResetPreview
//   POST   /api/password-reset/:token             SetPasswordBody -> SessionInfo (signed in)

export const AccountSummary = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  systemRole: z.enum(SYSTEM_ROLES),
  demo: z.boolean(),
  disabled: z.boolean(),
  createdAt: Timestamp,
  /** Whether a password was ever set (an account made by an administrator waits for its link to be used). */
  hasPassword: z.boolean(),
});
export type AccountSummary = z.infer<typeof AccountSummary>;

export const CreateAccountBody = z.strictObject({
  name: z.string().trim().min(1, 'errors.required').max(120),
  email,
  systemRole: z.enum(SYSTEM_ROLES),
});
export type CreateAccountBody = z.input<typeof CreateAccountBody>;

export const UpdateAccountBody = z.strictObject({
  disabled: z.boolean().optional(),
  systemRole: z.enum(SYSTEM_ROLES).optional(),
});
export type UpdateAccountBody = z.infer<typeof UpdateAccountBody>;

/** A one-time link to set a password, shown once to the administrator to copy (there is no mail server). */
export const ResetLink = z.object({ userId: z.uuid(), email: z.string(), token: z.string(), expiresAt: Timestamp });
export type ResetLink = z.infer<typeof ResetLink>;

export const AssignLeadBody = z.strictObject({ email });
export type AssignLeadBody = z.input<typeof AssignLeadBody>;

export const ResetPreview = z.object({ email: z.string(), expiresAt: Timestamp });
export type ResetPreview = z.infer<typeof ResetPreview>;

export const SetPasswordBody = z.strictObject({ password });
export type SetPasswordBody = z.infer<typeof SetPasswordBody>;

/** What the audit log records (never a password, a token, a link or anything a user wrote). */
export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-in-blocked',
  'sign-out',
  'sign-out-everywhere',
  'session-expired',
  'account-created',
  'account-disabled',
  'account-enabled',
  'reset-link-issued',
  'password-reset',
  'role-changed',
  'member-removed',
  'member-joined',
  'invitation-created',
  'invitation-revoked',
  'workspace-created',
  'workspace-imported',
  'workspace-deleted',
  'workspace-lead-assigned',
  'backup-downloaded',
  'two-step-enabled',
  'two-step-disabled',
  'recovery-code-used',
  'account-deleted',
  'document-exported',
  // The workflow (workflow.ts): one per step, and the lead naming a version.
  'review-requested',
  'review-withdrawn',
  'changes-requested',
  'strategy-approved',
  'approval-withdrawn',
  'strategy-submitted',
  'strategy-returned',
  'strategy-accepted',
  'version-named',
  'comment-deleted',
  'idea-deleted',
  'programme-created',
  'programme-changed',
  'town-enrolled',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEntry = z.object({
  at: Timestamp,
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  workspaceId: z.string().nullable(),
  target: z.string(),
  ip: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const DeleteAccountBody = z.strictObject({ password });
export type DeleteAccountBody = z.infer<typeof DeleteAccountBody>;

/** What the installation keeps about one person, downloaded by that person. */
export const OwnData = z.object({
  exportedAt: Timestamp,
  account: SessionUser.extend({ createdAt: Timestamp }),
  memberships: z.array(z.object({ workspace: z.string(), role: z.string(), since: Timestamp })),
  sessions: z.array(z.object({ started: Timestamp, lastSeen: Timestamp, browser: z.string() })),
  activity: z.array(z.object({ at: Timestamp, action: z.string(), target: z.string(), from: z.string() })),
});
export type OwnData = z.infer<typeof OwnData>;

/** Told by the SPA after it made a document or backup in the browser: the export is in the audit log. */
export const ExportRecordBody = z.strictObject({
  kind: z.enum(['docx', 'pdf', 'backup']),
  language: z.enum(['en', 'lv', 'pl', 'lt', 'fr', 'it', 'ro']),
});
export type ExportRecordBody = z.infer<typeof ExportRecordBody>;
