import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { cityToday } from '../helpers/city-day.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { PropertyDetailDto } from '../../src/properties/properties.dto.js';
import { Property } from '../../src/properties/property.entity.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { declarationBasis, fileOperation } from '../operations/operation-bodies.js';
import { createProperty, propertyInput } from './property-factory.js';

describe('versions, ETag and If-Match on a property', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  const patch = (id: string, payload: object, ifMatch?: string) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/properties/${id}`,
      headers: { ...users.lead.headers, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
      payload,
    });
  const stored = (id: string) => t.dataSource.getRepository(Property).findOneByOrFail({ id });
  const updates = (id: string) => t.dataSource.getRepository(AuditEntry).countBy({ action: 'property_updated', entityId: id });

  it('should answer the version as ETag on GET and on creation', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/properties', headers: users.lead.headers, payload: propertyInput() });
    expect(created.headers.etag).toBe('"1"');
    const id = created.json<PropertyDetailDto>().id;
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${id}`, headers: users.inspector.headers });
    expect(read.headers.etag).toBe('"1"');
    expect(read.json<PropertyDetailDto>().version).toBe(1);
  });

  it('should refuse a PATCH without If-Match with 428 precondition_required and change nothing', async () => {
    const property = await createProperty(t, users.lead);
    const res = await patch(property.id, { note: 'Ohne Version' });
    expect(res.statusCode).toBe(428);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<ProblemBody>().code).toBe('precondition_required');
    expect(await stored(property.id)).toMatchObject({ note: property.note, version: 1 });
    expect(await updates(property.id)).toBe(0);
  });

  it('should refuse a PATCH from a stale version with 412 naming the current version, and change nothing', async () => {
    const property = await createProperty(t, users.lead);
    expect((await patch(property.id, { note: 'Erste Änderung' }, '"1"')).statusCode).toBe(200);
    const stale = await patch(property.id, { street: 'Veraltete Straße' }, '"1"');
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'precondition_failed', currentVersion: 2, currentETag: '"2"' });
    expect(await stored(property.id)).toMatchObject({ street: property.address.street, note: 'Erste Änderung', version: 2 });
    expect(await updates(property.id)).toBe(1);
  });

  it('should apply a PATCH naming the current version, answer the next ETag and count up by one', async () => {
    const property = await createProperty(t, users.lead);
    const res = await patch(property.id, { note: 'Hinterhaus bewohnt' }, '"1"');
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json<PropertyDetailDto>()).toMatchObject({ note: 'Hinterhaus bewohnt', version: 2 });
    expect(await stored(property.id)).toMatchObject({ note: 'Hinterhaus bewohnt', version: 2 });
    const several = await patch(property.id, { note: 'Zweite' }, '"1", "2"');
    expect(several.statusCode).toBe(200);
    expect(several.headers.etag).toBe('"3"');
  });

  it('should keep the version when a PATCH changes nothing', async () => {
    const property = await createProperty(t, users.lead);
    const res = await patch(property.id, { street: property.address.street }, '"1"');
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(await updates(property.id)).toBe(0);
  });

  it('should leave the version alone when a decision or an operation changes the derived status', async () => {
    const property = await createProperty(t, users.lead);
    await fileOperation(t, users.inspector, property.id);
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${property.id}/decisions`,
      headers: users.lead.headers,
      payload: { type: 'declare_uninhabitable', effectiveDate: cityToday(), reason: 'Gefahr', basisFindingIds: await declarationBasis(t, property.id) },
    });
    expect(decided.statusCode).toBe(201);
    expect(await stored(property.id)).toMatchObject({ status: 'uninhabitable', version: 1 });
    expect((await patch(property.id, { note: 'Nach der Erklärung' }, '"1"')).statusCode).toBe(200);
  });

  it.each([
    ['an unquoted version', '1'],
    ['a weak tag', 'W/"1"'],
    ['a wildcard', '*'],
    ['a tag that is no version', '"abc"'],
  ])('should refuse %s in If-Match with 400 if_match_invalid naming the header', async (_case, ifMatch) => {
    const property = await createProperty(t, users.lead);
    const res = await patch(property.id, { note: 'x' }, ifMatch);
    expect(res.statusCode).toBe(400);
    expect(res.json<ProblemBody>()).toMatchObject({ code: 'if_match_invalid', errors: [expect.objectContaining({ field: 'If-Match' })] });
    expect(await stored(property.id)).toMatchObject({ version: 1 });
  });

  it('should answer 404 for a property that does not exist, If-Match or not', async () => {
    expect((await patch(randomUUID(), { note: 'x' }, '"1"')).statusCode).toBe(404);
  });

  it('should answer a repeated PATCH with the same Idempotency-Key with the first answer and its ETag, not 412', async () => {
    const property = await createProperty(t, users.lead);
    const send = () =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/properties/${property.id}`,
        headers: { ...users.lead.headers, 'if-match': '"1"', 'idempotency-key': `edit-${property.id}` },
        payload: { note: 'Einmal' },
      });
    const first = await send();
    const repeat = await send();
    expect([first.statusCode, repeat.statusCode]).toEqual([200, 200]);
    expect(repeat.body).toBe(first.body);
    expect(repeat.headers.etag).toBe('"2"');
    expect(await updates(property.id)).toBe(1);
  });
});
