import { hash, verify } from '@node-rs/argon2';
import { checkPasswordLength } from '@/domain';
// The 10,000 most common passwords, most common first (from @zxcvbn-ts/language-common, MIT).
import commonList from './common-passwords.txt?raw';

// Argon2id with OWASP's first-choice parameters (19 MiB, 2 passes, 1 lane); the hashing runs
// on libuv's thread pool, off the event loop.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const COMMON = new Set(commonList.split('\n').filter(Boolean));

/** Why a new password is refused, as an i18n key of the `auth` namespace, or null when it is fine. */
export function passwordProblem(password: string, email = ''): string | null {
  const length = checkPasswordLength(password);
  if (length) return length;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'errors.passwordCommon';
  if (email && lower === email.toLowerCase()) return 'errors.passwordCommon';
  return null;
}

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/**
 * Spends the same time as checking a real password, for an e-mail that has no account: the
 * answer and its timing must not tell which e-mails exist.
 */
export async function verifyNobody(password: string): Promise<false> {
  dummy ??= hashPassword(`no account ${Math.random()}`);
  await verifyPassword(await dummy, password);
  return false;
}
