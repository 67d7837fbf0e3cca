import type { LoggerService } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LAST_DAY } from '../../seeds/demo-data.js';
import { seedDemoData } from '../../seeds/seed-runner.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';
import { addDays } from '../../src/summaries/statistics.js';
import { pdfText } from '../helpers/pdf-text.js';
import { useTestApp } from '../helpers/test-app.js';
import { createUser, type TestUser } from '../helpers/users.js';

const quiet: LoggerService = { log: () => undefined, error: () => undefined, warn: () => undefined };
// The demo city for the last year of its history.
const PERIOD = `from=${addDays(DEMO_LAST_DAY, -364)}&to=${DEMO_LAST_DAY}`;

describe('GET /api/v1/summaries on the demo data', () => {
  const t = useTestApp({}, { withoutCity: true });
  let council: TestUser;
  let declared: number;
  let relet: number;
  const get = (format: string) => t.app.inject({ method: 'GET', url: `/api/v1/summaries?${PERIOD}&format=${format}`, headers: council.headers });

  beforeAll(async () => {
    await seedDemoData(t.app, quiet);
    council = await createUser(t, 'council', 'rat');
    // Counted straight from the decision table, the way a clerk would: ever declared; re-let after a declaration.
    const decisions = await t.dataSource.getRepository(Decision).find({ order: { effectiveDate: 'ASC', createdAt: 'ASC' } });
    const declaredOn = new Map<string, string>();
    const reletIds = new Set<string>();
    for (const d of decisions) {
      if (d.type === 'declare_uninhabitable' && !declaredOn.has(d.propertyId)) declaredOn.set(d.propertyId, d.effectiveDate);
      if (d.type === 'relet' && declaredOn.has(d.propertyId)) reletIds.add(d.propertyId);
    }
    declared = declaredOn.size;
    relet = reletIds.size;
  });

  it('should show about 150 buildings declared since the start and 23 re-let in the JSON city total', async () => {
    expect(declared).toBeGreaterThanOrEqual(145);
    expect(declared).toBeLessThanOrEqual(155);
    expect(relet).toBe(23);
    const summary = (await get('json')).json<SummaryDto>();
    const total = summary.rows.find((r) => r.total)!;
    expect(total.cells['sinceStart.declared'].value).toBe(declared);
    expect(total.cells['sinceStart.reletAfterDeclaration'].value).toBe(relet);
    expect(summary.rows.filter((r) => !r.total).map((r) => r.label)).toEqual([
      'Walsum',
      'Hamborn',
      'Meiderich/Beeck',
      'Homberg/Ruhrort/Baerl',
      'Mitte',
      'Rheinhausen',
      'Süd',
    ]);
    expect(summary.demoData).toBe(true);
    expect(summary.charts.scenes.choropleth.shapes.filter((shape) => shape.kind === 'path')).toHaveLength(7);
  });

  it('should show them in the CSV city total', async () => {
    const res = await get('csv');
    const records: Record<string, string>[] = parse(res.rawPayload, { bom: true, delimiter: ';', columns: true });
    const total = records.find((r) => r.Bezirk === 'Gesamt')!;
    expect(total['Unbewohnbar erklärt seit Beginn']).toBe(String(declared));
    expect(total['Saniert und wiedervermietet seit Beginn']).toBe(String(relet));
    expect(records).toHaveLength(8);
  });

  it('should show them in the PDF, which says it holds demo data', async () => {
    const started = performance.now();
    const res = await get('pdf');
    const elapsed = performance.now() - started;
    const { pages, text: raw } = await pdfText(res.rawPayload);
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('Lagebericht Problemimmobilien');
    expect(text).toContain('Stadt Duisburg');
    expect(text).toContain(`${declared} Unbewohnbar erklärt seit Beginn`);
    expect(text).toContain(`${relet} Saniert und wiedervermietet seit Beginn`);
    expect(text).toContain('Demodaten – fiktive Adressen');
    // Reported, never asserted: the suite has no absolute time limits.
    console.info(`demo PDF ${PERIOD}: ${pages} pages, ${res.rawPayload.length} bytes, ${Math.round(elapsed)} ms (${String(res.headers['server-timing'])})`);
  });
});
