import { beforeAll, describe, expect, it } from 'vitest';
import { Measure } from '../../src/operations/measure.entity.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, type TestUser } from '../helpers/users.js';
import { fileOperation, finding } from './operation-bodies.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';

describe('agency visibility of findings and measures', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let operation: { id: string; propertyId: string; findings: Array<{ id: string }>; measures: Array<{ id: string }> };
  let secretFindingId: string;
  let secretMeasureId: string;

  beforeAll(async () => {
    const property = await makeProperty(t);
    // A Jugendamt inspector files a child-welfare finding and measure for the Jugendamt only.
    operation = await fileOperation(t, users.jugendamtInspector, property.id, {
      agencyCodes: ['jugendamt', 'ordnungsamt'],
      findings: [
        finding({ severity: 'major', description: 'Gemeinsamer Befund' }),
        finding({ category: 'child_welfare', description: 'Kindeswohl: Säugling ohne Bett', visibility: 'agency' }),
      ],
      measures: [
        { type: 'child_protection', date: '2026-11-01', description: 'Inobhutnahme geprüft', visibility: 'agency' },
        { type: 'repair_order', date: '2026-11-01', visibility: 'taskforce' },
      ],
    });
    secretFindingId = operation.findings[1].id;
    secretMeasureId = operation.measures[0].id;
  });

  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });

  it('should show the Jugendamt lead the agency-only items', async () => {
    const dto = (await get(users.jugendamtLead, `/api/v1/operations/${operation.id}`)).json<OperationDto>();
    expect(dto.findings.map((f) => f.id)).toContain(secretFindingId);
    expect(dto.measures.map((m) => m.id)).toContain(secretMeasureId);
  });

  it('should leave them out entirely (not redacted) for an Ordnungsamt lead, in GET one and in the property list', async () => {
    for (const url of [`/api/v1/operations/${operation.id}`, `/api/v1/properties/${operation.propertyId}/operations`]) {
      const res = await get(users.lead, url);
      expect(res.statusCode).toBe(200);
      const body = res.body;
      expect(body).not.toContain(secretFindingId);
      expect(body).not.toContain(secretMeasureId);
      expect(body).not.toContain('Kindeswohl');
      expect(body).not.toContain('Inobhutnahme');
      const dto = [res.json<OperationDto | OperationDto[]>()].flat()[0];
      expect(dto.findings.map((f) => f.description)).toEqual(['Gemeinsamer Befund']);
      expect(dto.measures.map((m) => m.type)).toEqual(['repair_order']);
    }
  });

  it('should not reveal a hidden item through an amendment that withdrew it', async () => {
    const amended = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operations/${operation.id}/amendments`,
      headers: users.jugendamtInspector.headers,
      payload: { reason: 'Doppelt erfasst', withdrawFindingIds: [secretFindingId] },
    });
    expect(amended.statusCode).toBe(201);
    const forOrdnungsamt = await get(users.lead, `/api/v1/operations/${operation.id}`);
    expect(forOrdnungsamt.body).not.toContain(secretFindingId);
    expect(forOrdnungsamt.json<OperationDto>().amendments[0].withdrawn.findingIds).toEqual([]);
    const forJugendamt = (await get(users.jugendamtLead, `/api/v1/operations/${operation.id}`)).json<OperationDto>();
    expect(forJugendamt.amendments[0].withdrawn.findingIds).toEqual([secretFindingId]);
  });

  it('should not let another agency withdraw or change what it cannot see', async () => {
    const withdraw = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operations/${operation.id}/amendments`,
      headers: users.lead.headers,
      payload: { reason: 'Versuch', withdrawMeasureIds: [secretMeasureId] },
    });
    expect(withdraw.statusCode).toBe(400);
    expect(withdraw.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'withdrawMeasureIds[0]', code: 'notFound' })]);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/measures/${secretMeasureId}`,
      headers: { ...users.lead.headers, 'if-match': '"1"' },
      payload: { state: 'done' },
    });
    expect(patch.statusCode).toBe(404);
    expect(patch.json<ProblemBody>().code).toBe('measure_not_found');
    expect(await t.dataSource.getRepository(Measure).findOneByOrFail({ id: secretMeasureId })).toMatchObject({
      state: 'open',
      withdrawnByAmendmentId: null,
      stateChangedBy: null,
    });
  });
});
