import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/auth/password-policy.js';
import { hashPassword } from '../../src/auth/passwords.js';
import { User } from '../../src/auth/user.entity.js';
import { checkReadiness } from '../../src/common/production-readiness.js';
import { loadAppConfig } from '../../src/config/app-config.js';
import { backupSqlite } from '../../src/database/backup.js';
import { runUsersCommand } from '../../src/users/users-cli.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createUser } from '../helpers/users.js';

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

/** Collects what the readiness check warns about outside production. */
const warnings = () => {
  const lines: string[] = [];
  return { lines, logger: { log: () => undefined, error: () => undefined, warn: (message: unknown) => void lines.push(String(message)) } };
};

describe('production defaults', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production', TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(async () => t?.close());

  it('should refuse DEMO_DATA=true with NODE_ENV=production before anything starts', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production', DEMO_DATA: 'true', DATABASE_URL: '', AUTH_TOKEN_SECRET: '' }, null)).toThrow(
      /DEMO_DATA must be false with NODE_ENV=production/,
    );
  });

  it('should refuse to start while an active account has the demo password, naming it, and start once it is reset', async () => {
    const { logger } = warnings();
    await expect(checkReadiness(t.app, t.config, logger)).resolves.toBeUndefined();
    await t.dataSource.getRepository(User).insert({
      id: randomUUID(),
      username: 'lead',
      displayName: 'Demo Leitung',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      role: 'lead',
      agencyCode: 'ordnungsamt',
      active: true,
    });
    await expect(checkReadiness(t.app, t.config, logger)).rejects.toThrow(/active accounts still have the published demo password: lead;/);

    const answer = await runUsersCommand(t.app, ['reset-password', '--username', 'lead']);
    expect(answer).toMatch(/^New one-time password for "lead": \S{24}$/m);
    await expect(checkReadiness(t.app, t.config, logger)).resolves.toBeUndefined();
  });

  it('should serve neither Swagger UI nor the OpenAPI document unless API_DOCS=true', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/docs-json' })).statusCode).toBe(404);
    const withDocs = await createTestApp({ NODE_ENV: 'production', API_DOCS: 'true' });
    try {
      expect((await withDocs.app.inject({ method: 'GET', url: '/api/docs-json' })).statusCode).toBe(200);
    } finally {
      await withDocs.close();
    }
  });

  it('should mark every API answer not to be stored, refusals included, and leave the client’s files cacheable', async () => {
    const lead = await createUser(t, 'lead');
    const answers = [
      await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: lead.headers }),
      await t.app.inject({ method: 'GET', url: '/api/v1/properties?limit=5', headers: lead.headers }),
      await t.app.inject({ method: 'GET', url: '/api/v1/properties?limit=5' }),
      await t.app.inject({ method: 'GET', url: `/api/v1/properties/${randomUUID()}`, headers: lead.headers }),
    ];
    expect(answers.map((a) => [a.statusCode, a.headers['cache-control']])).toEqual([
      [200, 'no-store'],
      [200, 'no-store'],
      [401, 'no-store'],
      [404, 'no-store'],
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/' })).headers['cache-control']).not.toBe('no-store');
  });

  it('should send HSTS only for requests that arrived over HTTPS through the trusted proxy', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const secure = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000');
  });
});

describe('file modes of the embedded database', () => {
  let root: string;
  let dataDir: string;
  let t: TestApp;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hausakte-modes-'));
    dataDir = join(root, 'data');
    // The embedded SQLite database with a generated token secret, as `npm start` has it.
    t = await createTestApp({ DATA_DIR: dataDir, DATABASE_URL: '', AUTH_TOKEN_SECRET: '' });
    await createUser(t, 'lead');
  });
  afterAll(async () => {
    await t?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('should create the data folder for the server’s account only and the database, its log, the token secret and backups owner-only', async () => {
    expect(mode(dataDir)).toBe('700');
    for (const name of ['hausakte.sqlite', 'hausakte.sqlite-wal', 'hausakte.sqlite-shm', 'token-secret']) {
      expect(existsSync(join(dataDir, name)), name).toBe(true);
      expect(mode(join(dataDir, name)), name).toBe('600');
    }
    const backup = join(dataDir, 'backups', 'hausakte-test.sqlite');
    await backupSqlite(t.config.sqlitePath, backup);
    expect(mode(join(dataDir, 'backups'))).toBe('700');
    expect(mode(backup)).toBe('600');
  });

  it('should refuse a production start on a data folder others can enter, and only warn outside production', async () => {
    chmodSync(dataDir, 0o755);
    try {
      const production = loadAppConfig({ NODE_ENV: 'production', DEMO_DATA: 'false', DATA_DIR: dataDir, DATABASE_URL: '', AUTH_TOKEN_SECRET: '' }, null);
      const { lines, logger } = warnings();
      await expect(checkReadiness(t.app, production, logger)).rejects.toThrow(`${dataDir} has mode 755: others can enter it; chmod 700 ${dataDir}`);
      await checkReadiness(t.app, t.config, logger);
      expect(lines).toEqual([`${dataDir} has mode 755: others can enter it; chmod 700 ${dataDir}`]);
    } finally {
      chmodSync(dataDir, 0o700);
    }
  });
});
