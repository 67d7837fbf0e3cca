import { beforeAll, describe, expect, it } from 'vitest';
import { District } from '../../src/districts/district.entity.js';
import { bringToStatus } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { createProperty, importTestDistricts, TEST_CITY } from './property-factory.js';

interface Page {
  items: Array<{ id: string; address: { street: string; houseNumber: string; label: string }; status: string; districtId: string | null }>;
  nextCursor: string | null;
}

describe('GET /api/v1/properties', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let ortsteil901: District;
  const ids: Record<string, string> = {};

  const list = async (query: string, user = users.inspector) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/properties${query}`, headers: user.headers });
    return { status: res.statusCode, body: res.json<Page & { code?: string; errors?: Array<{ field: string }> }>() };
  };

  beforeAll(async () => {
    await importTestDistricts(t);
    ortsteil901 = await t.dataSource.getRepository(District).findOneByOrFail({ city: TEST_CITY, code: '901' });
    // Seven properties: five in Ortsteil 901 (lon 6.705), two in Bezirk 800 (lon 6.73).
    const specs: Array<[string, string, string, number]> = [
      ['a9', 'Ährenweg', '9', 6.705],
      ['a10', 'Ährenweg', '10', 6.705],
      ['b1', 'Bahnhofstraße', '1', 6.705],
      ['b2', 'Bahnhofstraße', '2', 6.73],
      ['c5', 'Carl-Benz-Str.', '5', 6.705],
      ['d1', 'Dorfstraße', '1', 6.73],
      ['z100', 'Zechenweg', '100', 6.705],
    ];
    for (const [key, street, houseNumber, lon] of specs) {
      ids[key] = (await createProperty(t, users.lead, { street, houseNumber, lon, postcode: key === 'z100' ? '01228' : '47166' })).id;
    }
    await bringToStatus(t, ids.b2, 'uninhabitable');
    await bringToStatus(t, ids.c5, 'relet');
  });

  it('should page through every property in address order without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { status, body }: { status: number; body: Page } = await list(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(3);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([ids.a9, ids.a10, ids.b1, ids.b2, ids.c5, ids.d1, ids.z100]);
  });

  it('should answer a null nextCursor when everything fits on one page', async () => {
    const { body } = await list('?limit=200');
    expect(body.items).toHaveLength(7);
    expect(body.nextCursor).toBeNull();
  });

  it('should filter by a comma list of statuses', async () => {
    const { body } = await list('?status=uninhabitable,relet');
    expect(body.items.map((i) => i.id)).toEqual([ids.b2, ids.c5]);
    expect(body.items[0]).toMatchObject({ status: 'uninhabitable' });
  });

  it('should filter by Stadtbezirk or Ortsteil id', async () => {
    const { body } = await list(`?districtId=${ortsteil901.id}`);
    expect(body.items.map((i) => i.id)).toEqual([ids.a9, ids.a10, ids.b1, ids.c5, ids.z100]);
  });

  it.each([
    ['bahnhof', ['b1', 'b2']],
    ['BAHNHOFSTRASSE 2', ['b2']],
    ['ährenweg', ['a9', 'a10']],
    ['Ährenweg 10', ['a10']],
    ['carl benz straße', ['c5']],
    ['01228', ['z100']],
    ['100%', []],
    // Pasted from a letter or an e-mail: street, number, postcode and city.
    [`Bahnhofstraße 2, 47166 ${TEST_CITY}`, ['b2']],
    [`Carl-Benz-Str. 5 47166 ${TEST_CITY}`, ['c5']],
    ['Ährenweg 1', ['a10']],
    ['zechenweg 0100', ['z100']],
    ['4716', ['a9', 'a10', 'b1', 'b2', 'c5', 'd1']],
    ['Dorfstraße 1, 47166 Anderswo', []],
  ])('should find %j in street, number, postcode or city, ignoring case', async (q, expected) => {
    const { status, body } = await list(`?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.items.map((i) => i.id)).toEqual(expected.map((k) => ids[k]));
  });

  it('should combine filters and paging', async () => {
    const first = await list(`?districtId=${ortsteil901.id}&status=suspected&limit=2`);
    expect(first.body.items.map((i) => i.id)).toEqual([ids.a9, ids.a10]);
    const second = await list(`?districtId=${ortsteil901.id}&status=suspected&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((i) => i.id)).toEqual([ids.b1, ids.z100]);
    expect(second.body.nextCursor).toBeNull();
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=201', 'limit'],
    ['?limit=abc', 'limit'],
    ['?status=demolished', 'status'],
    ['?districtId=123', 'districtId'],
    ['?cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['?sort=street', 'sort'],
    [`?q=${'x'.repeat(201)}`, 'q'],
  ])('should refuse %s with 400 naming %s', async (query, field) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(body.errors?.map((e) => e.field)).toContain(field);
  });

  it('should treat an empty search box as no filter', async () => {
    expect((await list('?q=%20&status=')).body.items).toHaveLength(7);
  });

  it('should refuse the council with 403', async () => {
    expect((await list('', users.council)).status).toBe(403);
  });
});
