import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/test-app.js';
import { ensureServerBuilt, startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const run = promisify(execFile);

describe('a city without demo data: the first administrator from the command line', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hausakte-first-admin-'));
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let env: Record<string, string>;
  let server: ServerProcess | undefined;

  /** `npm run users -- …` or `npm run cities -- …` as an operator runs it, against the same database as the server. */
  const command =
    (name: 'users' | 'cities') =>
    async (...args: string[]) => {
      const cli = join(ensureServerBuilt(), `../${name}/${name}-cli.js`);
      return run(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH ?? '', ...env } }).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );
    };
  const users = command('users');
  const cities = command('cities');
  const api = async (path: string, init: { method?: string; token?: string; body?: unknown } = {}) => {
    const res = await fetch(`${server!.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { code?: string; errors?: Array<{ field: string; code: string }> } };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    env = {
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      AUTH_TOKEN_SECRET: 'first-admin-secret-first-admin-secret-0123',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      ...(database ? { DATABASE_URL: database.url } : {}),
    };
  }, 120_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should refuse an unknown agency or role with the reason, and create nothing', async () => {
    const wrong = await users('create', '--username', 'chef', '--role', 'emperor', '--agency', 'geheimdienst');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('role: role must be one of');
    expect(wrong.stderr).toContain('agencyCode: unknown or inactive agency "geheimdienst"');
    expect((await users('create', '--username', 'chef')).stderr).toContain('Usage: npm run users -- create');
  }, 120_000);

  it('should set up the city by its AGS, refusing a key of a Land without a legal profile', async () => {
    const munich = await cities('create', '--ags', '09162000', '--name', 'München');
    expect([munich.code, munich.stderr]).toEqual([1, expect.stringContaining('ags: no legal profile for the Land BY')]);
    const essen = await cities('create', '--ags', '05113000', '--name', 'Essen');
    expect([essen.code, essen.stdout.trim()]).toEqual([0, 'Created Essen (AGS 05113000, Nordrhein-Westfalen, Europe/Berlin).']);
  }, 120_000);

  it('should create the first administrator with a one-time password that only allows choosing a new one', async () => {
    expect((await users('create', '--username', 'chef', '--role', 'admin', '--agency', 'verwaltung', '--city', '06413000')).stderr).toContain(
      'city: no city with the AGS 06413000',
    );
    const created = await users('create', '--username', 'it.admin', '--role', 'admin', '--agency', 'verwaltung', '--display-name', 'IT-Leitstelle');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Created admin "it.admin" (verwaltung, city 05113000).');
    const oneTime = /One-time password: (\S+)/.exec(created.stdout)![1];
    expect(oneTime).toHaveLength(24);
    expect((await users('create', '--username', 'it.admin', '--role', 'admin', '--agency', 'verwaltung')).stderr).toContain('exists already');

    server = await startServerProcess(env);
    expect((await api('/auth/login', { method: 'POST', body: { username: 'lead', password: 'hausakte-demo' } })).status).toBe(401);
    const first = await api('/auth/login', { method: 'POST', body: { username: 'it.admin', password: oneTime } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      passwordChangeRequired: true,
      user: { username: 'it.admin', displayName: 'IT-Leitstelle', role: 'admin', city: { ags: '05113000', name: 'Essen', legal: { law: 'WohnStG NRW' } } },
    });
    const limited = first.body.accessToken as string;
    for (const path of ['/auth/me', '/agencies', '/audit/verify']) {
      const refused = await api(path, { token: limited });
      expect(refused.status, path).toBe(403);
      expect(refused.body.code).toBe('password_change_required');
    }

    const short = await api('/auth/password', { method: 'POST', token: limited, body: { currentPassword: oneTime, newPassword: 'kurz' } });
    expect(short.status).toBe(400);
    expect(short.body.errors).toContainEqual(expect.objectContaining({ field: 'newPassword', code: 'isLength', params: [12, 200] }));
    const wrong = await api('/auth/password', {
      method: 'POST',
      token: limited,
      body: { currentPassword: 'geraten-geraten', newPassword: 'Rathausplatz-Eins-2026' },
    });
    expect(wrong.body.errors).toContainEqual(expect.objectContaining({ field: 'currentPassword', code: 'wrongPassword' }));
    const same = await api('/auth/password', { method: 'POST', token: limited, body: { currentPassword: oneTime, newPassword: oneTime } });
    expect(same.body.errors).toContainEqual(expect.objectContaining({ field: 'newPassword', code: 'sameAsCurrent' }));

    const changed = await api('/auth/password', { method: 'POST', token: limited, body: { currentPassword: oneTime, newPassword: 'Rathausplatz-Eins-2026' } });
    expect(changed.status).toBe(200);
    expect(changed.body.passwordChangeRequired).toBe(false);
    expect((await api('/auth/me', { token: changed.body.accessToken as string })).status).toBe(200);
    // The token of the one-time password ends with it.
    expect((await api('/auth/me', { token: limited })).status).toBe(401);
    expect((await api('/auth/login', { method: 'POST', body: { username: 'it.admin', password: oneTime } })).status).toBe(401);
    const again = await api('/auth/login', { method: 'POST', body: { username: 'it.admin', password: 'Rathausplatz-Eins-2026' } });
    expect(again.body.passwordChangeRequired).toBe(false);
    expect((await api('/audit/verify', { token: again.body.accessToken as string })).body).toMatchObject({ ok: true });
  }, 180_000);
});
