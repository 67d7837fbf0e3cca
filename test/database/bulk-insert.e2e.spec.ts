import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bulkInsert, copyValue, insertInChunks } from '../../src/database/bulk-insert.js';
import { Party } from '../../src/parties/party.entity.js';
import { TEST_CITY_AGS, useTestApp } from '../helpers/test-app.js';

describe('copyValue', () => {
  it('should write PostgreSQL COPY text: \\N for NULL, t/f, ISO timestamps, escaped backslash, tab and line breaks', () => {
    expect([copyValue(null), copyValue(undefined), copyValue(true), copyValue(false), copyValue(12.5)]).toEqual(['\\N', '\\N', 't', 'f', '12.5']);
    expect(copyValue(new Date(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe('2025-01-02T03:04:05.000Z');
    expect(copyValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe('bulkInsert', () => {
  const t = useTestApp();

  it('should store every row with its text, NULLs and booleans unchanged, inside the caller’s transaction', async () => {
    const names = ['Müller & Söhne GmbH', 'Back\\slash\tTab', 'Zeile 1\nZeile 2\r', '\\N is not null', ''];
    const rows = names.map((name, i) => [`00000000-0000-7000-8000-00000000000${i}`, 'company', name, '[]', i % 2 ? null : `Adresse ${i}`, TEST_CITY_AGS]);
    await t.dataSource.transaction((manager) => bulkInsert(manager, 'parties', ['id', 'kind', 'name', 'aliases', 'contact_address', 'city_ags'], rows));
    const stored: Array<{ id: string; name: string; contact_address: string | null }> = await t.dataSource.query(
      'SELECT id, name, contact_address FROM parties ORDER BY id',
    );
    expect(stored.map((r) => [r.id, r.name, r.contact_address])).toEqual(rows.map((r) => [r[0], r[2], r[4]]));
  });

  it('should insert nothing when the transaction fails', async () => {
    const before: Array<{ n: number | string }> = await t.dataSource.query('SELECT COUNT(*) AS n FROM agencies');
    const attempt = t.dataSource.transaction(async (manager) => {
      await bulkInsert(manager, 'agencies', ['code', 'name', 'name_en', 'taskforce', 'active'], [['bench_a', 'A', 'A', true, false]]);
      throw new Error('abort');
    });
    await expect(attempt).rejects.toThrow('abort');
    const after: Array<{ n: number | string }> = await t.dataSource.query('SELECT COUNT(*) AS n FROM agencies');
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });
});

describe('insertInChunks', () => {
  const t = useTestApp();

  it("should leave every row object with its own id, as stored, where a multi-row repository insert's read-back can mix them up", async () => {
    const rows = ['Erste', 'Zweite', 'Dritte', 'Vierte', 'Fünfte', 'Sechste'].map((name) => ({
      id: randomUUID(),
      kind: 'company' as const,
      name,
      aliases: [],
      cityAgs: TEST_CITY_AGS,
    }));
    const own = rows.map((r) => [r.id, r.name]);
    await t.dataSource.transaction((manager) => insertInChunks(manager, Party, rows));
    expect(rows.map((r) => [r.id, r.name])).toEqual(own);
    const stored = new Map((await t.dataSource.getRepository(Party).find()).map((p) => [p.id, p.name]));
    expect(own.map(([id]) => stored.get(id))).toEqual(own.map(([, name]) => name));
  });
});
