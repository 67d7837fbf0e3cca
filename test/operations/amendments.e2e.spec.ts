import { describe, expect, it } from 'vitest';
import { Amendment } from '../../src/operations/amendment.entity.js';
import { Finding } from '../../src/operations/finding.entity.js';
import { Measure } from '../../src/operations/measure.entity.js';
import { OccupancyCount } from '../../src/operations/occupancy-count.entity.js';
import { Operation } from '../../src/operations/operation.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { makeProperty } from '../factories/property.factory.js';
import { makeUnit } from '../factories/unit.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, createUser, type TestUser } from '../helpers/users.js';
import { auditActions, caseRowCounts, fileOperation, finding, operationBody } from './operation-bodies.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { AmendmentDto, OperationDto } from '../../src/operations/operation-responses.dto.js';

describe('POST /operations/:id/amendments', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  const amend = (user: TestUser, id: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1/operations/${id}/amendments`, headers: user.headers, payload });

  it('should keep old values, withdraw and add items, and store it all with an audit entry', async () => {
    const property = await makeProperty(t);
    const unit = await makeUnit(t, property.id, { livingSpaceM2: 60 });
    const operation = await fileOperation(t, users.inspector, property.id, {
      date: '2026-10-01',
      findings: [finding({ severity: 'major' }), finding()],
      occupancyCounts: [{ unitId: unit.id, personsFound: 4, childrenFound: 1 }],
    });
    const [keptFinding, withdrawnFinding] = operation.findings;
    const res = await amend(users.inspector, operation.id, {
      reason: 'Datum und Befund korrigiert',
      changes: { date: '2026-09-30', notes: null, unitsEntered: 3 },
      withdrawFindingIds: [withdrawnFinding.id],
      withdrawOccupancyCountIds: [operation.occupancyCounts[0].id],
      addOccupancyCounts: [{ unitId: unit.id, personsFound: 8, childrenFound: 3 }],
      addMeasures: [{ type: 'use_prohibition', legalBasis: '§ 10 WohnStG NRW', date: '2026-10-02', visibility: 'taskforce' }],
    });

    expect(res.statusCode).toBe(201);
    const dto = res.json<AmendmentDto>();
    // unitsEntered was already 3, so only real changes are recorded.
    expect(dto).toMatchObject({
      operationId: operation.id,
      seq: 1,
      reason: 'Datum und Befund korrigiert',
      changes: { date: { from: '2026-10-01', to: '2026-09-30' }, notes: { from: 'Keller feucht, Stromkabel lose.', to: null } },
      withdrawn: { findingIds: [withdrawnFinding.id], occupancyCountIds: [operation.occupancyCounts[0].id], measureIds: [] },
      createdBy: users.inspector.id,
      agencyCode: 'ordnungsamt',
    });
    expect(Object.keys(dto.changes).sort()).toEqual(['date', 'notes']);
    expect(dto.added.occupancyCountIds).toHaveLength(1);
    expect(dto.added.measureIds).toHaveLength(1);

    const stored = await t.dataSource.getRepository(Amendment).findOneByOrFail({ id: dto.id });
    expect(stored.changes).toEqual({
      fields: { date: { from: '2026-10-01', to: '2026-09-30' }, notes: { from: 'Keller feucht, Stromkabel lose.', to: null } },
      added: { findingIds: [], occupancyCountIds: dto.added.occupancyCountIds, measureIds: dto.added.measureIds },
      withdrawn: { findingIds: [withdrawnFinding.id], occupancyCountIds: [operation.occupancyCounts[0].id], measureIds: [] },
    });
    expect(await t.dataSource.getRepository(Operation).findOneByOrFail({ id: operation.id })).toMatchObject({
      date: '2026-09-30',
      notes: null,
      state: 'submitted',
    });
    expect(await t.dataSource.getRepository(Finding).findOneByOrFail({ id: withdrawnFinding.id })).toMatchObject({ withdrawnByAmendmentId: dto.id });
    expect(await t.dataSource.getRepository(Finding).findOneByOrFail({ id: keptFinding.id })).toMatchObject({ withdrawnByAmendmentId: null });
    expect(await t.dataSource.getRepository(OccupancyCount).findOneByOrFail({ id: dto.added.occupancyCountIds[0] })).toMatchObject({
      personsFound: 8,
      addedByAmendmentId: dto.id,
      livingSpaceM2: 60,
    });
    expect(await t.dataSource.getRepository(Measure).findOneByOrFail({ id: dto.added.measureIds[0] })).toMatchObject({
      type: 'use_prohibition',
      state: 'open',
      addedByAmendmentId: dto.id,
      propertyId: property.id,
    });
    expect(await auditActions(t, operation.id)).toEqual(['operation_created', 'operation_submitted', 'operation_amended']);
    // The status is re-derived: "inspected" now dates from the corrected visit.
    expect(await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id })).toMatchObject({ status: 'inspected', statusSince: '2026-09-30' });

    const view = (await t.app.inject({ method: 'GET', url: `/api/v1/operations/${operation.id}`, headers: users.lead.headers })).json<OperationDto>();
    expect(view.findings.map((f) => [f.id, f.withdrawn])).toEqual([
      [keptFinding.id, false],
      [withdrawnFinding.id, true],
    ]);
    expect(view.occupancyCounts.map((c) => [c.personsFound, c.withdrawn])).toEqual([
      [4, true],
      [8, false],
    ]);
    expect(view.amendments).toEqual([dto]);
  });

  it('should number amendments of one operation 1, 2, …', async () => {
    const property = await makeProperty(t);
    const operation = await fileOperation(t, users.inspector, property.id);
    expect((await amend(users.inspector, operation.id, { reason: 'a', changes: { unitsEntered: 5 } })).json<AmendmentDto>().seq).toBe(1);
    expect((await amend(users.inspector, operation.id, { reason: 'b', changes: { unitsEntered: 6 } })).json<AmendmentDto>().seq).toBe(2);
  });

  it('should let an inspector amend only their own operations, and a lead any', async () => {
    const property = await makeProperty(t);
    const operation = await fileOperation(t, users.inspector, property.id);
    const other = await createUser(t, 'inspector', 'ordnungsamt');
    const before = await caseRowCounts(t);
    const refused = await amend(other, operation.id, { reason: 'fremd', changes: { unitsEntered: 9 } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ProblemBody>().code).toBe('forbidden');
    expect(await caseRowCounts(t)).toEqual(before);
    const byLead = await amend(users.jugendamtLead, operation.id, { reason: 'Leitung korrigiert', changes: { unitsEntered: 9 } });
    expect(byLead.statusCode).toBe(201);
    expect(byLead.json()).toMatchObject({ createdBy: users.jugendamtLead.id, agencyCode: 'jugendamt' });
    expect((await t.dataSource.getRepository(Operation).findOneByOrFail({ id: operation.id })).unitsEntered).toBe(9);
  });

  it('should answer 403 to the council', async () => {
    const property = await makeProperty(t);
    const operation = await fileOperation(t, users.inspector, property.id);
    expect((await amend(users.council, operation.id, { reason: 'x', changes: { unitsEntered: 9 } })).statusCode).toBe(403);
  });

  it('should refuse to amend a draft with 409', async () => {
    const property = await makeProperty(t);
    const draft = (
      await t.app.inject({ method: 'POST', url: '/api/v1/operations', headers: users.inspector.headers, payload: operationBody(property.id) })
    ).json<OperationDto>();
    const res = await amend(users.inspector, draft.id, { reason: 'zu früh', changes: { unitsEntered: 9 } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'operation_not_submitted', state: 'draft' });
    expect(await t.dataSource.getRepository(Amendment).countBy({ operationId: draft.id })).toBe(0);
  });

  it('should refuse an amendment that changes nothing', async () => {
    const property = await makeProperty(t);
    const operation = await fileOperation(t, users.inspector, property.id);
    const res = await amend(users.inspector, operation.id, { reason: 'nichts', changes: { unitsEntered: operation.unitsEntered } });
    expect(res.statusCode).toBe(400);
    expect(res.json<ProblemBody>().code).toBe('empty_amendment');
    expect(await t.dataSource.getRepository(Amendment).countBy({ operationId: operation.id })).toBe(0);
  });

  it('should refuse withdrawing an item twice, or one of another operation, naming the field', async () => {
    const property = await makeProperty(t);
    const operation = await fileOperation(t, users.inspector, property.id);
    const other = await fileOperation(t, users.inspector, property.id);
    expect((await amend(users.inspector, operation.id, { reason: 'weg', withdrawFindingIds: [operation.findings[0].id] })).statusCode).toBe(201);
    const before = await caseRowCounts(t);
    const res = await amend(users.inspector, operation.id, {
      reason: 'nochmal',
      withdrawFindingIds: [operation.findings[0].id],
      withdrawMeasureIds: [other.measures[0].id],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ProblemBody>().errors).toEqual([
      expect.objectContaining({ field: 'withdrawFindingIds[0]', code: 'alreadyWithdrawn' }),
      expect.objectContaining({ field: 'withdrawMeasureIds[0]', code: 'notFound' }),
    ]);
    expect(await caseRowCounts(t)).toEqual(before);
  });

  it('should refuse a corrected date in the future', async () => {
    const property = await makeProperty(t);
    const operation = await fileOperation(t, users.inspector, property.id);
    const res = await amend(users.inspector, operation.id, { reason: 'Zukunft', changes: { date: '2099-01-01' } });
    expect(res.statusCode).toBe(400);
    expect(res.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'changes.date', code: 'notInFuture' })]);
  });
});
