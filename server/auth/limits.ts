import type { Queryable } from '../db/database';

// Sign-in attempts are limited per account and per client address. The counters live in
// the database, so that several server processes on one PostgreSQL share them.

export const WINDOW_MS = 15 * 60 * 1000;
export const LIMITS = { account: 5, client: 30 } as const;

export type LimitKey = { kind: keyof typeof LIMITS; value: string };
const keyOf = (k: LimitKey) => `${k.kind}:${k.value}`;

/** What one sign-in attempt counts against: its account, then its client address. */
export const signInLimitKeys = (email: string, ip: string): [LimitKey, LimitKey] => [
  { kind: 'account', value: email },
  { kind: 'client', value: ip },
];

/** When the earliest of these keys may try again, or null when none is blocked. */
export async function blockedUntil(q: Queryable, keys: LimitKey[], now: Date): Promise<Date | null> {
  const rows = await q.query<{ blocked_until: Date | string }>(
    'select blocked_until from sign_in_limits where key = any($1) and blocked_until > $2 order by blocked_until desc',
    [keys.map(keyOf), now.toISOString()],
  );
  return rows[0] ? new Date(rows[0].blocked_until) : null;
}

/** Counts a failed attempt against each key; a key that reaches its limit is blocked for a window. */
export async function recordFailure(q: Queryable, keys: LimitKey[], now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_MS).toISOString();
  for (const k of keys) {
    const [row] = await q.query<{ failures: number }>(
      `insert into sign_in_limits (key, failures, window_start) values ($1, 1, $2)
       on conflict (key) do update set
         failures = case when sign_in_limits.window_start <= $3 then 1 else sign_in_limits.failures + 1 end,
         window_start = case when sign_in_limits.window_start <= $3 then $2 else sign_in_limits.window_start end
       returning failures`,
      [keyOf(k), now.toISOString(), windowStart],
    );
    if ((row?.failures ?? 0) >= LIMITS[k.kind]) {
      await q.query('update sign_in_limits set blocked_until = $2, failures = 0, window_start = $3 where key = $1', [
        keyOf(k),
        new Date(now.getTime() + WINDOW_MS).toISOString(),
        now.toISOString(),
      ]);
    }
  }
}

/** A successful sign-in clears the account's count (not the client's). */
export async function clearFailures(q: Queryable, key: LimitKey): Promise<void> {
  await q.query('delete from sign_in_limits where key = $1', [keyOf(key)]);
}
