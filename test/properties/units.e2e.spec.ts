import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { Unit } from '../../src/properties/unit.entity.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { createProperty } from './property-factory.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { UnitDto } from '../../src/properties/properties.dto.js';

describe('/api/v1/properties/:id/units', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let propertyId: string;

  const post = (payload: object, user = users.inspector, id = propertyId) =>
    t.app.inject({ method: 'POST', url: `/api/v1/properties/${id}/units`, headers: user.headers, payload });
  const unitCount = () => t.dataSource.getRepository(Unit).countBy({ propertyId });

  beforeAll(async () => {
    propertyId = (await createProperty(t, users.lead)).id;
  });

  describe('POST', () => {
    it('should add a unit, store it and audit it', async () => {
      const res = await post({ label: 'EG links', livingSpaceM2: 54.5 });
      expect(res.statusCode).toBe(201);
      const body = res.json<UnitDto>();
      expect(body).toMatchObject({ propertyId, label: 'EG links', livingSpaceM2: 54.5, singleRoomSharedFacilities: false });
      expect(await t.dataSource.getRepository(Unit).findOneByOrFail({ id: body.id })).toMatchObject({ propertyId, label: 'EG links', livingSpaceM2: 54.5 });
      expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'unit_created', entityId: body.id })).toBe(1);
    });

    it('should answer 409 for a label the property already uses, in any case', async () => {
      const before = await unitCount();
      const res = await post({ label: 'eg LINKS' });
      expect(res.statusCode).toBe(409);
      expect(res.json<ProblemBody>().code).toBe('duplicate_unit_label');
      expect(await unitCount()).toBe(before);
    });

    it('should allow the same label in another property', async () => {
      const other = await createProperty(t, users.lead);
      expect((await post({ label: 'EG links', singleRoomSharedFacilities: true }, users.lead, other.id)).statusCode).toBe(201);
    });

    it.each([
      [{ label: '' }, 'label'],
      [{ label: 'x'.repeat(101) }, 'label'],
      [{ label: 'OG', livingSpaceM2: 0 }, 'livingSpaceM2'],
      [{ label: 'OG', livingSpaceM2: '50' }, 'livingSpaceM2'],
      [{ label: 'OG', singleRoomSharedFacilities: 'yes' }, 'singleRoomSharedFacilities'],
      [{ label: 'OG', floor: 2 }, 'floor'],
    ])('should refuse %j with 400 naming %s and write nothing', async (payload, field) => {
      const before = await unitCount();
      const res = await post(payload);
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors?.map((e: { field: string }) => e.field)).toContain(field);
      expect(await unitCount()).toBe(before);
    });

    it('should answer 404 for an unknown property, 400 for a malformed id, 403 for the council', async () => {
      expect((await post({ label: 'A' }, users.lead, randomUUID())).statusCode).toBe(404);
      const bad = await post({ label: 'A' }, users.lead, 'abc');
      expect(bad.statusCode).toBe(400);
      expect(bad.json<ProblemBody>().errors?.[0].field).toBe('id');
      expect((await post({ label: 'A' }, users.council)).statusCode).toBe(403);
    });
  });

  describe('GET', () => {
    it('should list the units of the property by label', async () => {
      await post({ label: 'DG' });
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${propertyId}/units`, headers: users.inspector.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json<UnitDto[]>().map((u) => u.label)).toEqual(['DG', 'EG links']);
    });

    it('should answer 404 for an unknown property', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${randomUUID()}/units`, headers: users.inspector.headers });
      expect(res.statusCode).toBe(404);
      expect(res.json<ProblemBody>().code).toBe('property_not_found');
    });
  });
});
