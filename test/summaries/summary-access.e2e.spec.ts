import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, type TestUser } from '../helpers/users.js';
import { SummaryData } from '../helpers/summary-data.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';

/** The parts of the OpenAPI document these tests read. */
interface OpenApiExcerpt {
  paths: Record<string, { get: { responses: Record<string, { content: Record<string, unknown> }>; parameters: Array<{ name: string }> } }>;
  components: { schemas: Record<string, { properties: Record<string, { additionalProperties?: { $ref: string } }> }> };
}

describe('GET /api/v1/summaries (access and input)', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let ortsteilId: string;
  const get = (user: TestUser | null, query: string) => t.app.inject({ method: 'GET', url: `/api/v1/summaries?${query}`, headers: user ? user.headers : {} });

  beforeAll(async () => {
    const data = new SummaryData(t);
    await data.district('Mitte', '500');
    ortsteilId = (await data.district('Altstadt', '501', 'ortsteil')).id;
  });

  it('should answer the council and leads', async () => {
    for (const user of [users.council, users.lead, users.jugendamtLead]) {
      const res = await get(user, 'from=2025-01-01&to=2025-12-31');
      expect(res.statusCode).toBe(200);
      expect(res.json<SummaryDto>().rows.map((r) => r.label)).toEqual(['Mitte', 'Gesamt']);
    }
  });

  it('should refuse inspectors and administrators with 403 and anonymous callers with 401', async () => {
    for (const user of [users.inspector, users.admin]) {
      const res = await get(user, 'from=2025-01-01&to=2025-12-31&format=pdf');
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ status: 403, code: 'forbidden' });
    }
    expect((await get(null, 'from=2025-01-01&to=2025-12-31')).statusCode).toBe(401);
  });

  const invalid: Array<[string, string, string]> = [
    ['a date that does not exist', 'from=2025-02-30&to=2025-12-31', 'from'],
    ['a missing end', 'from=2025-01-01', 'to'],
    ['an end before the start', 'from=2025-06-01&to=2025-05-31', 'to'],
    ['a period longer than 20 years', 'from=2000-01-01&to=2025-12-31', 'to'],
    ['a date in another format', 'from=01.01.2025&to=2025-12-31', 'from'],
    ['an unknown format', 'from=2025-01-01&to=2025-12-31&format=xlsx', 'format'],
    ['a district that is not a UUID', 'from=2025-01-01&to=2025-12-31&district=500', 'district'],
    ['an unknown parameter', 'from=2025-01-01&to=2025-12-31&street=x', 'street'],
    ['an Ortsteil instead of a Stadtbezirk', 'from=2025-01-01&to=2025-12-31&district=ORTSTEIL', 'district'],
  ];
  for (const [what, query, field] of invalid) {
    it(`should answer 400 naming the field for ${what}, and write nothing`, async () => {
      const before = await t.dataSource.getRepository(AuditEntry).count();
      const res = await get(users.council, query.replace('ORTSTEIL', ortsteilId));
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<ProblemBody>().errors?.map((e: { field: string }) => e.field)).toContain(field);
      expect(await t.dataSource.getRepository(AuditEntry).count()).toBe(before);
    });
  }

  it('should accept a period of exactly twenty years and a single day', async () => {
    expect((await get(users.council, 'from=2006-01-01&to=2025-12-31')).statusCode).toBe(200);
    const day = await get(users.council, 'from=2025-03-01&to=2025-03-01');
    expect(day.statusCode).toBe(200);
    expect(day.json<SummaryDto>().previousPeriod).toEqual({ from: '2025-02-28', to: '2025-02-28' });
  });

  it('should answer 404 for a district that does not exist', async () => {
    const res = await get(users.council, `from=2025-01-01&to=2025-12-31&district=${randomUUID()}`);
    expect(res.statusCode).toBe(404);
    expect(res.json<ProblemBody>().code).toBe('district_not_found');
  });

  it('should describe the JSON answer and the formats in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs-json' })).json<OpenApiExcerpt>();
    const op = doc.paths['/api/v1/summaries'].get;
    expect(Object.keys(op.responses['200'].content)).toEqual(['application/json', 'text/csv', 'text/html', 'application/pdf']);
    expect(op.parameters.map((p) => p.name).sort()).toEqual(['city', 'district', 'format', 'from', 'to']);
    expect(Object.keys(doc.components.schemas.SummaryDto.properties)).toEqual(
      expect.arrayContaining(['period', 'previousPeriod', 'rows', 'figures', 'charts', 'method']),
    );
    expect(doc.components.schemas.SummaryRowDto.properties.cells.additionalProperties?.$ref).toBe('#/components/schemas/SummaryCellDto');
  });
});
