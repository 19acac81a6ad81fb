import { parseConfig } from './config';

describe('configuration from the environment', () => {
  it('has defaults for a plain start', () => {
    expect(parseConfig({}, '/srv/libri')).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: '0.0.0.0',
        dataDir: './data',
        staticDir: '/srv/libri/dist/client',
        logLevel: 'info',
        allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
        trustProxy: false,
        accessibility: { contact: null, enforcement: null },
      },
    });
  });

  it('reads every variable', () => {
    const result = parseConfig(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgres://libri:secret@db:5432/libri',
        DATA_DIR: '/var/lib/libri',
        STATIC_DIR: 'public',
        LOG_LEVEL: 'debug',
        PUBLIC_URL: 'https://libri.example.org/',
        ALLOWED_HOSTS: 'Libri.local, 10.0.0.5',
        ADMIN_EMAIL: 'admin@example.org',
        ADMIN_PASSWORD: 'a long first password',
        TRUST_PROXY: 'true',
        ACCESSIBILITY_CONTACT: ' accessibility@valmiera.example.lv ',
        ACCESSIBILITY_ENFORCEMENT: 'Latvijas Republikas Tiesībsarga birojs, https://www.tiesibsargs.lv',
      },
      '/srv/libri',
    );
    expect(result).toEqual({
      ok: true,
      config: {
        port: 8080,
        host: '127.0.0.1',
        databaseUrl: 'postgres://libri:secret@db:5432/libri',
        dataDir: '/var/lib/libri',
        staticDir: '/srv/libri/public',
        logLevel: 'debug',
        publicUrl: 'https://libri.example.org',
        allowedHosts: ['localhost', '127.0.0.1', '[::1]', 'libri.example.org', 'libri.local', '10.0.0.5'],
        trustProxy: true,
        admin: { email: 'admin@example.org', password: 'a long first password' },
        accessibility: {
          contact: 'accessibility@valmiera.example.lv',
          enforcement: 'Latvijas Republikas Tiesībsarga birojs, https://www.tiesibsargs.lv',
        },
      },
    });
  });

  it('treats an empty variable as not set', () => {
    expect(parseConfig({ DATABASE_URL: '', PORT: ' ' }, '/')).toMatchObject({ ok: true, config: { port: 3000 } });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '30.5'],
    ['LOG_LEVEL', 'loud'],
    ['PUBLIC_URL', 'libri.example.org'],
  ])('stops on a bad %s (%s) with a message naming it', (name, value) => {
    const result = parseConfig({ [name]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(new RegExp(`^Invalid environment variable ${name}="${value}": .+`));
  });

  it('names a bad DATABASE_URL without printing it, as it may hold a password', () => {
    const result = parseConfig({ DATABASE_URL: 'mysql://root:hunter2@db/libri' });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^Invalid environment variable DATABASE_URL: must be a PostgreSQL URL/),
    });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});
