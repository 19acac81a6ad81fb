// A few lines instead of a logging library: the server logs little (start, stop, bugs).
export const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type Logger = Record<Exclude<LogLevel, 'silent'>, (message: string, ...details: unknown[]) => void>;

export function createLogger(level: LogLevel = 'info'): Logger {
  const rank = LOG_LEVELS.indexOf(level);
  const at = (l: LogLevel, write: (...args: unknown[]) => void) =>
    LOG_LEVELS.indexOf(l) <= rank ? write : () => undefined;
  return {
    error: at('error', console.error),
    warn: at('warn', console.warn),
    info: at('info', console.log),
    debug: at('debug', console.log),
  };
}

export const silentLogger = createLogger('silent');
