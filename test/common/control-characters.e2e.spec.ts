import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';
import { createUser, type TestUser } from '../helpers/users.js';
import type { ProblemBody } from '../../src/common/problem.js';

describe('free text with control characters', () => {
  const t = useTestApp();
  let lead: TestUser;
  beforeAll(async () => {
    lead = await createUser(t, 'lead');
  });

  const property = { street: 'Amselweg', houseNumber: '3', postcode: '47166', city: 'Duisburg', lat: 51.49, lon: 6.78, origin: 'complaint' };
  const cases: Array<[string, string, Record<string, unknown>, string]> = [
    ['a property street', '/api/v1/properties', { ...property, street: 'Amsel\u0000weg' }, 'street'],
    ['a property note', '/api/v1/properties', { ...property, note: 'Hinweis\u0007' }, 'note'],
    ['a party name', '/api/v1/parties', { kind: 'company', name: 'Firma\u0000 GmbH' }, 'name'],
    ['a party alias', '/api/v1/parties', { kind: 'company', name: 'Firma GmbH', aliases: ['Alt\u0000name'] }, 'aliases'],
  ];

  for (const [what, url, payload, field] of cases) {
    it(`should refuse ${what} with a NUL or bell character as 400 naming the field, on either database`, async () => {
      const res = await t.app.inject({ method: 'POST', url, headers: lead.headers, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors?.map((e: { field: string }) => e.field)).toContain(field);
    });
  }

  it('should keep line breaks and tabs in notes', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/properties',
      headers: lead.headers,
      payload: { ...property, note: 'Zeile 1\nZeile 2\tEnde' },
    });
    expect(res.statusCode).toBe(201);
    const [row] = await t.dataSource.query<Array<{ note: string }>>(
      `SELECT note FROM properties WHERE id = ${t.dataSource.options.type === 'postgres' ? '$1' : '?'}`,
      [res.json<{ id: string }>().id],
    );
    expect(row.note).toBe('Zeile 1\nZeile 2\tEnde');
  });
});
