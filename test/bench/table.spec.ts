import { describe, expect, it } from 'vitest';
import { formatMs, formatRate, formatRatio, formatTable, rowCells, type BenchRow } from '../../bench/table.js';

const row = (overrides: Partial<BenchRow> = {}): BenchRow => ({
  scenario: 'map: city view, zoom 12',
  database: 'sqlite',
  size: '100,000 bldg / 1,000,000 ops',
  medianMs: 12.34,
  p95Ms: 48.9,
  throughput: 210.4,
  throughputUnit: 'req',
  peakRssMb: 612.4,
  baseline: 3.2,
  baselineLabel: 'SQL bbox',
  ratioKind: 'time',
  ratio: 0.26,
  target: 'p95 < 50 ms',
  targetMet: true,
  note: '',
  ...overrides,
});

describe('formatMs', () => {
  it('should choose a unit and precision by size', () => {
    expect([formatMs(0.123), formatMs(12.34), formatMs(123.4), formatMs(1234), formatMs(12_345)]).toEqual(['0.12 ms', '12.3 ms', '123 ms', '1.23 s', '12.3 s']);
    expect(formatMs(Number.NaN)).toBe('–');
  });
});

describe('formatRate and formatRatio', () => {
  it('should print rates with their unit and ratios as multiples', () => {
    expect([formatRate(1234.5, 'op'), formatRate(12.34, 'req'), formatRate(0.5, 'summary')]).toEqual(['1235 op/s', '12.3 req/s', '0.50 summary/s']);
    expect([formatRatio(12.4), formatRatio(5.04), formatRatio(0.256), formatRatio(Number.NaN)]).toEqual(['12×', '5.0×', '0.26×', '–']);
  });
});

describe('rowCells', () => {
  it('should show the baseline in the unit the ratio compares and the target verdict', () => {
    expect(rowCells(row())).toEqual([
      'map: city view, zoom 12',
      'sqlite',
      '100,000 bldg / 1,000,000 ops',
      '12.3 ms',
      '48.9 ms',
      '210 req/s',
      '612 MB',
      '3.20 ms (SQL bbox)',
      '0.26×',
      'p95 < 50 ms: met',
    ]);
    const filing = rowCells(row({ ratioKind: 'throughput', throughputUnit: 'op', baseline: 800, ratio: 0.1, target: null, targetMet: null }));
    expect([filing[7], filing[8], filing[9]]).toEqual(['800 op/s (SQL bbox)', '0.10×', '']);
    expect(rowCells(row({ targetMet: false }))[9]).toBe('p95 < 50 ms: MISSED');
  });
});

describe('formatTable', () => {
  it('should print a Markdown table with aligned columns, one line per row', () => {
    const lines = formatTable([row(), row({ database: 'postgres', medianMs: 1500 })]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| scenario +\| database \| size +\| median +\| p95 +\| throughput \| peak RSS \| baseline +\| ratio \| target +\|$/);
    expect(lines[1]).toMatch(/^\| -+ \| -+ \|/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[3]).toContain('| postgres |');
    expect(lines[3]).toContain('1.50 s');
  });
});
