import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../src/summaries/summary-figures.js';
import { suppressTable } from '../../src/summaries/summary-report.js';
import { determinedCells, suppressCells } from '../../src/summaries/suppression.js';

const PARTS = ['persons.shelter', 'persons.owner', 'persons.self', 'persons.unknown'];
const KEYS = ['persons.affected', ...PARTS, 'persons.children', 'registration.deregistered'];

/** District rows with whereabouts adding up to the people affected, and the city total as the column sums. */
const tableArbitrary = fc
  .record({
    rows: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 40 })), { minLength: 6, maxLength: 6 }), {
      minLength: 1,
      maxLength: 7,
    }),
    minCell: fc.integer({ min: 2, max: 5 }),
  })
  .map(({ rows, minCell }) => {
    const districtRows: FigureRow[] = rows.map((v, i) => {
      const values: Record<string, number> = {
        'persons.shelter': v[0],
        'persons.owner': v[1],
        'persons.self': v[2],
        'persons.unknown': v[3],
        'persons.children': v[4],
        'registration.deregistered': v[5],
      };
      values['persons.affected'] = v[0] + v[1] + v[2] + v[3];
      return { districtId: `d${i}`, label: `Bezirk ${i}`, total: false, values };
    });
    const total: FigureRow = {
      districtId: null,
      label: 'Gesamt',
      total: true,
      values: Object.fromEntries(KEYS.map((k) => [k, districtRows.reduce((s, r) => s + (r.values[k] ?? 0), 0)])),
    };
    return { rows: [...districtRows, total], minCell };
  });

/** What a reader can write down from the published table: one equation per column and per row relation. */
function readerEquations(rows: readonly FigureRow[]): Array<{ total: string; parts: string[] }> {
  const cell = (r: number, k: string) => `${r}:${k}`;
  const totalRow = rows.length - 1;
  const columns = KEYS.map((k) => ({ total: cell(totalRow, k), parts: rows.slice(0, -1).map((_, r) => cell(r, k)) }));
  const whereabouts = rows.map((_, r) => ({ total: cell(r, 'persons.affected'), parts: PARTS.map((p) => cell(r, p)) }));
  return [...columns, ...whereabouts];
}

/** An attacker independent of the implementation: floating-point Gauss–Jordan on the hidden cells. */
function recomputable(equations: ReturnType<typeof readerEquations>, hidden: readonly string[]): string[] {
  const index = new Map(hidden.map((c, i) => [c, i]));
  const m = equations
    .map((e) => {
      const row = new Array<number>(hidden.length).fill(0);
      if (index.has(e.total)) row[index.get(e.total)!] += 1;
      for (const p of e.parts) if (index.has(p)) row[index.get(p)!] -= 1;
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < hidden.length && r < m.length; c++) {
    let best = r;
    for (let i = r; i < m.length; i++) if (Math.abs(m[i][c]) > Math.abs(m[best][c])) best = i;
    if (Math.abs(m[best][c]) < 1e-9) continue;
    [m[r], m[best]] = [m[best], m[r]];
    const p = m[r][c];
    m[r] = m[r].map((v) => v / p);
    for (let i = 0; i < m.length; i++) if (i !== r && Math.abs(m[i][c]) > 1e-12) m[i] = m[i].map((v, j) => v - m[i][c] * m[r][j]);
    pivots.push(c);
    r += 1;
  }
  return pivots.filter((c, i) => m[i].every((v, j) => j === c || Math.abs(v) < 1e-9)).map((c) => hidden[c]);
}

describe('suppressTable', () => {
  it('should never publish a person count between 1 and the minimum, and leave no hidden cell recomputable from the totals', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ rows, minCell }) => {
        const marks = suppressTable(rows, KEYS, minCell);
        const hidden: string[] = [];
        rows.forEach((row, r) =>
          KEYS.forEach((k) => {
            const v = row.values[k] ?? 0;
            const mark = marks.get(`${r}:${k}`);
            if (!mark) expect(v === 0 || v >= minCell).toBe(true);
            if (v >= 1 && v < minCell) expect(mark).toBe('primary');
            if (v === 0) expect(mark).not.toBe('primary');
            if (mark) hidden.push(`${r}:${k}`);
          }),
        );
        const equations = readerEquations(rows);
        for (const e of equations) expect([e.total, ...e.parts].filter((c) => hidden.includes(c)).length).not.toBe(1);
        expect(recomputable(equations, hidden)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('should hide nothing when no person count is small', () => {
    const rows: FigureRow[] = [
      {
        districtId: 'a',
        label: 'A',
        total: false,
        values: {
          'persons.affected': 7,
          'persons.shelter': 7,
          'persons.owner': 0,
          'persons.self': 0,
          'persons.unknown': 0,
          'persons.children': 3,
          'registration.deregistered': 0,
        },
      },
      {
        districtId: null,
        label: 'Gesamt',
        total: true,
        values: {
          'persons.affected': 7,
          'persons.shelter': 7,
          'persons.owner': 0,
          'persons.self': 0,
          'persons.unknown': 0,
          'persons.children': 3,
          'registration.deregistered': 0,
        },
      },
    ];
    expect(suppressTable(rows, KEYS, 3).size).toBe(0);
  });
});

describe('suppressCells', () => {
  // Cells 0..3 are districts, 4 their total.
  const column = (values: number[]) => ({
    values: [...values, values.reduce((a, b) => a + b, 0)],
    lines: [{ total: values.length, parts: values.map((_, i) => i) }],
    minCell: 3,
  });

  it('should hide the next-smallest cell of a line in which exactly one cell is small', () => {
    expect(suppressCells(column([2, 8, 5, 20]))).toEqual(['primary', null, 'secondary', null, null]);
  });

  it('should hide the totals too when a small count is the only one in its column', () => {
    expect(suppressCells(column([0, 2, 0, 0]))).toEqual([null, 'primary', null, null, 'primary']);
  });

  it('should choose a further partner when the bounds a reader knows (1..2 hidden, at least 3 for "x") would pin the small cell', () => {
    // 1 + 3 = 4 with the 3 known to be at least 3 gives 1 away; adding the 5 leaves 1 or 2 possible.
    expect(suppressCells(column([1, 3, 5, 9]))).toEqual(['primary', 'secondary', 'secondary', null, null]);
  });

  it('should find cells that only a combination of lines gives away', () => {
    // Row relation a = b + c and column relation a + d = t: with a, b hidden, c, d, t published, both follow.
    const lines = [
      { total: 0, parts: [1, 2] },
      { total: 4, parts: [0, 3] },
    ];
    expect([...determinedCells(lines, new Set([0, 1]))].sort()).toEqual([0, 1]);
    expect([...determinedCells(lines, new Set([0, 1, 2, 3]))]).toEqual([]);
  });
});
