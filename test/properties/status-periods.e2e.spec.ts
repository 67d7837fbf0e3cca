import { beforeAll, describe, expect, it } from 'vitest';
import { cityToday } from '../helpers/city-day.js';
import { addDays } from '../../src/summaries/statistics.js';
import { District } from '../../src/districts/district.entity.js';
import { PropertyStatusPeriod } from '../../src/properties/property-status-period.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { createTestApp, useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { declarationBasis, fileOperation, finding } from '../operations/operation-bodies.js';
import { createProperty, importTestDistricts, patchProperty, TEST_CITY } from './property-factory.js';

/** The status periods are what "status on day X" is read from; every write path keeps them in step with the history. */
describe('status periods of a building', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let bezirk900: District;
  let bezirk800: District;
  beforeAll(async () => {
    await importTestDistricts(t);
    const byCode = (code: string) => t.dataSource.getRepository(District).findOneByOrFail({ city: TEST_CITY, code });
    [bezirk900, bezirk800] = await Promise.all([byCode('900'), byCode('800')]);
  });

  const periodsOf = async (propertyId: string) =>
    (await t.dataSource.getRepository(PropertyStatusPeriod).find({ where: { propertyId }, order: { validFrom: 'ASC' } })).map(
      ({ status, validFrom, validUntil, districtId }) => ({ status, validFrom, validUntil, districtId }),
    );
  const decide = async (propertyId: string, type: string, effectiveDate: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${propertyId}/decisions`,
      headers: users.lead.headers,
      payload: { type, effectiveDate, reason: 'Prüfung', basisFindingIds: await declarationBasis(t, propertyId) },
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  it('should open a suspected period in the Stadtbezirk when a building is recorded', async () => {
    const property = await createProperty(t, users.lead);
    const createdOn = (await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id })).createdAt.toISOString().slice(0, 10);
    expect(await periodsOf(property.id)).toEqual([{ status: 'suspected', validFrom: createdOn, validUntil: null, districtId: bezirk900.id }]);
  });

  it('should close each period on the day the next status began, through visit, declaration and closure', async () => {
    const property = await createProperty(t, users.lead);
    const [visit, declared, closed] = [addDays(cityToday(), -20), addDays(cityToday(), -10), addDays(cityToday(), -2)];
    await fileOperation(t, users.inspector, property.id, { date: visit, findings: [finding({ severity: 'danger' })] });
    await decide(property.id, 'declare_uninhabitable', declared);
    await decide(property.id, 'close', closed);
    expect(await periodsOf(property.id)).toEqual([
      { status: 'inspected', validFrom: visit, validUntil: declared, districtId: bezirk900.id },
      { status: 'uninhabitable', validFrom: declared, validUntil: closed, districtId: bezirk900.id },
      { status: 'closed', validFrom: closed, validUntil: null, districtId: bezirk900.id },
    ]);
    const stored = await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id });
    expect([stored.status, stored.statusSince, stored.firstVisitOn, stored.firstDecisionOn]).toEqual(['closed', closed, visit, declared]);
  });

  it('should move the periods to the new Stadtbezirk when the building is moved', async () => {
    const property = await createProperty(t, users.lead);
    await fileOperation(t, users.inspector, property.id, { date: addDays(cityToday(), -3) });
    await decide(property.id, 'close', cityToday());
    const moved = await patchProperty(t, users.lead, property.id, { lon: 6.73 });
    expect(moved.statusCode).toBe(200);
    const periods = await periodsOf(property.id);
    expect(periods.map((p) => p.status)).toEqual(['inspected', 'closed']);
    expect(periods.every((p) => p.districtId === bezirk800.id)).toBe(true);
  });

  it('should project at start-up every building that has no periods, and leave the others as they are', async () => {
    const projected = await createProperty(t, users.lead);
    const unprojected = await createProperty(t, users.lead);
    await fileOperation(t, users.inspector, unprojected.id, { date: addDays(cityToday(), -5) });
    const expected = await periodsOf(unprojected.id);
    const untouched = await periodsOf(projected.id);
    await t.dataSource.getRepository(PropertyStatusPeriod).delete({ propertyId: unprojected.id });

    const restarted = await createTestApp(t.shareDatabase);
    try {
      expect(await periodsOf(unprojected.id)).toEqual(expected);
      expect(await periodsOf(projected.id)).toEqual(untouched);
    } finally {
      await restarted.close();
    }
  });
});
