import { describe, expect, it } from 'vitest';
import { AgenciesService } from '../../src/agencies/agencies.service.js';
import { Agency } from '../../src/agencies/agency.entity.js';
import { AGENCY_CATALOGUE } from '../../src/agencies/agency-catalogue.js';
import type { AgencyDto } from '../../src/agencies/agencies.dto.js';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { createUser } from '../helpers/users.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { User } from '../../src/auth/user.entity.js';

describe('agencies', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  describe('GET /api/v1/agencies', () => {
    it('should list the whole catalogue for every role, active first, inactive agencies kept with their names', async () => {
      await t.dataSource.getRepository(Agency).update({ code: 'zoll' }, { active: false });
      for (const user of [users.inspector, users.lead, users.council, users.admin]) {
        const res = await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: user.headers });
        expect(res.statusCode).toBe(200);
        const body = res.json<AgencyDto[]>();
        expect(body).toHaveLength(AGENCY_CATALOGUE.length);
        expect(body.at(-1)).toMatchObject({ code: 'zoll', name: 'Zoll (Finanzkontrolle Schwarzarbeit)', active: false });
        expect(body.find((a) => a.code === 'jugendamt')).toEqual({
          code: 'jugendamt',
          name: 'Jugendamt',
          nameEn: 'Youth welfare office',
          taskforce: true,
          active: true,
          version: 1,
        });
        expect(body.findIndex((a) => !a.taskforce)).toBe(body.length - 3);
      }
      await t.dataSource.getRepository(Agency).update({ code: 'zoll' }, { active: true });
    });

    it('should require login', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/agencies' })).statusCode).toBe(401);
    });
  });

  describe('AgenciesService.assertExist', () => {
    it('should accept known codes and name each unknown one by its position', async () => {
      const service = t.app.get(AgenciesService);
      await expect(service.assertExist(['ordnungsamt', 'polizei'])).resolves.toBeUndefined();
      await expect(service.assertExist(['ordnungsamt', 'nope', 'polizei', 'gone'])).rejects.toMatchObject({
        response: { code: 'unknown_agency', errors: [{ field: 'agencyCodes[1]' }, { field: 'agencyCodes[3]' }] },
      });
    });
  });

  describe('administration: POST and PATCH /api/v1/agencies', () => {
    const create = (payload: object, user = users.admin) => t.app.inject({ method: 'POST', url: '/api/v1/agencies', headers: user.headers, payload });
    const patch = (code: string, payload: object, version?: number) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/agencies/${code}`,
        headers: { ...users.admin.headers, ...(version !== undefined && { 'if-match': `"${version}"` }) },
        payload,
      });

    it('should add an agency with a stable code, audited, and refuse a taken code or a bad one naming the field', async () => {
      const res = await create({ code: 'sozialamt', name: ' Sozialamt ', taskforce: true });
      expect(res.statusCode).toBe(201);
      expect(res.json<AgencyDto>()).toEqual({ code: 'sozialamt', name: 'Sozialamt', nameEn: 'Sozialamt', taskforce: true, active: true, version: 1 });
      expect(await t.dataSource.getRepository(Agency).findOneByOrFail({ code: 'sozialamt' })).toMatchObject({ name: 'Sozialamt', active: true });
      expect(await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ entityId: 'sozialamt', action: 'agency_created' })).toMatchObject({
        actorId: users.admin.id,
      });

      const taken = await create({ code: 'sozialamt', name: 'Noch einmal', taskforce: false });
      expect(taken.statusCode).toBe(409);
      expect(taken.json<{ code: string }>().code).toBe('duplicate_agency');
      const bad = await create({ code: 'Sozial Amt', name: 'Leer', taskforce: true });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: Array<{ field: string; code: string }> }>().errors).toEqual([expect.objectContaining({ field: 'code', code: 'matches' })]);
      expect((await create({ code: 'nur-leitung', name: 'X', taskforce: true }, users.lead)).statusCode).toBe(403);
      expect(await t.dataSource.getRepository(Agency).count()).toBe(AGENCY_CATALOGUE.length + 1);
    });

    it('should rename an agency at the version edited and keep its code on every record that names it', async () => {
      const res = await patch('jobcenter', { name: 'Jobcenter Duisburg', taskforce: false }, 1);
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(await t.dataSource.getRepository(Agency).findOneByOrFail({ code: 'jobcenter' })).toMatchObject({
        name: 'Jobcenter Duisburg',
        taskforce: false,
        version: 2,
      });
      expect((await patch('jobcenter', { name: 'Veraltet' }, 1)).statusCode).toBe(412);
      expect((await patch('jobcenter', { name: 'Ohne Version' })).statusCode).toBe(428);
      expect((await patch('gibt-es-nicht', { name: 'X' }, 1)).json<{ code: string }>().code).toBe('agency_not_found');
      const entry = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ entityId: 'jobcenter', action: 'agency_updated' });
      expect(entry.actorId).toBe(users.admin.id);
    });

    it('should not deactivate an agency that active accounts belong to; once they are moved, it is offered for nothing new but keeps its name', async () => {
      const member = await createUser(t, 'inspector', 'familienkasse');
      const refused = await patch('familienkasse', { active: false }, 1);
      expect(refused.statusCode).toBe(409);
      expect(refused.json<{ code: string; activeUsers: number }>()).toMatchObject({ code: 'agency_has_active_users', activeUsers: 1 });
      expect((await t.dataSource.getRepository(Agency).findOneByOrFail({ code: 'familienkasse' })).active).toBe(true);

      const version = (await t.dataSource.getRepository(User).findOneByOrFail({ id: member.id })).version;
      const moved = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${member.id}`,
        headers: { ...users.admin.headers, 'if-match': `"${version}"` },
        payload: { agencyCode: 'jobcenter' },
      });
      expect(moved.statusCode).toBe(200);
      expect((await patch('familienkasse', { active: false }, 1)).statusCode).toBe(200);
      await expect(t.app.get(AgenciesService).assertExist(['familienkasse'])).rejects.toMatchObject({ response: { code: 'unknown_agency' } });
      const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: users.inspector.headers })).json<AgencyDto[]>();
      expect(listed.find((a) => a.code === 'familienkasse')).toMatchObject({ name: 'Familienkasse', active: false });
    });
  });
});
