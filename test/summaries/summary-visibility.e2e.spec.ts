import { beforeAll, describe, expect, it } from 'vitest';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';
import { cityToday } from '../helpers/city-day.js';
import { SummaryData } from '../helpers/summary-data.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, type TestUser } from '../helpers/users.js';
import { fileOperation } from '../operations/operation-bodies.js';

describe('council summaries count only what every reader may see', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let operation: OperationDto;

  beforeAll(async () => {
    const data = new SummaryData(t);
    const district = await data.district('Hamborn', '200');
    const property = await data.property(district.id, '2024-01-01');
    operation = await fileOperation(t, users.jugendamtInspector, property.id, { agencyCodes: ['jugendamt', 'ordnungsamt'], measures: [] });
  });

  const today = cityToday();
  const from = `${today.slice(0, 4)}-01-01`;
  /** Every cell of the summary, district rows and total, as one reader gets it. */
  const figures = async (user: TestUser) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/summaries?from=${from}&to=${today}`, headers: user.headers });
    expect(res.statusCode).toBe(200);
    return Object.fromEntries(res.json<SummaryDto>().rows.map((r) => [r.label, Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value]))]));
  };
  const readers = () => [users.council, users.lead, users.jugendamtLead];
  const addMeasure = async (visibility: 'agency' | 'taskforce') => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operations/${operation.id}/amendments`,
      headers: users.jugendamtInspector.headers,
      payload: { reason: 'Maßnahme nachgetragen', addMeasures: [{ type: 'child_protection', date: today, deadline: today, personsCount: 3, visibility }] },
    });
    expect(res.statusCode).toBe(201);
  };

  it('should leave every figure of every reader unchanged when an agency adds a measure it keeps for itself', async () => {
    const before = await Promise.all(readers().map(figures));
    await addMeasure('agency');
    const after = await Promise.all(readers().map(figures));
    expect(after).toEqual(before);
    expect(before[0].Hamborn['measures.type.child_protection']).toBe(0);
    expect(before[0].Hamborn['measures.agency.jugendamt']).toBe(0);
  });

  it('should count the same measure for everyone once it is shared with the taskforce', async () => {
    const before = await figures(users.lead);
    await addMeasure('taskforce');
    for (const reader of readers()) {
      const after = await figures(reader);
      expect(after.Hamborn['measures.type.child_protection'], reader.role).toBe(before.Hamborn['measures.type.child_protection']! + 1);
      expect(after.Gesamt['measures.total'], reader.role).toBe(before.Gesamt['measures.total']! + 1);
      expect(after.Hamborn['measures.agency.jugendamt'], reader.role).toBe(1);
    }
  });

  it('should say so in the method text', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/summaries?from=${from}&to=${today}`, headers: users.council.headers });
    expect(res.json<SummaryDto>().method.visibilityRule).toContain('nur für sich führt');
  });
});
