import { describe, expect, it } from 'vitest';
import { cityToday } from '../helpers/city-day.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, type TestUser } from '../helpers/users.js';
import { auditActions, caseRowCounts, declarationBasis, fileOperation, finding } from '../operations/operation-bodies.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { DecisionDto, DecisionRecordedDto } from '../../src/decisions/decisions.dto.js';
import { STATUS_STYLE } from '../../src/properties/status-catalogue.js';

describe('decisions', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  const decide = (propertyId: string, body: Record<string, unknown>, user: TestUser = users.lead) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${propertyId}/decisions`,
      headers: user.headers,
      payload: { effectiveDate: cityToday(), ...body },
    });
  /** A declaration naming every finding of the building the taskforce sees as its basis. */
  const declare = async (propertyId: string, body: Record<string, unknown> = {}) =>
    decide(propertyId, { type: 'declare_uninhabitable', basisFindingIds: await declarationBasis(t, propertyId), ...body });
  const storedStatus = async (id: string) => (await t.dataSource.getRepository(Property).findOneByOrFail({ id })).status;

  describe('POST /properties/:id/decisions', () => {
    it('should walk suspected → inspected → uninhabitable → renovation → released → relet, storing every step', async () => {
      const property = await makeProperty(t);
      expect(await storedStatus(property.id)).toBe('suspected');

      await fileOperation(t, users.inspector, property.id, { findings: [finding({ category: 'structural_safety', severity: 'major' })] });
      expect(await storedStatus(property.id)).toBe('inspected');

      const declared = await declare(property.id, {
        fileReference: '32-61-2026/0815',
        legalBasis: '§ 9 WohnStG NRW',
        reason: 'Einsturzgefahr der Decke im 2. OG',
        personsAffected: 12,
        childrenAffected: 4,
        rehoused: { shelter: 5, owner: 3, self: 2, unknown: 2 },
      });
      expect(declared.statusCode).toBe(201);
      expect(declared.json<DecisionRecordedDto>().decision).toMatchObject({
        type: 'declare_uninhabitable',
        statusBefore: 'inspected',
        statusAfter: 'uninhabitable',
        fileReference: '32-61-2026/0815',
        personsAffected: 12,
        childrenAffected: 4,
        rehoused: { shelter: 5, owner: 3, self: 2, unknown: 2 },
        decidedBy: users.lead.id,
        agencyCode: 'ordnungsamt',
      });
      expect(declared.json<DecisionRecordedDto>().property).toMatchObject({
        id: property.id,
        status: 'uninhabitable',
        statusSince: cityToday(),
        statusColour: STATUS_STYLE.uninhabitable.colour,
        statusLabel: 'Unbewohnbar erklärt',
        allowedDecisions: ['renovation_started', 'declaration_lifted', 'close'],
        address: { city: 'Duisburg', label: `${property.street} ${property.houseNumber}, 47166 Duisburg` },
      });
      expect(await storedStatus(property.id)).toBe('uninhabitable');
      const row = await t.dataSource.getRepository(Decision).findOneByOrFail({ id: declared.json<DecisionRecordedDto>().decision.id });
      expect(row).toMatchObject({
        statusBefore: 'inspected',
        statusAfter: 'uninhabitable',
        rehousedShelter: 5,
        rehousedOwner: 3,
        rehousedSelf: 2,
        rehousedUnknown: 2,
        decidedBy: users.lead.id,
      });
      expect(await auditActions(t, row.id)).toEqual(['decision_recorded']);

      expect((await decide(property.id, { type: 'renovation_started' })).json<DecisionRecordedDto>().property.status).toBe('renovation');
      expect(await storedStatus(property.id)).toBe('renovation');

      const tooEarly = await decide(property.id, { type: 'declaration_lifted' });
      expect(tooEarly.statusCode).toBe(409);
      expect(tooEarly.json()).toMatchObject({
        code: 'lifting_requires_acceptance_inspection',
        currentStatus: 'renovation',
        allowedDecisions: ['declaration_lifted', 'close'],
      });
      expect(await storedStatus(property.id)).toBe('renovation');

      await fileOperation(t, users.inspector, property.id, {
        kind: 'acceptance_inspection',
        trigger: 'earlier_finding',
        findings: [finding({ severity: 'minor' })],
      });
      expect(await storedStatus(property.id)).toBe('renovation');

      const lifted = await decide(property.id, { type: 'declaration_lifted' });
      expect(lifted.statusCode).toBe(201);
      expect(lifted.json<DecisionRecordedDto>().property).toMatchObject({ status: 'released', allowedDecisions: ['relet', 'declare_uninhabitable', 'close'] });
      expect(await storedStatus(property.id)).toBe('released');

      const relet = await decide(property.id, { type: 'relet' });
      expect(relet.statusCode).toBe(201);
      expect(relet.json<DecisionRecordedDto>().decision).toMatchObject({ statusBefore: 'released', statusAfter: 'relet' });
      expect(await storedStatus(property.id)).toBe('relet');

      const list = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${property.id}/decisions`, headers: users.inspector.headers });
      expect(list.statusCode).toBe(200);
      expect(list.json<DecisionDto[]>().map((d) => d.type)).toEqual(['declare_uninhabitable', 'renovation_started', 'declaration_lifted', 'relet']);
      expect(list.json<DecisionDto[]>()[0]).toEqual(declared.json<DecisionRecordedDto>().decision);
    });

    it('should refuse relet from inspected with 409, the current status and the allowed decisions, writing nothing', async () => {
      const property = await makeProperty(t);
      await fileOperation(t, users.inspector, property.id);
      const before = await caseRowCounts(t);
      const res = await decide(property.id, { type: 'relet' });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'decision_not_allowed', currentStatus: 'inspected', allowedDecisions: ['declare_uninhabitable', 'close'] });
      expect(await caseRowCounts(t)).toEqual(before);
      expect(await storedStatus(property.id)).toBe('inspected');
    });

    it('should refuse a declaration when the only serious finding was withdrawn by an amendment', async () => {
      const property = await makeProperty(t);
      const operation = await fileOperation(t, users.inspector, property.id, { findings: [finding({ severity: 'major' }), finding({ severity: 'minor' })] });
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/operations/${operation.id}/amendments`,
        headers: users.inspector.headers,
        payload: { reason: 'Befund falsch eingestuft', withdrawFindingIds: [operation.findings[0].id] },
      });
      const res = await declare(property.id);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'declaration_requires_serious_finding', currentStatus: 'inspected' });
      const naming = await decide(property.id, { type: 'declare_uninhabitable', basisFindingIds: [operation.findings[0].id] });
      expect(naming.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'basisFindingIds[0]', code: 'alreadyWithdrawn' })]);
      expect(await t.dataSource.getRepository(Decision).countBy({ propertyId: property.id })).toBe(0);
    });

    it('should refuse lifting while the latest acceptance inspection records danger, and allow it once amended', async () => {
      const property = await makeProperty(t);
      await fileOperation(t, users.inspector, property.id, { findings: [finding({ severity: 'danger' })] });
      expect((await declare(property.id)).statusCode).toBe(201);
      const acceptance = await fileOperation(t, users.inspector, property.id, {
        kind: 'acceptance_inspection',
        findings: [finding({ severity: 'danger', category: 'fire_safety' })],
      });
      const blocked = await decide(property.id, { type: 'declaration_lifted' });
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json()).toMatchObject({ code: 'lifting_blocked_by_danger_finding', currentStatus: 'uninhabitable' });
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/operations/${acceptance.id}/amendments`,
        headers: users.lead.headers,
        payload: { reason: 'Brandschutz nachgerüstet', withdrawFindingIds: [acceptance.findings[0].id] },
      });
      expect((await decide(property.id, { type: 'declaration_lifted' })).statusCode).toBe(201);
      expect(await storedStatus(property.id)).toBe('released');
    });

    describe('lifting a declaration (DESIGN §3)', () => {
      const declared = async () => {
        const property = await makeProperty(t);
        await fileOperation(t, users.inspector, property.id, { findings: [finding({ severity: 'danger' })] });
        expect((await declare(property.id)).statusCode).toBe(201);
        return property;
      };
      const acceptance = (propertyId: string, severity: 'minor' | 'danger') =>
        fileOperation(t, users.inspector, propertyId, { kind: 'acceptance_inspection', findings: [finding({ severity })] });

      it('should count the later-submitted of two acceptance inspections on the same day', async () => {
        const cleared = await declared();
        await acceptance(cleared.id, 'danger');
        await acceptance(cleared.id, 'minor');
        expect((await decide(cleared.id, { type: 'declaration_lifted' })).statusCode).toBe(201);
        expect(await storedStatus(cleared.id)).toBe('released');

        const stillDangerous = await declared();
        await acceptance(stillDangerous.id, 'minor');
        await acceptance(stillDangerous.id, 'danger');
        const res = await decide(stillDangerous.id, { type: 'declaration_lifted' });
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({ code: 'lifting_blocked_by_danger_finding', currentStatus: 'uninhabitable' });
        expect(await t.dataSource.getRepository(Decision).countBy({ propertyId: stillDangerous.id, type: 'declaration_lifted' })).toBe(0);
      });

      it('should refuse lifting when an operation submitted after a clean acceptance inspection records danger', async () => {
        const property = await declared();
        await acceptance(property.id, 'minor');
        await fileOperation(t, users.inspector, property.id, { kind: 'follow_up', findings: [finding({ severity: 'danger', category: 'electricity' })] });
        const res = await decide(property.id, { type: 'declaration_lifted' });
        expect(res.statusCode).toBe(409);
        expect(res.json<ProblemBody>().detail).toContain('after the acceptance inspection');
        expect(await storedStatus(property.id)).toBe('uninhabitable');
      });
    });

    it('should close a suspected property and reopen it as inspected', async () => {
      const property = await makeProperty(t);
      expect((await decide(property.id, { type: 'close', reason: 'Kein Handlungsbedarf' })).json<DecisionRecordedDto>().property.status).toBe('closed');
      const reopened = await decide(property.id, { type: 'reopen' });
      expect(reopened.json()).toMatchObject({
        decision: { statusBefore: 'closed', statusAfter: 'inspected' },
        property: { status: 'inspected', allowedDecisions: ['declare_uninhabitable', 'close'] },
      });
      expect(await storedStatus(property.id)).toBe('inspected');
    });

    it('should refuse an effective date before the current status began', async () => {
      const property = await makeProperty(t);
      const res = await decide(property.id, { type: 'close', effectiveDate: '2020-01-01' });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'decision_before_current_status', currentStatus: 'suspected', allowedDecisions: ['close'] });
    });

    it('should answer 403 to inspectors and the council and 404 for an unknown property', async () => {
      const property = await makeProperty(t);
      expect((await decide(property.id, { type: 'close' }, users.inspector)).statusCode).toBe(403);
      expect((await decide(property.id, { type: 'close' }, users.council)).statusCode).toBe(403);
      const unknown = await decide('5b0f6a4e-8f7e-4c1e-9a57-3f0b2b1d2c3e', { type: 'close' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json<ProblemBody>().code).toBe('property_not_found');
      expect(await t.dataSource.getRepository(Decision).countBy({ propertyId: property.id })).toBe(0);
    });

    it.each([
      {
        name: 'rehoused above persons affected',
        body: { type: 'close', personsAffected: 3, rehoused: { shelter: 2, self: 2 } },
        field: 'rehoused',
        code: 'notAbovePersonsAffected',
      },
      { name: 'rehoused without persons affected', body: { type: 'close', rehoused: { shelter: 1 } }, field: 'rehoused', code: 'requiresPersonsAffected' },
      {
        name: 'more children than persons',
        body: { type: 'close', personsAffected: 2, childrenAffected: 3 },
        field: 'childrenAffected',
        code: 'notAbovePersonsAffected',
      },
      { name: 'negative rehoused', body: { type: 'close', personsAffected: 2, rehoused: { owner: -1 } }, field: 'rehoused.owner', code: 'min' },
      { name: 'an unknown decision type', body: { type: 'demolish' }, field: 'type', code: 'isIn' },
      { name: 'an unknown field', body: { type: 'close', status: 'closed' }, field: 'status', code: 'whitelistValidation' },
      { name: 'an impossible date', body: { type: 'close', effectiveDate: '2026-02-30' }, field: 'effectiveDate', code: 'isCalendarDate' },
      { name: 'a future date', body: { type: 'close', effectiveDate: '2099-01-01' }, field: 'effectiveDate', code: 'notInFuture' },
      { name: 'a NUL character in the reason', body: { type: 'close', reason: 'Abriss\u0000' }, field: 'reason', code: 'isPlainText' },
      { name: 'a 101-character file reference', body: { type: 'close', fileReference: 'A'.repeat(101) }, field: 'fileReference', code: 'isLength' },
    ])('should answer 400 to $name and write nothing', async ({ body, field, code }) => {
      const property = await makeProperty(t);
      const before = await caseRowCounts(t);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/properties/${property.id}/decisions`,
        headers: users.lead.headers,
        payload: { effectiveDate: cityToday(), ...body },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors).toContainEqual(expect.objectContaining({ field, code }));
      expect(await caseRowCounts(t)).toEqual(before);
      expect(await storedStatus(property.id)).toBe('suspected');
    });

    it('should answer 400 to a bad property id', async () => {
      const res = await decide('not-a-uuid', { type: 'close' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'invalid_id', errors: [expect.objectContaining({ field: 'id' })] });
    });
  });

  describe('GET /properties/:id/decisions', () => {
    it('should answer an empty list, 404 for an unknown property and 403 for the council', async () => {
      const property = await makeProperty(t);
      const empty = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${property.id}/decisions`, headers: users.inspector.headers });
      expect(empty.json()).toEqual([]);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/properties/5b0f6a4e-8f7e-4c1e-9a57-3f0b2b1d2c3e/decisions', headers: users.lead.headers }))
          .statusCode,
      ).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/properties/${property.id}/decisions`, headers: users.council.headers })).statusCode).toBe(403);
    });
  });
});
