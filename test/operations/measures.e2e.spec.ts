import { describe, expect, it } from 'vitest';
import { Measure } from '../../src/operations/measure.entity.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, type TestUser } from '../helpers/users.js';
import { auditActions, caseRowCounts, fileOperation, operationBody } from './operation-bodies.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';

describe('PATCH /measures/:id', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  // As a client that has just read the measure: If-Match names its current version.
  const patch = async (user: TestUser, id: string, payload: object) => {
    const version = (await t.dataSource.getRepository(Measure).findOneBy({ id }))?.version ?? 1;
    return t.app.inject({ method: 'PATCH', url: `/api/v1/measures/${id}`, headers: { ...user.headers, 'if-match': `"${version}"` }, payload });
  };

  it('should set the state with a note, store who and when, and audit it', async () => {
    const property = await makeProperty(t);
    const operation = await fileOperation(t, users.inspector, property.id);
    const id = operation.measures[0].id;
    const res = await patch(users.lead, id, { state: 'done', note: 'Mängel behoben, Nachkontrolle ok' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, state: 'done', stateNote: 'Mängel behoben, Nachkontrolle ok', stateChangedBy: users.lead.id });
    const stored = await t.dataSource.getRepository(Measure).findOneByOrFail({ id });
    expect(stored).toMatchObject({ state: 'done', stateNote: 'Mängel behoben, Nachkontrolle ok', stateChangedBy: users.lead.id });
    expect(stored.stateChangedAt).toBeInstanceOf(Date);
    expect(await auditActions(t, id)).toEqual(['measure_updated']);

    const reopened = await patch(users.inspector, id, { state: 'open' });
    expect(reopened.json()).toMatchObject({ state: 'open', stateNote: null, stateChangedBy: users.inspector.id });
    expect(await auditActions(t, id)).toEqual(['measure_updated', 'measure_updated']);
  });

  it('should show the new state in the operation', async () => {
    const property = await makeProperty(t);
    const operation = await fileOperation(t, users.inspector, property.id);
    await patch(users.inspector, operation.measures[0].id, { state: 'cancelled', note: 'Eigentümer hat selbst gehandelt' });
    const view = (await t.app.inject({ method: 'GET', url: `/api/v1/operations/${operation.id}`, headers: users.inspector.headers })).json<OperationDto>();
    expect(view.measures[0]).toMatchObject({ state: 'cancelled', stateNote: 'Eigentümer hat selbst gehandelt' });
  });

  it('should refuse measures of a draft and withdrawn measures with 409', async () => {
    const property = await makeProperty(t);
    const draft = (
      await t.app.inject({ method: 'POST', url: '/api/v1/operations', headers: users.inspector.headers, payload: operationBody(property.id) })
    ).json<OperationDto>();
    const draftRes = await patch(users.inspector, draft.measures[0].id, { state: 'done' });
    expect(draftRes.statusCode).toBe(409);
    expect(draftRes.json<ProblemBody>().code).toBe('operation_not_submitted');

    const operation = await fileOperation(t, users.inspector, property.id);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/operations/${operation.id}/amendments`,
      headers: users.inspector.headers,
      payload: { reason: 'falsch', withdrawMeasureIds: [operation.measures[0].id] },
    });
    const withdrawn = await patch(users.inspector, operation.measures[0].id, { state: 'done' });
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json<ProblemBody>().code).toBe('measure_withdrawn');
    expect((await t.dataSource.getRepository(Measure).findOneByOrFail({ id: operation.measures[0].id })).state).toBe('open');
  });

  it('should answer 404 for an unknown measure, 403 for the council, and 400 for a bad state', async () => {
    const property = await makeProperty(t);
    const operation = await fileOperation(t, users.inspector, property.id);
    const id = operation.measures[0].id;
    expect((await patch(users.lead, '5b0f6a4e-8f7e-4c1e-9a57-3f0b2b1d2c3e', { state: 'done' })).statusCode).toBe(404);
    expect((await patch(users.council, id, { state: 'done' })).statusCode).toBe(403);
    const before = await caseRowCounts(t);
    const bad = await patch(users.lead, id, { state: 'finished' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'state', code: 'isIn' })]);
    expect(await caseRowCounts(t)).toEqual(before);
    expect((await t.dataSource.getRepository(Measure).findOneByOrFail({ id })).state).toBe('open');
  });
});
