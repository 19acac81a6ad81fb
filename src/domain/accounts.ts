import { z } from 'zod';
import { PASSWORD_MAX, SYSTEM_ROLES, WORKSPACE_ROLES } from './access';
import { Timestamp } from './strategy';

// The HTTP contract of accounts, sessions, members and invitations, shared by the server,
// the SPA and the mocks.
//
//   GET    /api/auth/session                      -> SessionInfo (401 when signed out)
//   GET    /api/auth/setup                        -> SetupInfo (demo accounts, whether an administrator exists)
//   POST   /api/auth/sign-in                      SignInBody -> SessionInfo (401 wrong, 429 too many)
//   POST   /api/auth/sign-out                     -> 204
//   POST   /api/auth/keep-alive                   -> SessionInfo
//   GET    /api/auth/sessions                     -> ActiveSession[]
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
  .max(254, 'errors.emailInvalid')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'errors.emailInvalid')
  .transform((s) => s.toLowerCase());

/** Checked for length on the server after hashing limits; the common-password rule is the server's. */
const password = z
  .string()
  .min(1, 'errors.required')
  .max(PASSWORD_MAX * 4, 'errors.passwordLong');

export const SignInBody = z.strictObject({ email, password });
export type SignInBody = z.infer<typeof SignInBody>;

export const SignUpBody = z.strictObject({
  name: z.string().trim().min(1, 'errors.required').max(120, 'errors.tooLong'),
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
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionInfo = z.object({
  user: SessionUser,
  /** The signed-in person's role in each of their workspaces. */
  memberships: z.record(z.string(), z.enum(WORKSPACE_ROLES)),
  /** When the session ends unless the person does something (30 minutes idle). */
  idleExpiresAt: Timestamp,
  /** When it ends whatever happens (12 hours after sign-in). */
  expiresAt: Timestamp,
});
export type SessionInfo = z.infer<typeof SessionInfo>;

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
