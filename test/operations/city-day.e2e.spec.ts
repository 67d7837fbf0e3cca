import { afterEach, describe, expect, it, vi } from 'vitest';
import { today } from '../../src/common/dates.js';
import type { ProblemBody } from '../../src/common/problem.js';
import { Operation } from '../../src/operations/operation.entity.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { declarationBasis, operationBody } from './operation-bodies.js';

// 00:30 in Duisburg: in UTC it is still the day before (23:30 in winter, 22:30 in summer).
const JUST_AFTER_MIDNIGHT = [
  { season: 'winter (CET)', instant: '2026-01-15T23:30:00Z', day: '2026-01-16', next: '2026-01-17' },
  { season: 'summer (CEST)', instant: '2026-07-15T22:30:00Z', day: '2026-07-16', next: '2026-07-17' },
];

describe("today is the city's day (TZ_CITY), not UTC's", () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  afterEach(() => vi.useRealTimers());

  for (const { season, instant, day, next } of JUST_AFTER_MIDNIGHT) {
    it(`should accept an operation and a decision dated today at 00:30 Europe/Berlin in ${season}, and still refuse tomorrow`, async () => {
      const property = await makeProperty(t);
      vi.useFakeTimers({ toFake: ['Date'], now: new Date(instant) });
      expect(new Date().toISOString().slice(0, 10)).not.toBe(day);

      const filed = await t.app.inject({
        method: 'POST',
        url: '/api/v1/operations',
        headers: users.inspector.headers,
        payload: operationBody(property.id, { date: day, measures: [] }),
      });
      expect(filed.statusCode, filed.body).toBe(201);
      const stored = await t.dataSource.getRepository(Operation).findOneByOrFail({ id: filed.json<{ id: string }>().id });
      expect(stored.date).toBe(day);
      const submitted = await t.app.inject({ method: 'POST', url: `/api/v1/operations/${stored.id}/submit`, headers: users.inspector.headers });
      expect(submitted.statusCode, submitted.body).toBe(200);

      const decided = await t.app.inject({
        method: 'POST',
        url: `/api/v1/properties/${property.id}/decisions`,
        headers: users.lead.headers,
        payload: {
          type: 'declare_uninhabitable',
          effectiveDate: day,
          fileReference: 'AZ 1',
          legalBasis: '§ 9 WohnStG NRW',
          reason: 'Einsturzgefahr',
          basisFindingIds: await declarationBasis(t, property.id),
        },
      });
      expect(decided.statusCode, decided.body).toBe(201);

      const tomorrow = await t.app.inject({
        method: 'POST',
        url: '/api/v1/operations',
        headers: users.inspector.headers,
        payload: operationBody(property.id, { date: next, measures: [] }),
      });
      expect(tomorrow.statusCode).toBe(400);
      expect(tomorrow.json<ProblemBody>().errors).toEqual([expect.objectContaining({ field: 'date', code: 'notInFuture' })]);
    });
  }

  it("should tell the client the city's time zone", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/client-config' });
    expect(res.json<{ timeZone: string }>().timeZone).toBe('Europe/Berlin');
  });

  it('should compute the day in any zone', () => {
    const instant = new Date('2026-03-01T03:00:00Z');
    expect(today('Europe/Berlin', instant)).toBe('2026-03-01');
    expect(today('America/New_York', instant)).toBe('2026-02-28');
    expect(today('Pacific/Kiritimati', new Date('2026-02-28T11:00:00Z'))).toBe('2026-03-01');
  });
});
