import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { today } from '../../src/common/dates.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { fileOperation, operationBody } from '../operations/operation-bodies.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';

/** Writes on one building arriving together (several instances on PostgreSQL) take turns instead of racing. */
describe('writes on one building at the same time', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  it('should record one of two declarations sent at once and refuse the other with 409, leaving one decision and a matching status', async () => {
    const property = await makeProperty(t);
    await fileOperation(t, users.inspector, property.id);
    const declare = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/properties/${property.id}/decisions`,
        headers: users.lead.headers,
        payload: { type: 'declare_uninhabitable', effectiveDate: today(), reason: 'Einsturzgefahr' },
      });
    const answers = await Promise.all([declare(), declare()]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json()).toMatchObject({ code: 'decision_not_allowed', currentStatus: 'uninhabitable' });
    expect(await t.dataSource.getRepository(Decision).countBy({ propertyId: property.id })).toBe(1);
    expect((await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id })).status).toBe('uninhabitable');
  });

  it('should keep all of five edits of different fields of one building sent at once, each audited once', async () => {
    const property = await makeProperty(t);
    const edits = [{ street: 'Neue Straße' }, { houseNumberSuffix: 'b' }, { postcode: '47051' }, { note: 'Hinterhaus bewohnt' }, { lon: property.lon + 0.001 }];
    const answers = await Promise.all(
      edits.map((payload) => t.app.inject({ method: 'PATCH', url: `/api/v1/properties/${property.id}`, headers: users.lead.headers, payload })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const stored = await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id });
    expect(stored).toMatchObject({ ...Object.assign({}, ...edits), houseNumber: property.houseNumber, city: property.city, lat: property.lat });
    expect(stored.addressKey).toMatch(/^neuestr\|/);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'property_updated', entityId: property.id })).toBe(5);
  });

  it('should submit a draft sent for submission twice at once only once: one 200, one 409, one audit entry', async () => {
    const property = await makeProperty(t);
    const draft = await t.app.inject({ method: 'POST', url: '/api/v1/operations', headers: users.inspector.headers, payload: operationBody(property.id) });
    expect(draft.statusCode).toBe(201);
    const draftId = draft.json<OperationDto>().id;
    const submit = () => t.app.inject({ method: 'POST', url: `/api/v1/operations/${draftId}/submit`, headers: users.inspector.headers });
    const answers = await Promise.all([submit(), submit()]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json()).toMatchObject({ code: 'operation_not_draft' });
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'operation_submitted', entityId: draftId })).toBe(1);
  });
});
