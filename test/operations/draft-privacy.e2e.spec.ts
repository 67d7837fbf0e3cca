import { describe, expect, it } from 'vitest';
import { Amendment } from '../../src/operations/amendment.entity.js';
import { Measure } from '../../src/operations/measure.entity.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { createUser, useStandardUsers, type TestUser } from '../helpers/users.js';
import { operationBody } from './operation-bodies.js';

describe('a draft belongs to the user who started it until it is submitted', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: user.headers });
  const startDraft = async (user: TestUser, propertyId: string) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/operations',
        headers: user.headers,
        payload: operationBody(propertyId, { notes: 'Entwurf, noch ungeprüft' }),
      })
    ).json<OperationDto>();

  it('should answer 404 to anyone else asking for the draft by id, a colleague of the same agency and a lead included', async () => {
    const property = await makeProperty(t);
    const draft = await startDraft(users.inspector, property.id);
    const colleague = await createUser(t, 'inspector', users.inspector.agencyCode);
    for (const user of [colleague, users.lead]) {
      const res = await get(user, `/operations/${draft.id}`);
      expect(res.statusCode, user.role).toBe(404);
      expect(res.body).not.toContain('Entwurf, noch ungeprüft');
    }
    expect((await get(users.inspector, `/operations/${draft.id}`)).json<OperationDto>().notes).toBe('Entwurf, noch ungeprüft');
  });

  it('should leave other users’ drafts out of the building’s operations and show them once submitted', async () => {
    const property = await makeProperty(t);
    const draft = await startDraft(users.inspector, property.id);
    const ids = async (user: TestUser) => (await get(user, `/properties/${property.id}/operations`)).json<OperationDto[]>().map((o) => o.id);
    expect(await ids(users.inspector)).toEqual([draft.id]);
    expect(await ids(users.lead)).toEqual([]);

    const submitted = await t.app.inject({ method: 'POST', url: `/api/v1/operations/${draft.id}/submit`, headers: users.inspector.headers });
    expect(submitted.statusCode).toBe(200);
    expect(await ids(users.lead)).toEqual([draft.id]);
    expect((await get(users.lead, `/operations/${draft.id}`)).statusCode).toBe(200);
  });

  it('should not reveal a draft through its measures or an amendment: 404 instead of the draft’s state', async () => {
    const property = await makeProperty(t);
    const draft = await startDraft(users.inspector, property.id);
    const measureId = draft.measures[0].id;
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/measures/${measureId}`,
      headers: { ...users.lead.headers, 'if-match': '"1"' },
      payload: { state: 'done' },
    });
    expect(patch.statusCode).toBe(404);
    const amend = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operations/${draft.id}/amendments`,
      headers: users.lead.headers,
      payload: { reason: 'Korrektur', changes: { unitsEntered: 9 } },
    });
    expect(amend.statusCode).toBe(404);
    expect(await t.dataSource.getRepository(Measure).findOneByOrFail({ id: measureId })).toMatchObject({ state: 'open', version: 1 });
    expect(await t.dataSource.getRepository(Amendment).countBy({ operationId: draft.id })).toBe(0);
  });
});
