import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWellInsideMinuteWindow } from '../helpers/minute-window.js';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { LoginFailure } from '../../src/auth/login-failure.entity.js';
import { loadAppConfig } from '../../src/config/app-config.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createUser, TEST_PASSWORD } from '../helpers/users.js';

describe('the per-account login limit, shared by every instance', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestApp(first.shareDatabase);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  let address = 0;
  /** Every attempt from another address, as a botnet or rotating forwarded headers would send them. */
  const login = (t: TestApp, username: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: `10.9.${Math.floor(++address / 250)}.${address % 250}`,
      payload: { username, password },
    });

  it('should refuse the sixth attempt on one account from six addresses and two instances with 429 and Retry-After, even with the right password', async () => {
    const user = await createUser(first, 'inspector');
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(i % 2 ? second : first, user.username, `wrong-guess-${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const refused = await login(second, user.username, TEST_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'too_many_requests', retryAfter: 60 });
    expect(refused.headers['retry-after']).toBe('60');
  });

  it('should let at most the limit of parallel guesses through, on every instance together', async () => {
    const user = await createUser(first, 'inspector');
    // Several instances run on PostgreSQL only; on the embedded database one instance answers them all.
    const other = first.config.usesPostgres ? second : first;
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login(i % 2 ? other : first, user.username, `parallel-${i}`)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('should double the wait after the next failure once a wait has passed', async () => {
    const user = await createUser(first, 'inspector');
    for (let i = 0; i < 5; i++) await login(first, user.username, 'wrong-password-1');
    // The minute has passed.
    await first.dataSource.getRepository(LoginFailure).update({ failures: 5 }, { lockedUntil: String(Date.now() - 1) });
    expect((await login(first, user.username, 'wrong-password-2')).statusCode).toBe(401);
    expect((await login(first, user.username, TEST_PASSWORD)).headers['retry-after']).toBe('120');
  });

  it('should forgive the failures when the password was right', async () => {
    const user = await createUser(first, 'inspector');
    for (let i = 0; i < 4; i++) expect((await login(first, user.username, 'typo-password')).statusCode).toBe(401);
    expect((await login(second, user.username, TEST_PASSWORD)).statusCode).toBe(200);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(first, user.username, 'typo-password')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
  });

  it('should count a name that is no account alike, so a wait reveals nothing, and keep no typed text readable', async () => {
    const typed = 'MeinGeheimesPasswort2026';
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(first, typed, 'x')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const stored = JSON.stringify([
      await first.dataSource.getRepository(AuditEntry).find(),
      await first.dataSource.getRepository(LoginFailure).find(),
      await first.dataSource.query('SELECT * FROM rate_limit_hits'),
    ]);
    expect(stored).not.toContain(typed);
    expect(stored.toLowerCase()).not.toContain(typed.toLowerCase());
    const failed = await first.dataSource.getRepository(AuditEntry).findBy({ action: 'login_failed', actorName: '(unknown username)' });
    expect(failed.length).toBeGreaterThanOrEqual(5);
  });
});

describe('the per-address login limit behind a reverse proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8', LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => t?.close());

  beforeEach(startWellInsideMinuteWindow);

  const attempt = (remoteAddress: string, forwardedFor: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { username: `someone-${forwardedFor.length}-${Math.random()}`, password: 'guess' },
    });

  it('should count the client the trusted proxy saw, whatever the client put into X-Forwarded-For itself', async () => {
    const statuses = [];
    // The proxy appends the address it saw; what comes before it is the client's own writing.
    for (let i = 0; i < 5; i++) statuses.push((await attempt('127.0.0.1', `192.0.2.${i}, 203.0.113.7`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('should ignore X-Forwarded-For from an address that is no trusted proxy', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt('198.51.100.4', `192.0.2.${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('should refuse a blanket TRUST_PROXY=true, naming the variable', () => {
    expect(() => loadAppConfig({ DATABASE_URL: '', AUTH_TOKEN_SECRET: '', TRUST_PROXY: 'true' }, null)).toThrow(
      /TRUST_PROXY must list the reverse proxies' addresses or CIDRs/,
    );
    expect(loadAppConfig({ DATABASE_URL: '', AUTH_TOKEN_SECRET: '', TRUST_PROXY: '10.0.0.1,fd00::/8' }, null).trustProxy).toEqual(['10.0.0.1', 'fd00::/8']);
  });
});
