import { createApp } from './app';
import type { Database } from './db/database';
import { createLogger } from './logger';

describe('when something breaks inside the server', () => {
  const broken = {
    query: () => Promise.reject(new Error('connection reset')),
    transaction: () => Promise.reject(new Error('connection reset')),
  } as unknown as Database;

  it('answers 500 with the contract error shape, logs the cause and hides it from the client', async () => {
    const logger = createLogger('error');
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const res = await createApp({ db: broken, logger }).request('/api/health');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({ error: { code: 'internal', message: 'Something went wrong on the server' } });
    expect(JSON.stringify(body)).not.toContain('connection reset');
    // Where and what kind, never the message: it may carry what a user wrote.
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^GET \/api\/health failed: Error\n\s+at /));
    expect(logged.mock.calls.flat().join(' ')).not.toContain('connection reset');
  });

  it('still answers 4xx for bad input before touching the database', async () => {
    const res = await createApp({ db: broken }).request('/api/auth/sign-in', {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    });
    expect(res.status).toBe(400);
  });

  it('refuses a body nested too deeply before parsing it', async () => {
    const res = await createApp({ db: broken }).request('/api/auth/sign-in', {
      method: 'POST',
      body: `{"email":${'['.repeat(400_000)}${']'.repeat(400_000)}}`,
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request', message: 'The JSON is nested too deeply (more than 32 levels)' },
    });
  });
});

describe('the accessibility statement’s details', () => {
  const db = {} as unknown as Database;

  it('are the operator’s, for anyone, signed in or not', async () => {
    const accessibility = { contact: 'accessibility@valmiera.example.lv', enforcement: 'Tiesībsarga birojs' };
    const res = await createApp({ db, accessibility }).request('/api/accessibility');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(accessibility);
  });

  it('say so when the operator has set none', async () => {
    const res = await createApp({ db }).request('/api/accessibility');
    expect(await res.json()).toEqual({ contact: null, enforcement: null });
  });
});
