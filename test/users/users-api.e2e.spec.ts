import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import type { LoginResponseDto } from '../../src/auth/auth.dto.js';
import { verifyPassword } from '../../src/auth/passwords.js';
import { User } from '../../src/auth/user.entity.js';
import type { ManagedUserDto, UserWithPasswordDto } from '../../src/users/users.dto.js';
import { createTestApp, useTestApp, type TestApp } from '../helpers/test-app.js';
import { createUser, TEST_PASSWORD, useStandardUsers, type TestUser } from '../helpers/users.js';

interface Problem {
  code: string;
  errors?: Array<{ field: string; code: string }>;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function client(t: TestApp) {
  return {
    login: async (username: string, password: string) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      return { status: res.statusCode, body: res.json<LoginResponseDto>() };
    },
    /** The status a token gets on a route every role may call. */
    me: async (token: string) => (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) })).statusCode,
    create: (admin: TestUser, payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload }),
    patch: (admin: TestUser, id: string, payload: object, version?: number) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${id}`,
        headers: { ...admin.headers, ...(version !== undefined && { 'if-match': `"${version}"` }) },
        payload,
      }),
    reset: (admin: TestUser, id: string) => t.app.inject({ method: 'POST', url: `/api/v1/users/${id}/password-reset`, headers: admin.headers }),
  };
}

const versionOf = async (t: TestApp, id: string) => (await t.dataSource.getRepository(User).findOneByOrFail({ id })).version;

describe('user administration: /api/v1/users', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  const api = client(t);

  it('should create an account with a one-time password that is stored hashed, audited without it, and must be replaced at the first login', async () => {
    const res = await api.create(users.admin, { username: 'k.nowak', displayName: ' Katarzyna Nowak ', role: 'inspector', agencyCode: 'jugendamt' });
    expect(res.statusCode).toBe(201);
    const { user, oneTimePassword } = res.json<UserWithPasswordDto>();
    expect(user).toMatchObject({
      username: 'k.nowak',
      displayName: 'Katarzyna Nowak',
      role: 'inspector',
      agencyCode: 'jugendamt',
      active: true,
      passwordChangeRequired: true,
      version: 1,
    });
    expect(res.body).not.toContain('passwordHash');
    const stored = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(await verifyPassword(stored.passwordHash, oneTimePassword)).toBe(true);

    const entry = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ entityId: user.id, action: 'user_created' });
    expect(entry.actorId).toBe(users.admin.id);
    expect(JSON.stringify(entry)).not.toContain(oneTimePassword);

    const login = await api.login('k.nowak', oneTimePassword);
    expect(login.status).toBe(200);
    expect(login.body.passwordChangeRequired).toBe(true);
  });

  it('should refuse a bad role, an unknown agency and a taken username, naming the field, and store nothing', async () => {
    const before = await t.dataSource.getRepository(User).count();
    const badRole = await api.create(users.admin, { username: 'neu.1', role: 'superuser', agencyCode: 'jugendamt' });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json<Problem>().errors).toContainEqual(expect.objectContaining({ field: 'role', code: 'isIn' }));
    const badAgency = await api.create(users.admin, { username: 'neu.2', role: 'inspector', agencyCode: 'gibt-es-nicht' });
    expect(badAgency.statusCode).toBe(400);
    expect(badAgency.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'agencyCode', code: 'unknownAgency' })]);
    const taken = await api.create(users.admin, { username: users.lead.username, role: 'inspector', agencyCode: 'jugendamt' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<Problem>().code).toBe('duplicate_username');
    expect(await t.dataSource.getRepository(User).count()).toBe(before);
  });

  it('should be closed to every role but the administration', async () => {
    for (const user of [users.lead, users.inspector, users.council]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: user.headers })).statusCode).toBe(403);
      expect((await api.create(user, { username: `von-${user.role}`, role: 'admin', agencyCode: 'verwaltung' })).statusCode).toBe(403);
      expect((await api.reset(user, users.admin.id)).statusCode).toBe(403);
    }
    expect(await t.dataSource.getRepository(User).existsBy({ username: 'von-lead' })).toBe(false);
  });

  it('should list every account by username with its state and version, without password hashes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: users.admin.headers });
    expect(res.statusCode).toBe(200);
    const list = res.json<ManagedUserDto[]>();
    expect(list.map((u) => u.username)).toEqual([...list.map((u) => u.username)].sort());
    expect(list.find((u) => u.id === users.lead.id)).toMatchObject({ role: 'lead', agencyCode: 'ordnungsamt', active: true, passwordChangeRequired: false });
    expect(res.body).not.toMatch(/passwordHash|argon2/);
  });

  it('should change name, role and agency only at the version the admin edited, audit what changed, and apply the role at once', async () => {
    const user = await createUser(t, 'inspector', 'ordnungsamt');
    expect((await api.patch(users.admin, user.id, { role: 'lead' })).statusCode).toBe(428);
    const res = await api.patch(users.admin, user.id, { displayName: 'Lea Brandt', role: 'lead', agencyCode: 'bauaufsicht' }, 1);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json<ManagedUserDto>()).toMatchObject({ displayName: 'Lea Brandt', role: 'lead', agencyCode: 'bauaufsicht', version: 2 });
    expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).toMatchObject({
      displayName: 'Lea Brandt',
      role: 'lead',
      agencyCode: 'bauaufsicht',
      version: 2,
    });
    // Roles are read per request: the same token now carries the lead's permissions.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: user.headers })).json<{ role: string }>().role).toBe('lead');

    const stale = await api.patch(users.admin, user.id, { displayName: 'Veraltet' }, 1);
    expect(stale.statusCode).toBe(412);
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).displayName).toBe('Lea Brandt');

    const entry = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ entityId: user.id, action: 'user_updated' });
    expect(entry.actorId).toBe(users.admin.id);
  });

  it('should refuse an inactive or unknown agency and an administrator changing their own role', async () => {
    const user = await createUser(t, 'inspector', 'ordnungsamt');
    const agency = await api.patch(users.admin, user.id, { agencyCode: 'gibt-es-nicht' }, 1);
    expect(agency.statusCode).toBe(400);
    expect(agency.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'agencyCode', code: 'unknownAgency' })]);
    const own = await api.patch(users.admin, users.admin.id, { role: 'lead' }, await versionOf(t, users.admin.id));
    expect(own.statusCode).toBe(400);
    expect(own.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'role', code: 'ownRole' })]);
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: users.admin.id })).role).toBe('admin');
  });

  it('should end a disabled account’s sessions at once, refuse its login, and not revive old tokens when it is enabled again', async () => {
    const user = await createUser(t, 'inspector', 'ordnungsamt');
    expect(await api.me(user.token)).toBe(200);
    expect((await api.patch(users.admin, user.id, { active: false }, 1)).statusCode).toBe(200);
    expect(await api.me(user.token)).toBe(401);
    expect((await api.login(user.username, TEST_PASSWORD)).status).toBe(401);
    expect((await api.patch(users.admin, user.id, { active: true }, 2)).statusCode).toBe(200);
    expect(await api.me(user.token)).toBe(401);
    const again = await api.login(user.username, TEST_PASSWORD);
    expect(again.status).toBe(200);
    expect(await api.me(again.body.accessToken)).toBe(200);
  });

  it('should reset a password: the old one and every session end, the one-time password must be replaced, nothing secret is audited', async () => {
    const user = await createUser(t, 'lead', 'ordnungsamt');
    const res = await api.reset(users.admin, user.id);
    expect(res.statusCode).toBe(200);
    const { user: answered, oneTimePassword } = res.json<UserWithPasswordDto>();
    expect(answered).toMatchObject({ id: user.id, passwordChangeRequired: true, version: 2 });
    expect(await api.me(user.token)).toBe(401);
    expect((await api.login(user.username, TEST_PASSWORD)).status).toBe(401);
    const login = await api.login(user.username, oneTimePassword);
    expect(login.body.passwordChangeRequired).toBe(true);
    const entry = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ entityId: user.id, action: 'user_password_reset' });
    expect(entry.actorId).toBe(users.admin.id);
    expect(JSON.stringify(entry)).not.toContain(oneTimePassword);
  });

  it('should end the other sessions when a user changes their own password, and keep the one that changed it', async () => {
    const user = await createUser(t, 'inspector', 'jugendamt');
    const other = (await api.login(user.username, TEST_PASSWORD)).body.accessToken;
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: user.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Ruhrort-Hafenbecken-Eins' },
    });
    expect(changed.statusCode).toBe(200);
    expect(await api.me(other)).toBe(401);
    expect(await api.me(user.token)).toBe(401);
    expect(await api.me(changed.json<LoginResponseDto>().accessToken)).toBe(200);
  });

  it('should answer 404 for an unknown account and 400 for an id that is no UUID', async () => {
    expect((await api.reset(users.admin, '00000000-0000-4000-8000-000000000000')).json<Problem>().code).toBe('user_not_found');
    expect((await api.patch(users.admin, 'nobody', { active: false }, 1)).json<Problem>().code).toBe('invalid_id');
  });
});

describe('the last active administrator', () => {
  const t = useTestApp();
  const api = client(t);

  it('cannot be disabled or lose the role; with a second administrator, the first may leave and their session ends', async () => {
    const admin = await createUser(t, 'admin', 'verwaltung');
    const alone = await api.patch(admin, admin.id, { active: false }, 1);
    expect(alone.statusCode).toBe(409);
    expect(alone.json<Problem>().code).toBe('last_admin');
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: admin.id })).active).toBe(true);

    const second = await createUser(t, 'admin', 'verwaltung');
    const demoted = await api.patch(admin, second.id, { role: 'lead' }, 1);
    expect(demoted.statusCode).toBe(200);
    expect((await api.patch(admin, admin.id, { active: false }, 1)).statusCode).toBe(409);
    expect((await api.patch(admin, second.id, { role: 'admin' }, 2)).statusCode).toBe(200);

    expect((await api.patch(admin, admin.id, { active: false }, 1)).statusCode).toBe(200);
    expect(await api.me(admin.token)).toBe(401);
    expect(await t.dataSource.getRepository(User).countBy({ role: 'admin', active: true })).toBe(1);
  });
});

describe('sessions ended on one instance are ended on the other', () => {
  let first: TestApp;
  let second: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestApp(first.shareDatabase);
    admin = await createUser(first, 'admin', 'verwaltung');
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('should refuse on the second instance a token of an account disabled on the first', async () => {
    const user = await createUser(second, 'inspector', 'ordnungsamt');
    expect(await client(second).me(user.token)).toBe(200);
    expect((await client(first).patch(admin, user.id, { active: false }, 1)).statusCode).toBe(200);
    expect(await client(second).me(user.token)).toBe(401);
  });

  it('should refuse on the second instance a token issued before a password reset on the first', async () => {
    const user = await createUser(second, 'lead', 'ordnungsamt');
    expect(await client(second).me(user.token)).toBe(200);
    expect((await client(first).reset(admin, user.id)).statusCode).toBe(200);
    expect(await client(second).me(user.token)).toBe(401);
  });
});
