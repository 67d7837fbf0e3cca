import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_ALGORITHM } from '../../src/auth/auth.service.js';
import type { LoginResponseDto } from '../../src/auth/auth.dto.js';
import { RevokedToken } from '../../src/auth/revoked-token.entity.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createUser, TEST_PASSWORD, type TestUser } from '../helpers/users.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const me = async (t: TestApp, token: string) => (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) })).statusCode;
const logout = async (t: TestApp, token: string) => (await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer(token) })).statusCode;
const tokenId = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { jti: string; exp: number };

describe('POST /api/v1/auth/logout', () => {
  let first: TestApp;
  let second: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestApp(first.shareDatabase);
    user = await createUser(first, 'inspector');
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const login = async () => {
    const res = await first.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
    return res.json<LoginResponseDto>().accessToken;
  };

  it('should end that token on every instance at once and keep the account’s other sessions', async () => {
    const phone = await login();
    const desktop = await login();
    expect(await me(second, phone)).toBe(200);
    expect(await logout(first, phone)).toBe(204);
    expect(await me(first, phone)).toBe(401);
    expect(await me(second, phone)).toBe(401);
    expect(await logout(second, phone)).toBe(401);
    expect(await me(second, desktop)).toBe(200);

    const { jti, exp } = tokenId(phone);
    const row = await first.dataSource.getRepository(RevokedToken).findOneByOrFail({ tokenId: jti });
    expect(Number(row.expiresAt)).toBe(exp * 1000);
  });

  it('should remove the rows of tokens that have expired anyway at the next logout', async () => {
    const revoked = first.dataSource.getRepository(RevokedToken);
    const [expired, running] = [randomUUID(), randomUUID()];
    await revoked.insert({ tokenId: expired, expiresAt: String(Date.now() - 1000) });
    await revoked.insert({ tokenId: running, expiresAt: String(Date.now() + 3_600_000) });
    expect(await logout(second, await login())).toBe(204);
    expect(await revoked.existsBy({ tokenId: expired })).toBe(false);
    expect(await revoked.existsBy({ tokenId: running })).toBe(true);
  });

  it('should be open during the forced password change, so a one-time login can be abandoned', async () => {
    const res = await first.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: (await createUser(first, 'admin', 'verwaltung')).headers,
      payload: { username: 'abbrecher', role: 'inspector', agencyCode: 'ordnungsamt' },
    });
    const { oneTimePassword } = res.json<{ oneTimePassword: string }>();
    const limited = (
      await first.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'abbrecher', password: oneTimePassword } })
    ).json<LoginResponseDto>().accessToken;
    expect(await logout(first, limited)).toBe(204);
    const change = await first.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: bearer(limited),
      payload: { currentPassword: oneTimePassword, newPassword: 'Abgebrochen-und-vorbei' },
    });
    expect(change.statusCode).toBe(401);
  });

  it('should refuse tokens issued before logouts and session generations existed: without an id or without a generation', async () => {
    const sign = (claims: object, options: { jwtid?: string } = {}) =>
      first.app.get(JwtService).signAsync(claims, {
        algorithm: TOKEN_ALGORITHM,
        audience: first.config.tokenAudience,
        issuer: first.config.tokenIssuer,
        expiresIn: 600,
        ...options,
      });
    const claims = { sub: user.id, role: 'inspector', agency: 'ordnungsamt', name: user.username };
    expect(await me(first, await sign({ ...claims, gen: 0 }))).toBe(401);
    expect(await me(first, await sign(claims, { jwtid: randomUUID() }))).toBe(401);
    expect(await me(first, await sign({ ...claims, gen: 0 }, { jwtid: randomUUID() }))).toBe(200);
  });
});
