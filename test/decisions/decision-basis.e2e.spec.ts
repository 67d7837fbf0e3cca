import { describe, expect, it } from 'vitest';
import type { ProblemBody } from '../../src/common/problem.js';
import { DecisionBasis } from '../../src/decisions/decision-basis.entity.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import type { DecisionDto, DecisionRecordedDto } from '../../src/decisions/decisions.dto.js';
import { Finding } from '../../src/operations/finding.entity.js';
import type { FindingDto, OperationDto } from '../../src/operations/operation-responses.dto.js';
import { makeProperty } from '../factories/property.factory.js';
import { cityToday } from '../helpers/city-day.js';
import { addDays } from '../../src/summaries/statistics.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, type TestUser } from '../helpers/users.js';
import { auditActions, caseRowCounts, fileOperation, finding } from '../operations/operation-bodies.js';

describe('a decision rests on findings its lead may see', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  const decide = (user: TestUser, propertyId: string, body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${propertyId}/decisions`,
      headers: user.headers,
      payload: { effectiveDate: cityToday(), ...body },
    });
  const release = (user: TestUser, findingId: string) => t.app.inject({ method: 'POST', url: `/api/v1/findings/${findingId}/release`, headers: user.headers });
  const operationAs = async (user: TestUser, id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/operations/${id}`, headers: user.headers })).json<OperationDto>();
  /** A building the Ordnungsamt visited (one minor, one major taskforce finding) and the Jugendamt visited (two danger findings it keeps). */
  const visited = async () => {
    const property = await makeProperty(t);
    const ordnungsamt = await fileOperation(t, users.inspector, property.id, {
      date: addDays(cityToday(), -2),
      findings: [finding({ severity: 'minor' }), finding({ severity: 'major', category: 'electricity', description: 'Offene Verteilerdose' })],
    });
    const jugendamt = await fileOperation(t, users.jugendamtInspector, property.id, {
      date: addDays(cityToday(), -1),
      agencyCodes: ['jugendamt', 'ordnungsamt'],
      measures: [],
      findings: [
        finding({ severity: 'danger', category: 'child_welfare', description: 'Kinder ohne Aufsicht im Rohbau', visibility: 'agency' }),
        finding({ severity: 'danger', category: 'child_welfare', description: 'Säugling ohne Heizung', visibility: 'agency' }),
      ],
    });
    const [minor, major] = ['minor', 'major'].map((s) => ordnungsamt.findings.find((f) => f.severity === s)!);
    return { property, minor, major, kept: jugendamt.findings, jugendamt };
  };

  it('should store the named findings with the declaration, list them with it and record them in the audit trail', async () => {
    const { property, minor, major } = await visited();
    const res = await decide(users.lead, property.id, { type: 'declare_uninhabitable', basisFindingIds: [major.id, minor.id] });
    expect(res.statusCode, res.body).toBe(201);
    const decision = res.json<DecisionRecordedDto>().decision;
    expect(decision.basisFindingIds).toEqual([major.id, minor.id].sort());
    const rows = await t.dataSource.getRepository(DecisionBasis).findBy({ decisionId: decision.id });
    expect(rows.map((r) => r.findingId).sort()).toEqual([major.id, minor.id].sort());
    const listed = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${property.id}/decisions`, headers: users.inspector.headers });
    expect(listed.json<DecisionDto[]>()[0].basisFindingIds).toEqual([major.id, minor.id].sort());
    expect(await auditActions(t, decision.id)).toEqual(['decision_recorded']);
  });

  it('should refuse a declaration that names no finding, or only minor ones, although the building has a serious one', async () => {
    const { property, minor } = await visited();
    const before = await caseRowCounts(t);
    const none = await decide(users.lead, property.id, { type: 'declare_uninhabitable' });
    expect(none.statusCode).toBe(400);
    expect(none.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'basisFindingIds', code: 'requiredForDeclaration' })]);
    const minorOnly = await decide(users.lead, property.id, { type: 'declare_uninhabitable', basisFindingIds: [minor.id] });
    expect(minorOnly.statusCode).toBe(409);
    expect(minorOnly.json()).toMatchObject({ code: 'declaration_requires_serious_finding', currentStatus: 'inspected' });
    expect(await caseRowCounts(t)).toEqual(before);
  });

  it("should answer another agency's kept finding like a missing one, and refuse a kept finding of the lead's own agency until it is released", async () => {
    const { property, kept } = await visited();
    const missing = await decide(users.lead, property.id, {
      type: 'declare_uninhabitable',
      basisFindingIds: [kept[0].id, '5b0f6a4e-8f7e-4c1e-9a57-3f0b2b1d2c3e'],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ProblemBody>().errors).toEqual([
      expect.objectContaining({ field: 'basisFindingIds[0]', code: 'notFound' }),
      expect.objectContaining({ field: 'basisFindingIds[1]', code: 'notFound' }),
    ]);
    const own = await decide(users.jugendamtLead, property.id, { type: 'declare_uninhabitable', basisFindingIds: [kept[0].id] });
    expect(own.statusCode).toBe(400);
    expect(own.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'basisFindingIds[0]', code: 'notReleased' })]);
    expect(await t.dataSource.getRepository(Decision).countBy({ propertyId: property.id })).toBe(0);
  });

  it('should let the owning agency release one finding for decisions, shown to the taskforce from then on while its other items stay its own', async () => {
    const { property, kept, jugendamt } = await visited();
    expect((await operationAs(users.lead, jugendamt.id)).findings).toEqual([]);

    const released = await release(users.jugendamtLead, kept[0].id);
    expect(released.statusCode, released.body).toBe(200);
    const dto = released.json<FindingDto>();
    expect(dto).toMatchObject({ id: kept[0].id, visibility: 'agency' });
    expect(Date.parse(dto.releasedAt!)).toBeGreaterThan(0);
    const row = await t.dataSource.getRepository(Finding).findOneByOrFail({ id: kept[0].id });
    expect([row.releasedBy, row.visibility]).toEqual([users.jugendamtLead.id, 'agency']);
    expect(await auditActions(t, kept[0].id)).toEqual(['finding_released']);

    // The Ordnungsamt sees the released finding and nothing else the Jugendamt keeps, and may decide on it.
    expect((await operationAs(users.lead, jugendamt.id)).findings.map((f) => f.id)).toEqual([kept[0].id]);
    const declared = await decide(users.lead, property.id, { type: 'declare_uninhabitable', basisFindingIds: [kept[0].id] });
    expect(declared.statusCode, declared.body).toBe(201);
    expect(declared.json<DecisionRecordedDto>().decision.basisFindingIds).toEqual([kept[0].id]);

    // Releasing again changes nothing and records nothing.
    const again = await release(users.jugendamtLead, kept[0].id);
    expect(again.json<FindingDto>().releasedAt).toBe(dto.releasedAt);
    expect(await auditActions(t, kept[0].id)).toEqual(['finding_released']);
  });

  it('should let only a lead of the owning agency release, and leave taskforce findings as they are', async () => {
    const { minor, kept } = await visited();
    expect((await release(users.lead, kept[1].id)).statusCode).toBe(404);
    expect((await release(users.jugendamtInspector, kept[1].id)).statusCode).toBe(403);
    expect((await release(users.council, kept[1].id)).statusCode).toBe(403);
    expect((await t.dataSource.getRepository(Finding).findOneByOrFail({ id: kept[1].id })).releasedAt).toBeNull();
    const taskforce = await release(users.lead, minor.id);
    expect(taskforce.statusCode).toBe(200);
    expect(taskforce.json<FindingDto>().releasedAt).toBeNull();
    expect(await auditActions(t, minor.id)).toEqual([]);
  });

  it('should refuse findings of another building and findings recorded after the effective date', async () => {
    const { property, major, kept } = await visited();
    const other = await visited();
    const elsewhere = await decide(users.lead, property.id, { type: 'declare_uninhabitable', basisFindingIds: [other.major.id, major.id] });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'basisFindingIds[0]', code: 'notFound' })]);
    await release(users.jugendamtLead, kept[0].id);
    const later = await decide(users.lead, property.id, {
      type: 'declare_uninhabitable',
      effectiveDate: addDays(cityToday(), -2),
      basisFindingIds: [kept[0].id, major.id],
    });
    expect(later.statusCode).toBe(400);
    expect(later.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'basisFindingIds[0]', code: 'afterEffectiveDate' })]);
    expect(await t.dataSource.getRepository(Decision).countBy({ propertyId: property.id })).toBe(0);
  });

  it('should block a lift on a danger finding the lead may not see without naming its day, and name who can release it', async () => {
    const { property, major } = await visited();
    expect((await decide(users.lead, property.id, { type: 'declare_uninhabitable', basisFindingIds: [major.id] })).statusCode).toBe(201);
    await fileOperation(t, users.inspector, property.id, { kind: 'acceptance_inspection', findings: [finding({ severity: 'minor' })] });
    const followUp = await fileOperation(t, users.jugendamtInspector, property.id, {
      kind: 'follow_up',
      agencyCodes: ['jugendamt'],
      measures: [],
      findings: [finding({ severity: 'danger', category: 'child_welfare', description: 'Kind im Keller untergebracht', visibility: 'agency' })],
    });
    const blocked = await decide(users.lead, property.id, { type: 'declaration_lifted' });
    expect(blocked.statusCode).toBe(409);
    const problem = blocked.json<ProblemBody>();
    expect(problem.code).toBe('lifting_blocked_by_danger_finding');
    expect(problem.detail).toContain('that you may not see');
    expect(problem.detail).toContain('jugendamt');
    expect(problem.detail).not.toContain(cityToday());
    expect(blocked.body).not.toContain('Keller');

    await release(users.jugendamtLead, followUp.findings[0].id);
    const named = await decide(users.lead, property.id, { type: 'declaration_lifted' });
    expect(named.json<ProblemBody>().detail).toContain(`The operation of ${cityToday()}`);
    expect(await t.dataSource.getRepository(Decision).countBy({ propertyId: property.id, type: 'declaration_lifted' })).toBe(0);
  });

  it('should name only the days of the danger findings the lead may see when a visible and a hidden one block a lift', async () => {
    const { property, major } = await visited();
    expect((await decide(users.lead, property.id, { type: 'declare_uninhabitable', basisFindingIds: [major.id] })).statusCode).toBe(201);
    await fileOperation(t, users.inspector, property.id, { kind: 'acceptance_inspection', findings: [finding({ severity: 'minor' })] });
    await fileOperation(t, users.jugendamtInspector, property.id, {
      kind: 'follow_up',
      agencyCodes: ['jugendamt'],
      measures: [],
      findings: [finding({ severity: 'danger', category: 'child_welfare', description: 'Kind im Keller untergebracht', visibility: 'agency' })],
    });
    await fileOperation(t, users.inspector, property.id, { kind: 'follow_up', findings: [finding({ severity: 'danger', category: 'electricity' })] });
    const blocked = await decide(users.lead, property.id, { type: 'declaration_lifted' });
    expect(blocked.json<ProblemBody>()).toMatchObject({
      code: 'lifting_blocked_by_danger_finding',
      detail: `The operation of ${cityToday()} records a "danger" finding.`,
    });
  });
});
