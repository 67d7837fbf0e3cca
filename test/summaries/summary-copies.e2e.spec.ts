import { beforeAll, describe, expect, it } from 'vitest';
import { cityToday } from '../helpers/city-day.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import { District } from '../../src/districts/district.entity.js';
import { Measure } from '../../src/operations/measure.entity.js';
import { Operation } from '../../src/operations/operation.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { addDays } from '../../src/summaries/statistics.js';
import { undoMigrationsThrough } from '../helpers/migrations.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { declarationBasis, fileOperation, finding, operationBody } from '../operations/operation-bodies.js';
import { createProperty, importTestDistricts, patchProperty } from '../properties/property-factory.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';

/** Operations, measures and decisions carry their property's Stadtbezirk, and properties their first visit and decision. */
describe('the stored copies summaries read', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let bezirk900: District;
  let bezirk800: District;
  const IN_800 = { lon: 6.73 };

  const districtsOf = async (propertyId: string) => ({
    operations: (await t.dataSource.getRepository(Operation).findBy({ propertyId })).map((o) => o.districtId),
    measures: (await t.dataSource.getRepository(Measure).findBy({ propertyId })).map((m) => m.districtId),
    decisions: (await t.dataSource.getRepository(Decision).findBy({ propertyId })).map((d) => d.districtId),
  });
  const declare = async (propertyId: string, effectiveDate = cityToday()) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${propertyId}/decisions`,
      headers: users.lead.headers,
      payload: {
        type: 'declare_uninhabitable',
        effectiveDate,
        reason: 'Einsturzgefahr',
        personsAffected: 4,
        basisFindingIds: await declarationBasis(t, propertyId),
      },
    });
  const firstEventsOf = async (id: string) => {
    const { firstVisitOn, firstDecisionOn } = await t.dataSource.getRepository(Property).findOneByOrFail({ id });
    return { firstVisitOn, firstDecisionOn };
  };

  beforeAll(async () => {
    await importTestDistricts(t);
    const byCode = async (code: string) => t.dataSource.getRepository(District).findOneByOrFail({ code });
    [bezirk900, bezirk800] = await Promise.all([byCode('900'), byCode('800')]);
  });

  it('should store the Stadtbezirk on a draft and its measures, and change it when the draft is moved to a building elsewhere', async () => {
    const here = await createProperty(t, users.lead);
    const there = await createProperty(t, users.lead, IN_800);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/operations', headers: users.inspector.headers, payload: operationBody(here.id) });
    expect(created.statusCode).toBe(201);
    expect(await districtsOf(here.id)).toEqual({ operations: [bezirk900.id], measures: [bezirk900.id], decisions: [] });

    const moved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/operations/${created.json<OperationDto>().id}`,
      headers: { ...users.inspector.headers, 'if-match': '"1"' },
      payload: operationBody(there.id),
    });
    expect(moved.statusCode).toBe(200);
    expect(await districtsOf(here.id)).toEqual({ operations: [], measures: [], decisions: [] });
    expect(await districtsOf(there.id)).toEqual({ operations: [bezirk800.id], measures: [bezirk800.id], decisions: [] });
  });

  it('should move the Stadtbezirk of every operation, measure and decision with the building, leave their updated_at, and give it to measures added later', async () => {
    const property = await createProperty(t, users.lead);
    const operation = await fileOperation(t, users.inspector, property.id);
    expect((await declare(property.id)).statusCode).toBe(201);
    expect(await districtsOf(property.id)).toEqual({ operations: [bezirk900.id], measures: [bezirk900.id], decisions: [bezirk900.id] });
    const before = await t.dataSource.getRepository(Operation).findOneByOrFail({ id: operation.id });

    const res = await patchProperty(t, users.lead, property.id, IN_800);
    expect(res.statusCode).toBe(200);
    expect(await districtsOf(property.id)).toEqual({ operations: [bezirk800.id], measures: [bezirk800.id], decisions: [bezirk800.id] });
    expect((await t.dataSource.getRepository(Operation).findOneByOrFail({ id: operation.id })).updatedAt).toEqual(before.updatedAt);

    const amended = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operations/${operation.id}/amendments`,
      headers: users.inspector.headers,
      payload: { reason: 'Maßnahme nachgetragen', addMeasures: [{ type: 'use_prohibition', date: operation.date, visibility: 'taskforce' }] },
    });
    expect(amended.statusCode).toBe(201);
    expect(await districtsOf(property.id)).toEqual({ operations: [bezirk800.id], measures: [bezirk800.id, bezirk800.id], decisions: [bezirk800.id] });
  });

  it('should keep the first submitted visit and the first decision on the property through drafts, later and earlier visits, amendments and decisions', async () => {
    const property = await createProperty(t, users.lead);
    const day = (offset: number) => addDays(cityToday(), offset);
    expect(await firstEventsOf(property.id)).toEqual({ firstVisitOn: null, firstDecisionOn: null });

    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/operations',
      headers: users.inspector.headers,
      payload: operationBody(property.id, { date: day(-30) }),
    });
    expect(draft.statusCode).toBe(201);
    expect(await firstEventsOf(property.id)).toEqual({ firstVisitOn: null, firstDecisionOn: null });

    const visit = await fileOperation(t, users.inspector, property.id, { date: day(-10), findings: [finding({ severity: 'major' })] });
    await fileOperation(t, users.inspector, property.id, { date: day(-5) });
    expect(await firstEventsOf(property.id)).toEqual({ firstVisitOn: day(-10), firstDecisionOn: null });

    const amended = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operations/${visit.id}/amendments`,
      headers: users.inspector.headers,
      payload: { reason: 'Datum korrigiert', changes: { date: day(-12) } },
    });
    expect(amended.statusCode).toBe(201);
    expect(await firstEventsOf(property.id)).toEqual({ firstVisitOn: day(-12), firstDecisionOn: null });

    expect((await declare(property.id, day(-3))).statusCode).toBe(201);
    expect(await firstEventsOf(property.id)).toEqual({ firstVisitOn: day(-12), firstDecisionOn: day(-3) });
  });

  it('should keep the earliest visit and the Stadtbezirk right when drafts are submitted, amended and the building moved at the same time', async () => {
    const property = await createProperty(t, users.lead);
    const day = (offset: number) => addDays(cityToday(), offset);
    const filed = await fileOperation(t, users.inspector, property.id, { date: day(-1) });
    const drafts: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/operations',
        headers: users.inspector.headers,
        payload: operationBody(property.id, { date: day(-10 + i) }),
      });
      drafts.push(res.json<OperationDto>().id);
    }
    const answers = await Promise.all([
      ...drafts.map((id) => t.app.inject({ method: 'POST', url: `/api/v1/operations/${id}/submit`, headers: users.inspector.headers })),
      patchProperty(t, users.lead, property.id, IN_800),
      t.app.inject({
        method: 'POST',
        url: `/api/v1/operations/${filed.id}/amendments`,
        headers: users.inspector.headers,
        payload: { reason: 'Maßnahme nachgetragen', addMeasures: [{ type: 'use_prohibition', date: day(-1), visibility: 'taskforce' }] },
      }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([...drafts.map(() => 200), 200, 201]);
    expect(await firstEventsOf(property.id)).toEqual({ firstVisitOn: day(-10), firstDecisionOn: null });
    const districts = await districtsOf(property.id);
    expect(new Set([...districts.operations, ...districts.measures])).toEqual(new Set([bezirk800.id]));
    expect(districts.measures).toHaveLength(drafts.length + 2);
  });

  it('should fill the copies and first events of rows stored before the migration that adds them', async () => {
    const property = await createProperty(t, users.lead, IN_800);
    await fileOperation(t, users.inspector, property.id, { date: addDays(cityToday(), -8), findings: [finding({ severity: 'major' })] });
    expect((await declare(property.id, addDays(cityToday(), -2))).statusCode).toBe(201);
    const stored = { districts: await districtsOf(property.id), firstEvents: await firstEventsOf(property.id) };
    expect(stored.districts).toEqual({ operations: [bezirk800.id], measures: [bezirk800.id], decisions: [bezirk800.id] });

    await undoMigrationsThrough(t.dataSource, 'SummaryDistrictCopies1764400000000');
    await t.dataSource.runMigrations({ transaction: 'each' });
    expect({ districts: await districtsOf(property.id), firstEvents: await firstEventsOf(property.id) }).toEqual(stored);
    expect(stored.firstEvents).toEqual({ firstVisitOn: addDays(cityToday(), -8), firstDecisionOn: addDays(cityToday(), -2) });
  });
});
