import type { Principal } from '@/domain';
import type { CurrentSession } from '../auth/sessions';
import type { Database } from '../db/database';
import type { LiveHub } from '../live/hub';
import type { Logger } from '../logger';

/** The signed-in person of a request: their session, account and principal for `can()`. */
export type Auth = CurrentSession & { principal: NonNullable<Principal> };

/** What every handler can reach through `c.var`. */
export type AppEnv = {
  Variables: {
    db: Database;
    logger: Logger;
    /** Live updates and presence of this process. */
    live: LiveHub;
    /** null: nobody is signed in (or the session has ended). */
    auth: Auth | null;
    /** A sign-in halfway: the password was right, the second step (or its setup) is awaited. */
    pending: CurrentSession | null;
    /** The client's address, for sign-in limits and the audit log. */
    ip: string;
    /** The session cookie's name (`__Host-` prefixed when served over HTTPS). */
    cookieName: string;
    secure: boolean;
  };
};
