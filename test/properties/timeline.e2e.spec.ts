import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { declarationBasis, fileOperation, operationBody } from '../operations/operation-bodies.js';
import { createProperty } from './property-factory.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import type { ProblemBody } from '../../src/common/problem.js';

interface Item {
  kind: string;
  date: string;
  id: string;
  operation?: { findings: Array<{ category: string }>; measures: Array<{ type: string }>; state: string };
  measure?: { type: string };
  decision?: { type: string };
  amendment?: { reason: string };
}

describe('GET /api/v1/properties/:id/timeline', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let propertyId: string;
  const ids: Record<string, string> = {};

  const timeline = async (user = users.lead, id = propertyId) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${id}/timeline`, headers: user.headers });
    const body = res.json<{ items?: Item[] } & Partial<ProblemBody>>();
    return { status: res.statusCode, items: body.items ?? [], body };
  };
  const summary = (items: Item[]) => items.map((i) => `${i.date} ${i.kind} ${i.measure?.type ?? i.decision?.type ?? ''}`.trim());

  beforeAll(async () => {
    propertyId = (await createProperty(t, users.lead)).id;
    const op1 = await fileOperation(t, users.inspector, propertyId, {
      date: '2025-01-10',
      measures: [
        { type: 'repair_order', date: '2025-01-10', visibility: 'taskforce' },
        { type: 'fine_proceedings', date: '2025-01-12', visibility: 'agency' },
      ],
    });
    ids.op1 = op1.id;
    ids.op2 = (
      await fileOperation(t, users.jugendamtInspector, propertyId, {
        date: '2025-02-01',
        agencyCodes: ['jugendamt'],
        findings: [{ category: 'child_welfare', severity: 'minor', description: 'Kinder ohne Schlafplatz', visibility: 'agency' }],
        occupancyCounts: [],
        measures: [{ type: 'child_protection', date: '2025-02-01', visibility: 'agency' }],
      })
    ).id;
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/operations',
      headers: users.jugendamtInspector.headers,
      payload: operationBody(propertyId, { date: '2025-02-15', agencyCodes: ['jugendamt'], findings: [], occupancyCounts: [], measures: [] }),
    });
    ids.draft = draft.json<OperationDto>().id;
    const amendment = await t.app.inject({
      method: 'POST',
      url: `/api/v1/operations/${ids.op1}/amendments`,
      headers: users.inspector.headers,
      payload: { reason: 'Notiz korrigiert', changes: { notes: 'Keller nass' } },
    });
    if (amendment.statusCode !== 201) throw new Error(amendment.body);
    const decision = await t.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${propertyId}/decisions`,
      headers: users.lead.headers,
      payload: { type: 'declare_uninhabitable', effectiveDate: '2025-03-01', basisFindingIds: await declarationBasis(t, propertyId) },
    });
    if (decision.statusCode !== 201) throw new Error(decision.body);
  });

  it("should merge operations, measures, decisions and amendments in date order, without other agencies' agency items", async () => {
    const { status, items } = await timeline(users.lead);
    expect(status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(summary(items)).toEqual([
      '2025-01-10 operation',
      '2025-01-10 measure repair_order',
      '2025-01-12 measure fine_proceedings',
      '2025-02-01 operation',
      '2025-03-01 decision declare_uninhabitable',
      `${today} amendment`,
    ]);
    const op2 = items.find((i) => i.id === ids.op2)!;
    expect(op2.operation?.findings).toEqual([]);
    expect(op2.operation?.measures).toEqual([]);
    expect(items.find((i) => i.kind === 'amendment')?.amendment?.reason).toBe('Notiz korrigiert');
    expect(items.some((i) => i.id === ids.draft)).toBe(false);
  });

  it("should show the Jugendamt its own agency items and own draft, but not the Ordnungsamt's", async () => {
    const { items } = await timeline(users.jugendamtInspector);
    expect(summary(items)).toEqual([
      '2025-01-10 operation',
      '2025-01-10 measure repair_order',
      '2025-02-01 operation',
      '2025-02-01 measure child_protection',
      '2025-02-15 operation',
      '2025-03-01 decision declare_uninhabitable',
      `${new Date().toISOString().slice(0, 10)} amendment`,
    ]);
    expect(items.find((i) => i.id === ids.op1)?.operation?.measures.map((m) => m.type)).toEqual(['repair_order']);
    expect(items.find((i) => i.id === ids.op2)?.operation?.findings.map((f) => f.category)).toEqual(['child_welfare']);
    expect(items.find((i) => i.id === ids.draft)?.operation?.state).toBe('draft');
  });

  it('should answer 404 for an unknown property and 400 for a malformed id', async () => {
    const missing = await timeline(users.lead, randomUUID());
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('property_not_found');
    const bad = await timeline(users.lead, 'x');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0].field).toBe('id');
  });
});
