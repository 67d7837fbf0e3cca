import { describe, expect, it } from 'vitest';
import { AgenciesService } from '../../src/agencies/agencies.service.js';
import { Agency } from '../../src/agencies/agency.entity.js';
import { AGENCY_CATALOGUE } from '../../src/agencies/agency-catalogue.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';

describe('agencies', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  describe('GET /api/v1/agencies', () => {
    it('should list the active catalogue, taskforce members first, for every role', async () => {
      await t.dataSource.getRepository(Agency).update({ code: 'zoll' }, { active: false });
      for (const user of [users.inspector, users.lead, users.council, users.admin]) {
        const res = await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: user.headers });
        expect(res.statusCode).toBe(200);
        const body = res.json<Array<{ code: string; name: string; nameEn: string; taskforce: boolean }>>();
        expect(body).toHaveLength(AGENCY_CATALOGUE.length - 1);
        expect(body.find((a) => a.code === 'zoll')).toBeUndefined();
        expect(body.find((a) => a.code === 'jugendamt')).toEqual({ code: 'jugendamt', name: 'Jugendamt', nameEn: 'Youth welfare office', taskforce: true });
        expect(body.findIndex((a) => !a.taskforce)).toBe(body.length - 2);
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
});
