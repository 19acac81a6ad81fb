import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies, invitation and reset links. */
export const newToken = () => randomBytes(32).toString('base64url');

/** The database keeps only this: a stolen backup of it opens no session and no link. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A token as it arrives from a URL or cookie: anything else is not looked up at all. */
export const isTokenShape = (v: string | undefined): v is string => !!v && /^[A-Za-z0-9_-]{43}$/.test(v);
