import { randomUUID } from 'node:crypto';
import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { useTestApp, TEST_TOKEN_SECRET } from '../helpers/test-app.js';
import { createUser, TEST_PASSWORD, type TestUser } from '../helpers/users.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { LoginResponseDto } from '../../src/auth/auth.dto.js';

const b64 = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
function forge(header: object, claims: object, secret = TEST_TOKEN_SECRET): string {
  const unsigned = `${b64(header)}.${b64(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('auth', () => {
  const t = useTestApp();
  let lead: TestUser;
  const now = () => Math.floor(Date.now() / 1000);
  beforeAll(async () => {
    lead = await createUser(t, 'lead', 'ordnungsamt', 'lead.test');
  });

  const me = (authorization: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization } });

  describe('POST /api/v1/auth/login', () => {
    it('should answer a token with expiry, audience and issuer, and the user with permissions', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lead.test', password: TEST_PASSWORD } });
      expect(res.statusCode).toBe(200);
      const body = res.json<LoginResponseDto>();
      expect(body.expiresIn).toBe(t.config.tokenTtlSeconds);
      expect(body.user).toMatchObject({ username: 'lead.test', role: 'lead', agencyCode: 'ordnungsamt' });
      expect(body.user.permissions).toContain('decision:create');
      const [header, claims] = body.accessToken
        .split('.')
        .slice(0, 2)
        .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>);
      expect(header.alg).toBe('HS256');
      expect(claims).toMatchObject({ aud: 'hausakte-api', iss: 'hausakte', role: 'lead' });
      expect(Number(claims.exp) - Number(claims.iat)).toBe(t.config.tokenTtlSeconds);
      expect(body.user).not.toHaveProperty('passwordHash');
    });

    it('should refuse a wrong password with 401 and record the failure in the audit log', async () => {
      const before = await t.dataSource.getRepository(AuditEntry).countBy({ action: 'login_failed' });
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lead.test', password: 'wrong' } });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 401, code: 'unauthorized' });
      expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'login_failed' })).toBe(before + 1);
    });

    it('should answer an unknown user exactly like a wrong password', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'x' } });
      expect(res.statusCode).toBe(401);
      expect(res.json<ProblemBody>().detail).toBe('Unknown username or wrong password.');
    });

    it('should refuse a login body with unknown fields', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lead.test', password: TEST_PASSWORD, role: 'admin' } });
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors?.map((e: { field: string }) => e.field)).toContain('role');
    });
  });

  describe('the guard', () => {
    it('should accept the issued token', async () => {
      expect((await me(lead.headers.authorization)).statusCode).toBe(200);
    });

    it('should refuse a request without a token', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
      expect(res.statusCode).toBe(401);
    });

    it('should refuse a token for another audience', async () => {
      const token = forge(
        { alg: 'HS256', typ: 'JWT' },
        { sub: lead.id, role: 'lead', agency: 'ordnungsamt', aud: 'other-api', iss: 'hausakte', iat: now(), exp: now() + 60 },
      );
      expect((await me(`Bearer ${token}`)).statusCode).toBe(401);
    });

    it('should refuse an expired token', async () => {
      const token = forge(
        { alg: 'HS256', typ: 'JWT' },
        { sub: lead.id, role: 'lead', agency: 'ordnungsamt', aud: 'hausakte-api', iss: 'hausakte', iat: now() - 120, exp: now() - 60 },
      );
      expect((await me(`Bearer ${token}`)).statusCode).toBe(401);
    });

    it('should refuse an unsigned token (alg none)', async () => {
      const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: lead.id, aud: 'hausakte-api', iss: 'hausakte', exp: now() + 60 })}.x`;
      expect((await me(`Bearer ${token}`)).statusCode).toBe(401);
    });

    it('should refuse a token signed with another algorithm than the allow-listed one', async () => {
      const unsigned = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64({ sub: lead.id, aud: 'hausakte-api', iss: 'hausakte', iat: now(), exp: now() + 60 })}`;
      const token = `${unsigned}.${createHmac('sha512', TEST_TOKEN_SECRET).update(unsigned).digest('base64url')}`;
      expect((await me(`Bearer ${token}`)).statusCode).toBe(401);
    });

    it('should refuse a token signed with another secret', async () => {
      const token = forge(
        { alg: 'HS256', typ: 'JWT' },
        { sub: lead.id, role: 'lead', aud: 'hausakte-api', iss: 'hausakte', iat: now(), exp: now() + 60 },
        'another-secret-another-secret-another-secret',
      );
      expect((await me(`Bearer ${token}`)).statusCode).toBe(401);
    });

    it('should take the role from the stored user, not from the token claims', async () => {
      const inspector = await createUser(t, 'inspector');
      const token = forge(
        { alg: 'HS256', typ: 'JWT' },
        {
          sub: inspector.id,
          role: 'lead',
          agency: 'ordnungsamt',
          aud: 'hausakte-api',
          iss: 'hausakte',
          iat: now(),
          exp: now() + 60,
          jti: randomUUID(),
          gen: 0,
        },
      );
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode).toBe(403);
    });
  });
});
