import { resolve } from 'node:path';
import { z } from 'zod';
import type { AccessibilityContacts } from '@/domain/accessibility';
import { LOG_LEVELS } from './logger';

// Configuration comes from the environment, parsed once at start: a bad value stops the
// process with a message naming the variable, rather than failing later in a request.

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\/\S+$/, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/libri')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  STATIC_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s]+\/?$/, 'must be the address people open, such as https://libri.example.org')
    .optional(),
  ALLOWED_HOSTS: z.string().optional(),
  ADMIN_EMAIL: z.string().optional(),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).optional(),
  ADMIN_PASSWORD: z.string().optional(),
  ACCESSIBILITY_CONTACT: z.string().max(300, 'must be at most 300 characters').optional(),
  ACCESSIBILITY_ENFORCEMENT: z.string().max(500, 'must be at most 500 characters').optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  staticDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Where people open the app; HTTPS there means Secure cookies and HSTS. */
  publicUrl?: string;
  /** Host names the server answers to (DNS rebinding): the local names, PUBLIC_URL's and ALLOWED_HOSTS. */
  allowedHosts: string[];
  /** Behind a reverse proxy: the client's address comes from X-Forwarded-For. */
  trustProxy: boolean;
  /** The first administrator, created at start when the install has none. */
  admin?: { email: string; password: string };
  /** The accessibility statement's feedback contact and the country's enforcement body (null: not set). */
  accessibility: AccessibilityContacts;
};

export const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export function parseConfig(
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): { ok: true; config: Config } | { ok: false; message: string } {
  // An empty variable (`DATABASE_URL=` in a compose file) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    // The URL may carry a password: never echo it.
    const shown = name === 'DATABASE_URL' || name === 'ADMIN_PASSWORD' ? '' : `="${env[name] ?? ''}"`;
    return { ok: false, message: `Invalid environment variable ${name}${shown}: ${issue?.message ?? 'invalid'}` };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
      dataDir: e.DATA_DIR,
      staticDir: resolve(cwd, e.STATIC_DIR ?? 'dist/client'),
      logLevel: e.LOG_LEVEL ?? 'info',
      ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL.replace(/\/$/, '') } : {}),
      allowedHosts: [
        ...LOCAL_HOSTS,
        ...(e.PUBLIC_URL ? [new URL(e.PUBLIC_URL).hostname] : []),
        ...(e.ALLOWED_HOSTS ?? '')
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ],
      trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
      ...(e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { admin: { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } } : {}),
      accessibility: {
        contact: e.ACCESSIBILITY_CONTACT?.trim() || null,
        enforcement: e.ACCESSIBILITY_ENFORCEMENT?.trim() || null,
      },
    },
  };
}

/** For server/index.ts: the config, or exit 1 with the reason. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = parseConfig(env);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  return result.config;
}
