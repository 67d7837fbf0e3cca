import { beforeAll, describe, expect, it } from 'vitest';
import type { SummaryDto, SummaryRowDto } from '../../src/summaries/summaries.dto.js';
import { PROPERTY_STATUSES, STATUS_STYLE } from '../../src/properties/status-catalogue.js';
import { SECRET_STREET } from '../helpers/summary-data.js';
import { useTestApp } from '../helpers/test-app.js';
import { createStandardUsers, type TestUser } from '../helpers/users.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import { cellKey, perturb, recordKey } from '../../src/summaries/cell-key.js';
import { CURRENT, expected, FIGURE_KEYS, PERSON_KEYS, PREVIOUS_TOTAL } from './summary-expectations.js';
import { buildScenario, type Scenario } from './summary-scenario.js';

const round = (v: number | null) => (v === null ? null : Math.round(v * 1e6) / 1e6);
const ROW_LABELS = ['Nord', 'Mitte', 'Süd', 'Ohne Bezirkszuordnung', 'Gesamt'];

/** A published person count: 0 for none, no value for 1 or 2 ("< 3"), otherwise at least 3 and at most 2 away from the true count. */
function expectPublishable(published: number | null, truth: number | null) {
  if (truth === 0) expect(published).toBe(0);
  else if (truth! < 3) expect(published).toBeNull();
  else {
    expect(published).toBeGreaterThanOrEqual(3);
    expect(Math.abs(published! - truth!)).toBeLessThanOrEqual(2);
  }
}

describe('GET /api/v1/summaries (figures)', () => {
  const t = useTestApp();
  let council: TestUser;
  let scenario: Scenario;
  let summary: SummaryDto;
  const row = (label: string): SummaryRowDto => summary.rows.find((r) => r.label === label)!;
  const get = async (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/summaries?${query}`, headers: council.headers });

  beforeAll(async () => {
    ({ council } = await createStandardUsers(t));
    scenario = await buildScenario(t);
    const res = await get('from=2025-01-01&to=2025-12-31');
    expect(res.statusCode).toBe(200);
    summary = res.json();
  });

  it('should list one row per Stadtbezirk in code order, the properties without district, then the city total', () => {
    expect(summary.rows.map((r) => r.label)).toEqual(ROW_LABELS);
    expect(summary.rows.map((r) => r.districtId)).toEqual([scenario.nord.id, scenario.mitte.id, scenario.sued.id, null, null]);
    expect(summary.rows.map((r) => r.total)).toEqual([false, false, false, false, true]);
    expect(summary.period).toEqual({ from: '2025-01-01', to: '2025-12-31', days: 365 });
    expect(summary.previousPeriod).toEqual({ from: '2024-01-02', to: '2024-12-31' });
    expect(summary.figures.map((f) => f.key).sort()).toEqual([...FIGURE_KEYS].sort());
  });

  for (const label of ROW_LABELS) {
    it(`should match every hand-counted figure of ${label}, person counts within the published deviation`, () => {
      const want = expected(CURRENT[label]);
      const exact = FIGURE_KEYS.filter((k) => !PERSON_KEYS.includes(k));
      expect(Object.fromEntries(exact.map((k) => [k, round(row(label).cells[k].value)]))).toEqual(Object.fromEntries(exact.map((k) => [k, round(want[k])])));
      for (const k of PERSON_KEYS) expectPublishable(row(label).cells[k].value, want[k]);
    });
  }

  it("should publish each person count as its true count moved by the deviation its records' keys pick (cell key method)", async () => {
    const [{ value: secret }] = await t.dataSource.query<Array<{ value: string }>>("SELECT value FROM app_meta WHERE key = 'cell_key_secret'");
    const decisions = await t.dataSource.getRepository(Decision).find();
    const inPeriod = decisions.filter((d) => d.effectiveDate >= '2025-01-01' && d.effectiveDate <= '2025-12-31');
    const figures = { 'persons.affected': (d: Decision) => d.personsAffected ?? 0, 'persons.children': (d: Decision) => d.childrenAffected ?? 0 };
    for (const r of summary.rows) {
      const mine = inPeriod.filter((d) => r.total || d.districtId === r.districtId);
      for (const [key, persons] of Object.entries(figures)) {
        const contributing = mine.filter((d) => persons(d) > 0);
        const keySum = contributing.reduce((s, d) => s + recordKey(secret, 'decisions', d.id), 0);
        const truth = expected(CURRENT[r.label])[key] ?? 0;
        expect({ row: r.label, key, value: r.cells[key].value }).toEqual({ row: r.label, key, value: perturb(truth, cellKey(keySum), { minCell: 3 }) });
      }
    }
    const cells = summary.rows.flatMap((r) => PERSON_KEYS.map((k) => r.cells[k]));
    expect(cells.filter((c) => c.value !== null && c.value >= 1 && c.value < 3)).toEqual([]);
    // Nord: 2 persons affected, 1 child, 2 to the shelter in 2025, shown as "< 3" with no change computed.
    for (const key of ['persons.affected', 'persons.children', 'persons.shelter']) {
      expect(row('Nord').cells[key]).toMatchObject({ value: null, display: '< 3', change: null, changeDisplay: '–' });
    }
  });

  it('should compare with the previous period of the same length, figure by figure', () => {
    const total = row('Gesamt');
    const want = expected(PREVIOUS_TOTAL);
    const exact = FIGURE_KEYS.filter((k) => !PERSON_KEYS.includes(k));
    expect(Object.fromEntries(exact.map((k) => [k, round(total.cells[k].previous)]))).toEqual(Object.fromEntries(exact.map((k) => [k, round(want[k])])));
    for (const k of PERSON_KEYS) expectPublishable(total.cells[k].previous, want[k]);
    expect(total.cells['buildings.known']).toMatchObject({ value: 13, previous: 11, change: 2, changeDisplay: '+2' });
    expect(total.cells['sinceStart.declared']).toMatchObject({ value: 10, previous: 5, change: 5, changeDisplay: '+5' });
    expect(total.cells['status.suspected']).toMatchObject({ value: 1, previous: 5, change: -4, changeDisplay: '-4' });
    // Relatives / self-organised: 8 now (perturbed), 1 or 2 before (shown "< 3"), so no change is computed.
    expect(total.cells['persons.self']).toMatchObject({ previous: null, previousDisplay: '< 3', change: null, changeDisplay: '–' });
    expect(Math.abs(total.cells['persons.self'].value! - 8)).toBeLessThanOrEqual(2);
    expect(total.cells['daysToLifted.median']).toMatchObject({ value: 590, previous: null, previousDisplay: '–', change: null, changeDisplay: '–' });
    for (const r of summary.rows) {
      for (const k of FIGURE_KEYS) {
        const c = r.cells[k];
        if (c.value !== null && c.previous !== null) expect(round(c.change)).toBe(round(c.value - c.previous));
      }
    }
  });

  it('should format German numbers for display', () => {
    expect(row('Gesamt').cells['daysToLifted.q3'].display).toBe('679,5');
    expect(row('Gesamt').cells['operations.agenciesPerOperation'].display).toBe('1,8');
    expect(row('Süd').cells['daysToLifted.q1'].display).toBe('–');
    expect(row('Ohne Bezirkszuordnung').cells['daysToLifted.median'].display).toBe('–');
  });

  it('should give the chart data: status per district, declarations and re-lettings per quarter, the district map', () => {
    expect(summary.charts.statusBars.map((b) => [b.label, b.counts])).toEqual([
      ['Nord', { suspected: 0, inspected: 1, uninhabitable: 1, renovation: 0, released: 0, relet: 1, closed: 0 }],
      ['Mitte', { suspected: 0, inspected: 0, uninhabitable: 2, renovation: 0, released: 0, relet: 0, closed: 1 }],
      ['Süd', { suspected: 1, inspected: 1, uninhabitable: 1, renovation: 0, released: 1, relet: 2, closed: 0 }],
      ['Ohne Bezirkszuordnung', { suspected: 0, inspected: 0, uninhabitable: 1, renovation: 0, released: 0, relet: 0, closed: 0 }],
    ]);
    expect(summary.charts.quarterly).toEqual([
      { quarter: '2024-Q1', declared: 0, relet: 0 },
      { quarter: '2024-Q2', declared: 1, relet: 0 },
      { quarter: '2024-Q3', declared: 0, relet: 0 },
      { quarter: '2024-Q4', declared: 1, relet: 0 },
      { quarter: '2025-Q1', declared: 1, relet: 0 },
      { quarter: '2025-Q2', declared: 2, relet: 2 },
      { quarter: '2025-Q3', declared: 1, relet: 0 },
      { quarter: '2025-Q4', declared: 1, relet: 0 },
    ]);
    // The client draws the report's own scenes: districts with their values, the outline attribution, statuses in stacking order.
    const map = summary.charts.scenes.choropleth.shapes;
    const districts = map.flatMap((shape) => (shape.kind === 'path' ? [shape] : []));
    expect(districts.map((d) => d.tip)).toEqual(['Nord: 1', 'Mitte: 2', 'Süd: 1']);
    expect(districts.every((d) => /^M[\d. L]+Z$/.test(d.d) && d.data?.['district-id'])).toBe(true);
    expect(map.some((shape) => shape.kind === 'text' && shape.text.includes('OpenStreetMap'))).toBe(true);
    const labels = PROPERTY_STATUSES.map((status) => STATUS_STYLE[status].labelDe);
    const legend = summary.charts.scenes.statusBars.shapes.flatMap((shape) => (shape.kind === 'text' && labels.includes(shape.text) ? [shape.text] : []));
    expect(legend).toEqual(labels);
  });

  it('should state the method with a definition of every figure and a reproducible fingerprint', async () => {
    const m = summary.method;
    expect(m.definitions.map((d) => d.key)).toEqual(summary.figures.map((f) => f.key));
    expect(m.definitions.every((d) => d.definition.length > 20)).toBe(true);
    expect(m.period).toContain('01.01.2025 bis 31.12.2025');
    expect(m.perturbationRule).toContain('Cell-Key-Verfahren');
    expect(m.perturbationRule).toContain('± 2');
    expect(m.perturbationRule).toContain('Personenzahlen von 1 bis 2 werden als „< 3“ ausgewiesen');
    expect([m.minCell, m.maxDeviation]).toEqual([3, 2]);
    expect(m.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(m.dataAsOf)).toBeGreaterThan(0);
    const again = (await get('from=2025-01-01&to=2025-12-31')).json<SummaryDto>();
    expect(again.method.fingerprint).toBe(m.fingerprint);
    const other = (await get('from=2025-01-01&to=2025-12-30')).json<SummaryDto>();
    expect(other.method.fingerprint).not.toBe(m.fingerprint);
  });

  it('should show one Stadtbezirk alone, with exactly its cells of the full summary and its own figures in every chart', async () => {
    const res = await get(`from=2025-01-01&to=2025-12-31&district=${scenario.mitte.id}`);
    expect(res.statusCode).toBe(200);
    const one = res.json<SummaryDto>();
    expect(one.district).toEqual({ id: scenario.mitte.id, name: 'Mitte' });
    expect(one.rows.map((r) => r.label)).toEqual(['Mitte']);
    expect(one.rows[0].cells).toEqual(row('Mitte').cells);
    expect(one.charts.statusBars.map((b) => b.label)).toEqual(['Mitte']);
    expect(one.charts.quarterly.reduce((s, q) => s + q.declared, 0)).toBe(3);
    expect(one.method.fingerprint).toBe(summary.method.fingerprint);
  });

  it('should never contain addresses or per-building data', async () => {
    const res = await get('from=2025-01-01&to=2025-12-31');
    expect(res.body).not.toContain(SECRET_STREET);
    expect(res.body).not.toContain('47051');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
