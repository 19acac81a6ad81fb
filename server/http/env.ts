import type { Database } from '../db/database';
import type { Logger } from '../logger';

/** What every handler can reach through `c.var`. */
export type AppEnv = { Variables: { db: Database; logger: Logger } };
