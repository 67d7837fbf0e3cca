import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { cityToday } from '../helpers/city-day.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { declarationBasis, fileOperation, operationBody } from '../operations/operation-bodies.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';

/** Writes on one building arriving together (several instances on PostgreSQL) take turns instead of racing. */
describe('writes on one building at the same time', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  it('should record one of two declarations sent at once and refuse the other with 409, leaving one decision and a matching status', async () => {
    const property = await makeProperty(t);
    await fileOperation(t, users.inspector, property.id);
    const basisFindingIds = await declarationBasis(t, property.id);
    const declare = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/properties/${property.id}/decisions`,
        headers: users.lead.headers,
        payload: { type: 'declare_uninhabitable', effectiveDate: cityToday(), reason: 'Einsturzgefahr', basisFindingIds },
      });
    const answers = await Promise.all([declare(), declare()]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json()).toMatchObject({ code: 'decision_not_allowed', currentStatus: 'uninhabitable' });
    expect(await t.dataSource.getRepository(Decision).countBy({ propertyId: property.id })).toBe(1);
    expect((await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id })).status).toBe('uninhabitable');
  });

  it('should apply exactly one of five edits made from one version and keep every edit when the others re-read and retry', async () => {
    const property = await makeProperty(t);
    const edits = [{ street: 'Neue Straße' }, { houseNumberSuffix: 'b' }, { postcode: '47051' }, { note: 'Hinterhaus bewohnt' }, { lon: property.lon + 0.001 }];
    const patch = (payload: object, version: number) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/properties/${property.id}`, headers: { ...users.lead.headers, 'if-match': `"${version}"` }, payload });

    const first = await Promise.all(edits.map((payload) => patch(payload, 1)));
    expect(first.map((a) => a.statusCode).sort()).toEqual([200, 412, 412, 412, 412]);
    for (const refused of first.filter((a) => a.statusCode === 412)) expect(refused.json()).toMatchObject({ code: 'precondition_failed', currentVersion: 2 });
    const winner = edits[first.findIndex((a) => a.statusCode === 200)];
    expect(await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id })).toMatchObject({
      street: property.street,
      houseNumberSuffix: property.houseNumberSuffix,
      postcode: property.postcode,
      note: property.note,
      lon: property.lon,
      ...winner,
      version: 2,
    });

    // Each refused editor reloads and applies their change again; every round, one per version wins.
    let waiting = edits.filter((_, i) => first[i].statusCode === 412);
    while (waiting.length > 0) {
      const { version } = await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id });
      const round = await Promise.all(waiting.map((payload) => patch(payload, version)));
      expect(round.filter((a) => a.statusCode === 200)).toHaveLength(1);
      expect(round.filter((a) => a.statusCode !== 200).every((a) => a.statusCode === 412)).toBe(true);
      waiting = waiting.filter((_, i) => round[i].statusCode === 412);
    }
    const stored = await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id });
    expect(stored).toMatchObject({ ...Object.assign({}, ...edits), houseNumber: property.houseNumber, city: property.city, lat: property.lat, version: 6 });
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
