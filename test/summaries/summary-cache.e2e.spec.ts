import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { Agency } from '../../src/agencies/agency.entity.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';
import { SummaryData } from '../helpers/summary-data.js';
import { useTestApp } from '../helpers/test-app.js';
import { createStandardUsers, type TestUser } from '../helpers/users.js';
import { buildScenario, type Scenario } from './summary-scenario.js';
import { formatTimestamp } from '../../src/summaries/german-format.js';

const PERIOD = 'from=2025-01-01&to=2025-12-31';

describe('GET /api/v1/summaries on unchanged and on changed data', () => {
  const t = useTestApp();
  let council: TestUser;
  let scenario: Scenario;
  let data: SummaryData;

  const summary = async (): Promise<SummaryDto> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/summaries?${PERIOD}`, headers: council.headers });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const total = (s: SummaryDto, key: string) => s.rows.find((r) => r.total)!.cells[key]?.value;

  beforeAll(async () => {
    ({ council } = await createStandardUsers(t));
    // One SummaryData, so the buildings added later get house numbers of their own.
    data = new SummaryData(t);
    scenario = await buildScenario(t, data);
  });

  it('should give the JSON and the CSV of one period from one reading of the data (same data-as-of and fingerprint)', async () => {
    const json = await summary();
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/summaries?${PERIOD}&format=csv`, headers: council.headers });
    expect(res.statusCode).toBe(200);
    const [header, ...records] = parse(res.body.replace(/^\uFEFF/, ''), { delimiter: ';' });
    const totalRecord = records.find((r) => r.includes('Gesamt'))!;
    // Local time in the city, with the zone named.
    expect(json.method.timeZone).toBe('Europe/Berlin');
    const column = (name: string) => totalRecord[header.indexOf(name)];
    expect(column('Datenstand')).toBe(`${formatTimestamp(json.method.dataAsOf, 'Europe/Berlin')} (Europe/Berlin)`);
    expect(column('Datenstand')).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr \(Europe\/Berlin\)$/);
    expect(column('Fingerabdruck (SHA-256)')).toBe(json.method.fingerprint);
    expect(new Date(json.generatedAt).getTime()).toBeGreaterThanOrEqual(new Date(json.method.dataAsOf).getTime());
  });

  it('should count a building, an operation and a decision written after a summary in the very next summary', async () => {
    const before = await summary();
    const property = await data.property(scenario.mitte.id, '2025-03-01');
    const afterProperty = await summary();
    expect(total(afterProperty, 'buildings.known')).toBe(total(before, 'buildings.known')! + 1);
    expect(afterProperty.method.fingerprint).not.toBe(before.method.fingerprint);
    expect(afterProperty.method.dataAsOf).not.toBe(before.method.dataAsOf);

    await data.operation(property, { date: '2025-03-02' });
    const afterOperation = await summary();
    expect(total(afterOperation, 'operations.total')).toBe(total(afterProperty, 'operations.total')! + 1);

    await data.decision(property, { type: 'declare_uninhabitable', effectiveDate: '2025-03-03' });
    const afterDecision = await summary();
    expect(total(afterDecision, 'inPeriod.declared')).toBe(total(afterOperation, 'inPeriod.declared')! + 1);
  });

  it('should show a new Stadtbezirk and a renamed agency in the very next summary', async () => {
    const before = await summary();
    await data.district('Ost', '400', 'bezirk', [6.8, 51.4, 6.9, 51.5]);
    await t.dataSource.getRepository(Agency).update({ code: 'bauaufsicht' }, { name: 'Bauordnungsamt' });
    const after = await summary();
    expect(after.rows.map((r) => r.label)).toContain('Ost');
    expect(before.rows.map((r) => r.label)).not.toContain('Ost');
    expect(JSON.stringify(after.figures)).toContain('Bauordnungsamt');
    expect(JSON.stringify(before.figures)).not.toContain('Bauordnungsamt');
  });
});
