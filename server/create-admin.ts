import { createInterface } from 'node:readline/promises';
import { loadConfig } from './config';
import { openDatabase } from './db/open';
import { createFirstAdmin } from './auth/admin';

// `npm run create-admin`: the operator makes the first administrator of a new installation.
// Reads ADMIN_EMAIL and ADMIN_PASSWORD, or asks for them; the password is not echoed.

const config = loadConfig();
const ask = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });

async function prompt(question: string, secret = false): Promise<string> {
  if (!secret || !process.stdin.isTTY) return ask.question(question);
  const out = process.stdout as NodeJS.WriteStream & { _write?: unknown };
  process.stdout.write(question);
  const write = out.write.bind(out);
  out.write = (() => true) as typeof out.write;
  try {
    return await ask.question('');
  } finally {
    out.write = write;
    process.stdout.write('\n');
  }
}

const email = process.env.ADMIN_EMAIL || (await prompt('E-mail address of the first administrator: '));
const password = process.env.ADMIN_PASSWORD || (await prompt('Password (at least 12 characters): ', true));
ask.close();

const db = await openDatabase(config);
const made = await createFirstAdmin(db, email, password);
await db.close();
if (made.ok) {
  console.log(`Created the administrator ${made.email}. Sign in and set up two-step sign-in.`);
} else {
  console.error(`No administrator created: ${made.message}.`);
  process.exit(1);
}
