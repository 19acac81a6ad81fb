// The only thing the store knows about storage. Two implementations (PGlite embedded,
// node-postgres) speak the same PostgreSQL dialect, so one set of SQL serves both.

/** Runs statements; inside a transaction this is the transaction's connection. */
export interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations): PGlite's `query` takes only one. */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Commits when `fn` resolves, rolls back when it throws. Never call the outer db inside `fn`. */
  transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R>;
  close(): Promise<void>;
  /** For the start-up message: where the data lives. */
  readonly description: string;
}
