import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { RecoveryCodes, SessionInfo, TwoStepCodeBody, TwoStepSetup } from '@/domain';
import { audit } from '../../audit';
import type { Auth } from '../../http/env';
import { blockedUntil, clearFailures, recordFailure, signInLimitKeys } from '../../auth/limits';
import { endSession } from '../../auth/sessions';
import type { CurrentSession } from '../../auth/sessions';
import { checkTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, otpauthUri } from '../../auth/totp';
import { findUser, needsTwoStep } from '../../auth/users';
import type { UserRow } from '../../auth/users';
import { ApiError } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { startSession, tooMany } from './handlers';

type C = Context<AppEnv>;

const hashCode = (code: string) => createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
const wrongCode = () =>
  new ApiError(401, 'unauthenticated', 'The code is not right. Use the current code of your app, or a recovery code', {
    field: 'code',
  });

/** The person at this step: halfway through signing in (`stage`), or signed in (`full` allowed). */
function personAt(c: C, stages: readonly ('second-factor' | 'setup')[], full: boolean): CurrentSession | Auth {
  const pending = c.var.pending;
  if (pending && (stages as readonly string[]).includes(pending.session.stage)) return pending;
  if (full && c.var.auth) return c.var.auth;
  throw new ApiError(401, 'unauthenticated', 'Sign in with your e-mail address and password first');
}

/**
 * Checks a code against the person's app (or one of their recovery codes, which is then used
 * up). Failures count toward the same limit as wrong passwords.
 */
async function acceptCode(c: C, user: UserRow, code: string): Promise<'app' | 'recovery'> {
  const db = c.var.db;
  const now = new Date();
  const keys = signInLimitKeys(user.email, c.var.ip);
  const blocked = await blockedUntil(db, keys, now);
  if (blocked) tooMany(c, blocked, now);
  const secret = user.totp_secret;
  const last = user.totp_last_step === null ? null : Number(user.totp_last_step);
  const step = secret ? checkTotp(secret, code, now.getTime(), last) : null;
  if (step !== null) {
    await db.query('update users set totp_last_step = $2 where id = $1', [user.id, step]);
    await clearFailures(db, keys[0]);
    return 'app';
  }
  const hashed = hashCode(code);
  if (user.recovery_codes.includes(hashed)) {
    const left = user.recovery_codes.filter((h) => h !== hashed);
    await db.query('update users set recovery_codes = $2::jsonb where id = $1', [user.id, JSON.stringify(left)]);
    await clearFailures(db, keys[0]);
    await audit(db, {
      action: 'recovery-code-used',
      actorId: user.id,
      actorEmail: user.email,
      target: `${left.length} left`,
      ip: c.var.ip,
    });
    return 'recovery';
  }
  await recordFailure(db, keys, now);
  await audit(db, {
    action: 'sign-in-failed',
    actorId: user.id,
    actorEmail: user.email,
    target: 'second step',
    ip: c.var.ip,
  });
  throw wrongCode();
}

/** The second step of a sign-in: the code from the app. */
export async function verify(c: C) {
  const { session, user } = personAt(c, ['second-factor'], false);
  const { code } = await readBody(c, TwoStepCodeBody);
  await acceptCode(c, user, code);
  await endSession(c.var.db, session.id);
  c.set('pending', null);
  const info = await startSession(c, user);
  await audit(c.var.db, { action: 'sign-in', actorId: user.id, actorEmail: user.email, ip: c.var.ip });
  return c.json(SessionInfo.parse(info));
}

/** A new secret for the app, kept aside until a code from the app proves it was scanned. */
export async function setup(c: C) {
  const { user } = personAt(c, ['setup'], true);
  const secret = newTotpSecret();
  await c.var.db.query('update users set totp_pending_secret = $2 where id = $1', [user.id, secret]);
  return c.json(TwoStepSetup.parse({ secret, uri: otpauthUri(secret, user.email) }));
}

/** Turns two-step sign-in on with a code from the newly set-up app; answers the recovery codes, once. */
export async function enable(c: C) {
  const person = personAt(c, ['setup'], true);
  const { code } = await readBody(c, TwoStepCodeBody);
  const user = (await findUser(c.var.db, person.user.id)) as UserRow;
  const secret = user.totp_pending_secret;
  const step = secret ? checkTotp(secret, code, Date.now(), null) : null;
  if (!secret || step === null) throw wrongCode();
  const codes = newRecoveryCodes();
  await c.var.db.query(
    `update users set totp_secret = $2, totp_pending_secret = null, totp_last_step = $3, recovery_codes = $4::jsonb
     where id = $1`,
    [user.id, secret, step, JSON.stringify(codes.map(hashCode))],
  );
  await audit(c.var.db, { action: 'two-step-enabled', actorId: user.id, actorEmail: user.email, ip: c.var.ip });
  const updated = (await findUser(c.var.db, user.id)) as UserRow;
  // Set up at the sign-in: this completes it. Set up from the account page: the session goes on, renewed.
  if (c.var.pending) {
    await endSession(c.var.db, c.var.pending.session.id);
    c.set('pending', null);
    await audit(c.var.db, { action: 'sign-in', actorId: user.id, actorEmail: user.email, ip: c.var.ip });
  }
  const session = await startSession(c, updated);
  return c.json(RecoveryCodes.parse({ recoveryCodes: codes, session }));
}

/** Turns it off, with a current code; not for accounts that must have it. */
export async function disable(c: C) {
  const { user } = personAt(c, [], true);
  if (needsTwoStep(user)) {
    throw new ApiError(403, 'forbidden', 'Administrators and coordinators must keep two-step sign-in');
  }
  const { code } = await readBody(c, TwoStepCodeBody);
  await acceptCode(c, user, code);
  await c.var.db.query(
    `update users set totp_secret = null, totp_pending_secret = null, totp_last_step = null, recovery_codes = '[]'::jsonb
     where id = $1`,
    [user.id],
  );
  await audit(c.var.db, { action: 'two-step-disabled', actorId: user.id, actorEmail: user.email, ip: c.var.ip });
  const updated = (await findUser(c.var.db, user.id)) as UserRow;
  return c.json(await startSession(c, updated));
}
