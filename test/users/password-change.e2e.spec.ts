import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import type { LoginResponseDto } from '../../src/auth/auth.dto.js';
import { verifyPassword } from '../../src/auth/passwords.js';
import { User } from '../../src/auth/user.entity.js';
import { UsersService } from '../../src/users/users.service.js';
import { useTestApp } from '../helpers/test-app.js';

describe('one-time passwords and POST /api/v1/auth/password', () => {
  const t = useTestApp();
  const NEW_PASSWORD = 'Stadtbezirk-Hamborn-Nord';

  const post = (url: string, payload: object, token?: string) =>
    t.app.inject({ method: 'POST', url, payload, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('should store the new account hashed with the change required, and clear it only with the right current password', async () => {
    const { user, oneTimePassword } = await t.app
      .get(UsersService)
      .createFromCommandLine({ username: 'erste.leitung', role: 'lead', agencyCode: 'ordnungsamt' });
    const users = t.dataSource.getRepository(User);
    const stored = await users.findOneByOrFail({ id: user.id });
    expect(stored).toMatchObject({ passwordChangeRequired: true, displayName: 'erste.leitung', active: true });
    expect(stored.passwordHash).not.toContain(oneTimePassword);
    expect(await verifyPassword(stored.passwordHash, oneTimePassword)).toBe(true);

    const login = (await post('/api/v1/auth/login', { username: 'erste.leitung', password: oneTimePassword })).json<LoginResponseDto>();
    expect(login.passwordChangeRequired).toBe(true);
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/properties', headers: { authorization: `Bearer ${login.accessToken}` } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ code: string }>().code).toBe('password_change_required');

    for (const [newPassword, rule] of [
      ['123qweasdzxc', 'commonPassword'],
      ['Erste.Leitung-im-Rathaus', 'containsUsername'],
    ]) {
      const weak = await post('/api/v1/auth/password', { currentPassword: oneTimePassword, newPassword }, login.accessToken);
      expect(weak.statusCode).toBe(400);
      expect(weak.json<{ errors: Array<{ field: string; code: string }> }>().errors).toContainEqual(
        expect.objectContaining({ field: 'newPassword', code: rule }),
      );
    }
    const wrong = await post('/api/v1/auth/password', { currentPassword: 'nicht-das-richtige', newPassword: NEW_PASSWORD }, login.accessToken);
    expect(wrong.statusCode).toBe(400);
    expect((await users.findOneByOrFail({ id: user.id })).passwordHash).toBe(stored.passwordHash);

    const changed = await post('/api/v1/auth/password', { currentPassword: oneTimePassword, newPassword: NEW_PASSWORD }, login.accessToken);
    expect(changed.statusCode).toBe(200);
    const after = await users.findOneByOrFail({ id: user.id });
    expect(after.passwordChangeRequired).toBe(false);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash, oneTimePassword)).toBe(false);

    const entries = await t.dataSource.getRepository(AuditEntry).find({ where: { entityId: user.id }, order: { seq: 'ASC' } });
    expect(entries.map((e) => [e.action, e.actorName])).toEqual([
      ['user_created', 'command-line'],
      ['password_change_failed', 'erste.leitung'],
      ['password_changed', 'erste.leitung'],
    ]);
    const written = JSON.stringify(entries);
    expect(written).not.toContain(oneTimePassword);
    expect(written).not.toContain(NEW_PASSWORD);
  });

  it('should refuse a second account with the same name and leave the first untouched', async () => {
    const service = t.app.get(UsersService);
    const first = await service.createFromCommandLine({ username: 'doppelt', role: 'inspector', agencyCode: 'jugendamt' });
    await expect(service.createFromCommandLine({ username: 'doppelt', role: 'admin', agencyCode: 'verwaltung' })).rejects.toMatchObject({
      response: { code: 'duplicate_username' },
    });
    expect(await t.dataSource.getRepository(User).findOneByOrFail({ username: 'doppelt' })).toMatchObject({ id: first.user.id, role: 'inspector' });
  });
});
