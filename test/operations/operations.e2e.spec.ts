import { describe, expect, it } from 'vitest';
import { Finding } from '../../src/operations/finding.entity.js';
import { Measure } from '../../src/operations/measure.entity.js';
import { OccupancyCount } from '../../src/operations/occupancy-count.entity.js';
import { OperationAgency } from '../../src/operations/operation-agency.entity.js';
import { Operation } from '../../src/operations/operation.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { makeProperty } from '../factories/property.factory.js';
import { makeUnit } from '../factories/unit.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, createUser, type TestUser } from '../helpers/users.js';
import { auditActions, caseRowCounts, fileOperation, finding, operationBody } from './operation-bodies.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';

describe('operations', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  const post = (user: TestUser, payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/operations', headers: user.headers, payload: payload as object });

  describe('POST /operations', () => {
    it('should store a draft with its agencies, findings, occupancy counts and measures', async () => {
      const property = await makeProperty(t);
      const unit = await makeUnit(t, property.id, { label: 'EG links', livingSpaceM2: 32, singleRoomSharedFacilities: true });
      const body = operationBody(property.id, {
        agencyCodes: ['bauaufsicht', 'feuerwehr'],
        findings: [finding({ unitId: unit.id, severity: 'danger' }), finding({ category: 'child_welfare', visibility: 'agency' })],
        occupancyCounts: [{ unitId: unit.id, personsFound: 5, childrenFound: 1, personsRegistered: 2, registerExtractDate: '2026-01-15' }],
      });
      const res = await post(users.inspector, body);

      expect(res.statusCode).toBe(201);
      const dto = res.json<OperationDto>();
      expect(dto).toMatchObject({
        propertyId: property.id,
        state: 'draft',
        version: 1,
        leadAgencyCode: 'ordnungsamt',
        createdBy: users.inspector.id,
        submittedAt: null,
        agencyCodes: ['bauaufsicht', 'feuerwehr', 'ordnungsamt'],
        amendments: [],
      });
      expect(dto.findings.map((f) => [f.severity, f.agencyCode, f.withdrawn])).toEqual([
        ['danger', 'ordnungsamt', false],
        ['minor', 'ordnungsamt', false],
      ]);
      // The unit's size and single-room type apply: 32 m² / 5 persons = 6.4 against the single-room threshold of 8.
      expect(dto.occupancyCounts[0]).toMatchObject({
        unitId: unit.id,
        livingSpaceM2: 32,
        singleRoomSharedFacilities: true,
        m2PerPerson: 6.4,
        underThreshold: true,
      });
      expect(dto.occupancyCounts[0].threshold?.minM2PerPerson).toBe(8);
      expect(dto.measures[0]).toMatchObject({ type: 'repair_order', state: 'open', agencyCode: 'ordnungsamt', propertyId: property.id });

      const stored = await t.dataSource.getRepository(Operation).findOneByOrFail({ id: dto.id });
      expect(stored).toMatchObject({
        state: 'draft',
        kind: 'joint_inspection',
        interpreterPresent: true,
        unitsEntered: 3,
        unitsNotAccessible: 1,
        triggerSource: 'Beschwerde Nachbarin',
        agencyCount: 3,
      });
      const agencies = await t.dataSource.getRepository(OperationAgency).findBy({ operationId: dto.id });
      expect(agencies.map((a) => a.agencyCode).sort()).toEqual(['bauaufsicht', 'feuerwehr', 'ordnungsamt']);
      const findings = await t.dataSource.getRepository(Finding).find({ where: { operationId: dto.id }, order: { createdAt: 'ASC' } });
      expect(findings.map((f) => [f.unitId, f.severity, f.visibility, f.agencyCode])).toEqual([
        [unit.id, 'danger', 'taskforce', 'ordnungsamt'],
        [null, 'minor', 'agency', 'ordnungsamt'],
      ]);
      const counts = await t.dataSource.getRepository(OccupancyCount).findBy({ operationId: dto.id });
      expect(counts).toHaveLength(1);
      expect(counts[0]).toMatchObject({ personsFound: 5, childrenFound: 1, personsRegistered: 2, registerExtractDate: '2026-01-15', livingSpaceM2: 32 });
      const measures = await t.dataSource.getRepository(Measure).findBy({ operationId: dto.id });
      expect(measures.map((m) => [m.type, m.state, m.legalBasis, m.deadline])).toEqual([['repair_order', 'open', '§ 9 WohnStG NRW', '2100-01-01']]);
      expect(await auditActions(t, dto.id)).toEqual(['operation_created']);
      // A draft does not change the status.
      expect((await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id })).status).toBe('suspected');
    });

    it('should refuse a unit of another property naming the field, and write nothing', async () => {
      const property = await makeProperty(t);
      const other = await makeProperty(t);
      const foreignUnit = await makeUnit(t, other.id);
      const before = await caseRowCounts(t);
      const res = await post(users.inspector, operationBody(property.id, { findings: [finding(), finding({ unitId: foreignUnit.id })] }));
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'findings[1].unitId', code: 'unitNotInProperty' })]);
      expect(await caseRowCounts(t)).toEqual(before);
    });

    it('should refuse an unknown property as a field error', async () => {
      const before = await caseRowCounts(t);
      const res = await post(users.inspector, operationBody('5b0f6a4e-8f7e-4c1e-9a57-3f0b2b1d2c3e'));
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'propertyId', code: 'notFound' })]);
      expect(await caseRowCounts(t)).toEqual(before);
    });

    it('should answer 403 to the council role', async () => {
      const property = await makeProperty(t);
      const res = await post(users.council, operationBody(property.id));
      expect(res.statusCode).toBe(403);
      expect(res.json<ProblemBody>().code).toBe('forbidden');
    });
  });

  describe('PUT /operations/:id', () => {
    it('should replace the draft content and raise the version', async () => {
      const property = await makeProperty(t);
      const created = (await post(users.inspector, operationBody(property.id))).json<OperationDto>();
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/operations/${created.id}`,
        headers: { ...users.inspector.headers, 'if-match': '"1"' },
        payload: operationBody(property.id, { kind: 'registration_check', findings: [], measures: [], agencyCodes: ['meldebehoerde'] }),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: created.id,
        kind: 'registration_check',
        version: 2,
        findings: [],
        measures: [],
        agencyCodes: ['meldebehoerde', 'ordnungsamt'],
      });
      expect(await t.dataSource.getRepository(Finding).countBy({ operationId: created.id })).toBe(0);
      expect(await t.dataSource.getRepository(Measure).countBy({ operationId: created.id })).toBe(0);
      expect(await t.dataSource.getRepository(OccupancyCount).countBy({ operationId: created.id })).toBe(1);
      expect((await t.dataSource.getRepository(OperationAgency).findBy({ operationId: created.id })).map((a) => a.agencyCode).sort()).toEqual([
        'meldebehoerde',
        'ordnungsamt',
      ]);
      expect(await t.dataSource.getRepository(Operation).findOneByOrFail({ id: created.id })).toMatchObject({
        kind: 'registration_check',
        version: 2,
        agencyCount: 2,
      });
      expect(await auditActions(t, created.id)).toEqual(['operation_created', 'operation_updated']);
    });

    it('should answer 412 precondition_failed for a stale version and 428 without If-Match, keeping the stored draft', async () => {
      const property = await makeProperty(t);
      const created = (await post(users.inspector, operationBody(property.id))).json<OperationDto>();
      const put = (version: number | null, notes: string) =>
        t.app.inject({
          method: 'PUT',
          url: `/api/v1/operations/${created.id}`,
          headers: { ...users.inspector.headers, ...(version === null ? {} : { 'if-match': `"${version}"` }) },
          payload: operationBody(property.id, { notes }),
        });
      const first = await put(1, 'erste Änderung');
      expect(first.statusCode).toBe(200);
      expect(first.headers.etag).toBe('"2"');
      const stale = await put(1, 'zweite Änderung');
      expect(stale.statusCode).toBe(412);
      expect(stale.json()).toMatchObject({ code: 'precondition_failed', currentVersion: 2 });
      const missing = await put(null, 'dritte Änderung');
      expect(missing.statusCode).toBe(428);
      expect(missing.json()).toMatchObject({ code: 'precondition_required' });
      expect(await t.dataSource.getRepository(Operation).findOneByOrFail({ id: created.id })).toMatchObject({ notes: 'erste Änderung', version: 2 });
    });

    it('should let only the creator edit a draft (404 for a colleague, even a lead: the draft is not theirs to see)', async () => {
      const property = await makeProperty(t);
      const created = (await post(users.inspector, operationBody(property.id))).json<OperationDto>();
      for (const user of [await createUser(t, 'inspector'), users.lead]) {
        const res = await t.app.inject({
          method: 'PUT',
          url: `/api/v1/operations/${created.id}`,
          headers: { ...user.headers, 'if-match': '"1"' },
          payload: operationBody(property.id),
        });
        expect(res.statusCode).toBe(404);
      }
      expect((await t.dataSource.getRepository(Operation).findOneByOrFail({ id: created.id })).version).toBe(1);
    });

    it('should answer 409 operation_not_draft once submitted', async () => {
      const property = await makeProperty(t);
      const submitted = await fileOperation(t, users.inspector, property.id);
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/operations/${submitted.id}`,
        headers: { ...users.inspector.headers, 'if-match': `"${submitted.version}"` },
        payload: operationBody(property.id),
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<ProblemBody>().code).toBe('operation_not_draft');
    });

    it('should answer 404 for an unknown operation', async () => {
      const property = await makeProperty(t);
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/operations/5b0f6a4e-8f7e-4c1e-9a57-3f0b2b1d2c3e',
        headers: { ...users.inspector.headers, 'if-match': '"1"' },
        payload: operationBody(property.id),
      });
      expect(res.statusCode).toBe(404);
      expect(res.json<ProblemBody>().code).toBe('operation_not_found');
    });
  });

  describe('POST /operations/:id/submit', () => {
    it('should submit the draft and make a suspected property inspected in the same write', async () => {
      const property = await makeProperty(t);
      const created = (await post(users.inspector, operationBody(property.id, { date: '2026-10-05' }))).json<OperationDto>();
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/operations/${created.id}/submit`, headers: users.inspector.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ state: 'submitted', submittedBy: users.inspector.id, version: 2 });
      expect(Date.parse(res.json<OperationDto>().submittedAt ?? '')).not.toBeNaN();
      expect(await t.dataSource.getRepository(Operation).findOneByOrFail({ id: created.id })).toMatchObject({
        state: 'submitted',
        submittedBy: users.inspector.id,
      });
      expect(await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id })).toMatchObject({ status: 'inspected', statusSince: '2026-10-05' });
      expect(await auditActions(t, created.id)).toEqual(['operation_created', 'operation_submitted']);
    });

    it("should refuse a second submit with 409 and a colleague's submit with 404 (another's draft is not there for them)", async () => {
      const property = await makeProperty(t);
      const created = (await post(users.inspector, operationBody(property.id))).json<OperationDto>();
      const colleague = await t.app.inject({ method: 'POST', url: `/api/v1/operations/${created.id}/submit`, headers: users.lead.headers });
      expect(colleague.statusCode).toBe(404);
      await t.app.inject({ method: 'POST', url: `/api/v1/operations/${created.id}/submit`, headers: users.inspector.headers });
      const again = await t.app.inject({ method: 'POST', url: `/api/v1/operations/${created.id}/submit`, headers: users.inspector.headers });
      expect(again.statusCode).toBe(409);
      expect(again.json<ProblemBody>().code).toBe('operation_not_draft');
      expect(await auditActions(t, created.id)).toEqual(['operation_created', 'operation_submitted']);
    });
  });

  describe('GET /operations/:id and GET /properties/:id/operations', () => {
    it("should answer the operation and list a property's operations oldest first", async () => {
      const property = await makeProperty(t);
      const later = await fileOperation(t, users.inspector, property.id, { date: '2026-09-02' });
      const earlier = await fileOperation(t, users.inspector, property.id, { date: '2026-08-01' });
      const one = await t.app.inject({ method: 'GET', url: `/api/v1/operations/${later.id}`, headers: users.lead.headers });
      expect(one.statusCode).toBe(200);
      expect(one.json()).toEqual(later);
      const list = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${property.id}/operations`, headers: users.inspector.headers });
      expect(list.statusCode).toBe(200);
      expect(list.json<OperationDto[]>().map((o) => o.id)).toEqual([earlier.id, later.id]);
    });

    it('should answer 404 for an unknown property or operation and 403 for the council', async () => {
      const unknown = '5b0f6a4e-8f7e-4c1e-9a57-3f0b2b1d2c3e';
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/operations/${unknown}`, headers: users.lead.headers })).statusCode).toBe(404);
      const list = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${unknown}/operations`, headers: users.lead.headers });
      expect(list.statusCode).toBe(404);
      expect(list.json<ProblemBody>().code).toBe('property_not_found');
      const property = await makeProperty(t);
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/properties/${property.id}/operations`, headers: users.council.headers })).statusCode).toBe(403);
    });
  });
});
