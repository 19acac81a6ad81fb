import type { Database } from '../db/database';
import { audit } from '../audit';
import { hashPassword, passwordProblem } from './passwords';
import { countAdmins, createUser, findUserByEmail } from './users';

export type FirstAdmin = { ok: true; email: string } | { ok: false; reason: 'exists' | 'invalid'; message: string };

const PROBLEMS: Record<string, string> = {
  'errors.passwordShort': 'the password must have at least 12 characters',
  'errors.passwordLong': 'the password must have at most 256 characters',
  'errors.passwordCommon': 'the password is one of the most common ones; choose another',
};

/**
 * The operator's first administrator (`npm run create-admin`, or ADMIN_EMAIL and ADMIN_PASSWORD at
 * the first start). Does nothing once an administrator exists: the others are made on screen.
 */
export async function createFirstAdmin(db: Database, rawEmail: string, password: string): Promise<FirstAdmin> {
  const email = rawEmail.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    return { ok: false, reason: 'invalid', message: 'not an e-mail address' };
  if ((await countAdmins(db)) > 0) return { ok: false, reason: 'exists', message: 'an administrator exists already' };
  const problem = passwordProblem(password, email);
  if (problem) return { ok: false, reason: 'invalid', message: PROBLEMS[problem] ?? problem };
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    if (await findUserByEmail(tx, email)) {
      await tx.query(
        `update users set system_role = 'admin', password_hash = $2, disabled_at = null where email = $1`,
        [email, passwordHash],
      );
    } else {
      await createUser(
        tx,
        { email, name: 'Administrator', passwordHash, systemRole: 'admin' },
        new Date().toISOString(),
      );
    }
    await audit(tx, { action: 'account-created', actorEmail: 'operator', target: `${email} (administrator)` });
    return { ok: true, email };
  });
}
