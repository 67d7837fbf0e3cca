import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { FileRead } from '../../src/audit/file-read.entity.js';
import { ReadLog } from '../../src/audit/read-log.service.js';
import { District } from '../../src/districts/district.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { STATUS_STYLE } from '../../src/properties/status-catalogue.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { createProperty, importTestDistricts, patchProperty, propertyInput, TEST_CITY } from './property-factory.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { PropertyDetailDto } from '../../src/properties/properties.dto.js';

describe('properties', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let bezirk900: District;
  let ortsteil901: District;
  let bezirk800: District;

  const post = (payload: unknown, user = users.lead) =>
    t.app.inject({ method: 'POST', url: '/api/v1/properties', headers: user.headers, payload: payload as object });
  const count = () => t.dataSource.getRepository(Property).count();
  const audits = (action: string, entityId: string) => t.dataSource.getRepository(AuditEntry).findBy({ action, entityId });

  beforeAll(async () => {
    await importTestDistricts(t);
    const byCode = async (code: string) => t.dataSource.getRepository(District).findOneByOrFail({ city: TEST_CITY, code });
    [bezirk900, ortsteil901, bezirk800] = await Promise.all([byCode('900'), byCode('901'), byCode('800')]);
  });

  describe('POST /api/v1/properties', () => {
    it('should create a suspected property with the district derived from its coordinates', async () => {
      const res = await post(propertyInput({ street: 'Weißenburger Straße', houseNumber: '12', houseNumberSuffix: 'a', note: 'Hinweis Nachbarin' }));
      expect(res.statusCode).toBe(201);
      const body = res.json<PropertyDetailDto>();
      expect(body).toMatchObject({
        address: {
          street: 'Weißenburger Straße',
          houseNumber: '12',
          houseNumberSuffix: 'a',
          postcode: '47166',
          city: TEST_CITY,
          label: `Weißenburger Straße 12a, 47166 ${TEST_CITY}`,
        },
        lat: 51.41,
        lon: 6.705,
        districtId: bezirk900.id,
        districtName: 'Testbezirk',
        subdistrictId: ortsteil901.id,
        subdistrictName: 'Testort West',
        status: 'suspected',
        statusColour: STATUS_STYLE.suspected.colour,
        statusLabel: 'Verdachtsfall',
        origin: 'complaint',
        note: 'Hinweis Nachbarin',
        allowedDecisions: ['close'],
      });
      expect(body.statusSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(body.createdAt).toMatch(/Z$/);
      const row = await t.dataSource.getRepository(Property).findOneByOrFail({ id: body.id });
      expect(row).toMatchObject({
        addressKey: 'weissenburgerstr|000012|a',
        districtId: bezirk900.id,
        subdistrictId: ortsteil901.id,
        status: 'suspected',
        createdBy: users.lead.id,
      });
      expect(await audits('property_created', body.id)).toHaveLength(1);
    });

    it('should leave the district empty outside every outline', async () => {
      const body = await createProperty(t, users.lead, { lat: 50.0, lon: 7.0 });
      expect(body).toMatchObject({ districtId: null, districtName: null, subdistrictId: null, subdistrictName: null });
    });

    it('should keep a given Stadtbezirk even where the coordinates lie elsewhere', async () => {
      const body = await createProperty(t, users.lead, { districtId: bezirk800.id });
      expect(body).toMatchObject({ districtId: bezirk800.id, subdistrictId: null });
    });

    it('should take the Stadtbezirk of a given Ortsteil', async () => {
      const body = await createProperty(t, users.lead, { districtId: ortsteil901.id, lat: 50, lon: 7 });
      expect(body).toMatchObject({ districtId: bezirk900.id, subdistrictId: ortsteil901.id });
    });

    it('should refuse an unknown districtId with 400 naming the field and write nothing', async () => {
      const before = await count();
      const res = await post(propertyInput({ districtId: randomUUID() }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'unknown_district', errors: [{ field: 'districtId' }] });
      expect(await count()).toBe(before);
    });

    it('should answer 409 duplicate_address with the existing id for the same address spelled differently', async () => {
      const first = await createProperty(t, users.lead, { street: 'Hochfeldstraße', houseNumber: '7' });
      const before = await count();
      const res = await post(propertyInput({ street: 'hochfeld-str.', houseNumber: '07', city: TEST_CITY.toUpperCase() }));
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'duplicate_address', existingId: first.id });
      expect(await count()).toBe(before);
    });

    it('should allow the same address in another city', async () => {
      await createProperty(t, users.lead, { street: 'Hochfeldstraße', houseNumber: '7', city: 'Oberhausen' });
    });

    it.each([
      ['an unknown field', { extra: 1 }, 'extra'],
      ['a number as street', { street: 42 }, 'street'],
      ['a street that is too long', { street: 'x'.repeat(201) }, 'street'],
      ['a blank street', { street: '   ' }, 'street'],
      ['a latitude out of range', { lat: 91 }, 'lat'],
      ['a longitude as text', { lon: '6.7' }, 'lon'],
      ['a bad postcode', { postcode: '4716' }, 'postcode'],
      ['an unknown origin', { origin: 'rumour' }, 'origin'],
      ['a districtId that is no uuid', { districtId: 'bezirk-1' }, 'districtId'],
      ['a note that is too long', { note: 'n'.repeat(2001) }, 'note'],
    ])('should refuse %s with 400 naming the field and write nothing', async (_label, override, field) => {
      const before = await count();
      const res = await post(propertyInput(override));
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().code).toBe('validation_failed');
      expect(res.json<ProblemBody>().errors?.map((e: { field: string }) => e.field)).toContain(field);
      expect(await count()).toBe(before);
    });

    it('should let inspectors record a property found in the field', async () => {
      const res = await post(propertyInput(), users.inspector);
      expect(res.statusCode).toBe(201);
      expect((await t.dataSource.getRepository(Property).findOneByOrFail({ id: res.json<PropertyDetailDto>().id })).createdBy).toBe(users.inspector.id);
    });

    it('should refuse the council and administrators with 403 and write nothing', async () => {
      const before = await count();
      for (const user of [users.council, users.admin]) expect((await post(propertyInput(), user)).statusCode).toBe(403);
      expect(await count()).toBe(before);
    });
  });

  describe('GET /api/v1/properties/:id', () => {
    it('should answer the detail and log the read in the read log', async () => {
      const created = await createProperty(t, users.lead);
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${created.id}`, headers: users.inspector.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(created);
      await t.app.get(ReadLog).flushed();
      const reads = await t.dataSource.getRepository(FileRead).findBy({ propertyId: created.id });
      expect(reads.map((r) => [r.part, r.actorId])).toEqual([['detail', users.inspector.id]]);
    });

    it('should answer 404 property_not_found for an unknown id and 400 for a malformed one', async () => {
      const missing = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${randomUUID()}`, headers: users.lead.headers });
      expect(missing.statusCode).toBe(404);
      expect(missing.json<ProblemBody>().code).toBe('property_not_found');
      const bad = await t.app.inject({ method: 'GET', url: '/api/v1/properties/not-a-uuid', headers: users.lead.headers });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'invalid_id', errors: [{ field: 'id' }] });
    });

    it('should refuse the council with 403 on every per-building route', async () => {
      const created = await createProperty(t, users.lead);
      for (const url of ['', `/${created.id}`, `/${created.id}/timeline`, `/${created.id}/units`]) {
        const res = await t.app.inject({ method: 'GET', url: `/api/v1/properties${url}`, headers: users.council.headers });
        expect(res.statusCode).toBe(403);
      }
      const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/properties/${created.id}`, headers: users.council.headers, payload: { note: 'x' } });
      expect(patch.statusCode).toBe(403);
    });
  });

  describe('PATCH /api/v1/properties/:id', () => {
    it('should correct the address, re-derive key and district, and audit old and new values', async () => {
      const created = await createProperty(t, users.lead, { street: 'Alte Gasse', houseNumber: '3' });
      const res = await patchProperty(t, users.lead, created.id, { street: 'Neue Gasse', houseNumberSuffix: 'b', lon: 6.73, note: null });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        address: { street: 'Neue Gasse', houseNumberSuffix: 'b', label: `Neue Gasse 3b, 47166 ${TEST_CITY}` },
        lon: 6.73,
        districtId: bezirk800.id,
        subdistrictId: null,
      });
      const row = await t.dataSource.getRepository(Property).findOneByOrFail({ id: created.id });
      expect(row).toMatchObject({ street: 'Neue Gasse', addressKey: 'neuegasse|000003|b', lon: 6.73, districtId: bezirk800.id, subdistrictId: null });
      expect(await audits('property_updated', created.id)).toHaveLength(1);
    });

    it('should write nothing when nothing changes', async () => {
      const created = await createProperty(t, users.lead);
      const res = await patchProperty(t, users.lead, created.id, { lat: created.lat });
      expect(res.statusCode).toBe(200);
      expect(await audits('property_updated', created.id)).toHaveLength(0);
    });

    it('should answer 409 duplicate_address when the correction hits another property', async () => {
      const a = await createProperty(t, users.lead, { street: 'Kreuzweg', houseNumber: '1' });
      const b = await createProperty(t, users.lead, { street: 'Kreuzweg', houseNumber: '2' });
      const res = await patchProperty(t, users.lead, b.id, { houseNumber: '1' });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'duplicate_address', existingId: a.id });
      expect((await t.dataSource.getRepository(Property).findOneByOrFail({ id: b.id })).houseNumber).toBe('2');
    });

    it('should refuse null for a required field, unknown fields and a district change with 400', async () => {
      const created = await createProperty(t, users.lead);
      const res = await patchProperty(t, users.lead, created.id, { street: null, lat: -91, districtId: bezirk800.id, status: 'closed' });
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors?.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['street', 'lat', 'districtId', 'status']));
      expect(await t.dataSource.getRepository(Property).findOneByOrFail({ id: created.id })).toMatchObject({ street: 'Musterstraße', status: 'suspected' });
    });

    it('should answer 404 for an unknown property', async () => {
      const res = await patchProperty(t, users.lead, randomUUID(), { note: 'x' });
      expect(res.statusCode).toBe(404);
    });
  });
});
