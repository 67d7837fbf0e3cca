/**
 * Statistical disclosure control for person counts (DESIGN §4). Cells are numbered; a line says that one
 * published cell is the sum of others (a district column adding up to the city total, or the people
 * affected adding up to where they went). Primary suppression hides counts 1..min-1; secondary
 * suppression hides further cells until no hidden cell can be recomputed from what is published.
 */
export type Suppression = 'primary' | 'secondary';

export interface Line {
  total: number;
  parts: readonly number[];
}

export interface SuppressionInput {
  values: readonly number[];
  lines: readonly Line[];
  minCell: number;
}

export function suppressCells({ values, lines, minCell }: SuppressionInput): Array<Suppression | null> {
  const marks: Array<Suppression | null> = values.map((v) => (v >= 1 && v < minCell ? 'primary' : null));
  const linesOf = indexLines(values.length, lines);
  const suppressed = () => new Set(marks.flatMap((m, i) => (m ? [i] : [])));

  // The classic rule first: a line with exactly one hidden cell gives it away, so hide the next-smallest cell of that line.
  for (let changed = true; changed;) {
    changed = false;
    lines.forEach((line, id) => {
      const cells = [line.total, ...line.parts];
      if (cells.filter((c) => marks[c]).length !== 1) return;
      const partner = partnerCandidates(values, marks, lines, [id], false)[0] ?? partnerCandidates(values, marks, lines, [id], true)[0];
      if (partner === undefined) return;
      marks[partner] = 'secondary';
      changed = true;
    });
  }

  // Guarantee: no hidden cell is a unique solution of the published line equations (lines combined, e.g. a row and a column).
  for (;;) {
    const determined = [...determinedCells(lines, suppressed())].sort((a, b) => a - b);
    if (determined.length === 0) break;
    const cell = determined[0];
    // Its own lines first; when those are all hidden, the lines of every determined cell (the chain that gives it away).
    const chain = [...new Set(determined.flatMap((c) => linesOf[c]))];
    const pool = [
      partnerCandidates(values, marks, lines, linesOf[cell], false),
      partnerCandidates(values, marks, lines, linesOf[cell], true),
      partnerCandidates(values, marks, lines, chain, false),
      partnerCandidates(values, marks, lines, chain, true),
    ].find((candidates) => candidates.length > 0);
    if (!pool) break;
    const fixing = pool.find((c) => !determinedCells(lines, new Set([...suppressed(), c])).has(cell));
    marks[fixing ?? pool[0]] = 'secondary';
  }

  // Best effort: readers know hidden primaries lie in 1..min-1 and secondaries are at least min; avoid pinning one by those bounds.
  for (let progress = true; progress;) {
    progress = false;
    for (const cell of pinnedCells(values, marks, lines, minCell)) {
      const pool = partnerCandidates(values, marks, lines, linesOf[cell], false);
      // A new partner must not itself be recomputable from the lines.
      const fixing = pool.find((c) => {
        const trial = marks.slice();
        trial[c] = 'secondary';
        return !pinnedCells(values, trial, lines, minCell).has(cell) && determinedCells(lines, new Set([...suppressed(), c])).size === 0;
      });
      if (fixing !== undefined) {
        marks[fixing] = 'secondary';
        progress = true;
        break;
      }
    }
  }
  return marks;
}

/** Published, non-zero cells on the given lines, smallest first; zeros only when `allowZero`. */
function partnerCandidates(
  values: readonly number[],
  marks: ReadonlyArray<Suppression | null>,
  lines: readonly Line[],
  lineIds: readonly number[],
  allowZero: boolean,
): number[] {
  const cells = new Set<number>();
  for (const id of lineIds) for (const c of [lines[id].total, ...lines[id].parts]) if (!marks[c] && (allowZero || values[c] > 0)) cells.add(c);
  return [...cells].sort((a, b) => values[a] - values[b] || a - b);
}

function indexLines(cellCount: number, lines: readonly Line[]): number[][] {
  const result: number[][] = Array.from({ length: cellCount }, () => []);
  lines.forEach((line, id) => {
    for (const c of new Set([line.total, ...line.parts])) result[c].push(id);
  });
  return result;
}

/**
 * Hidden cells whose value follows from the published ones: each line gives one linear equation in the
 * hidden cells; a cell is determined when its unit vector lies in the row space (exact Gauss–Jordan on integers).
 */
export function determinedCells(lines: readonly Line[], hidden: ReadonlySet<number>): Set<number> {
  const unknowns = [...hidden].sort((a, b) => a - b);
  const column = new Map(unknowns.map((cell, i) => [cell, i]));
  const rows: bigint[][] = [];
  for (const line of lines) {
    const row = new Array<bigint>(unknowns.length).fill(0n);
    let touched = false;
    const put = (cell: number, coefficient: bigint) => {
      const i = column.get(cell);
      if (i === undefined) return;
      row[i] += coefficient;
      touched = true;
    };
    put(line.total, 1n);
    for (const part of line.parts) put(part, -1n);
    if (touched) rows.push(row);
  }
  const pivotColumns: number[] = [];
  let next = 0;
  for (let col = 0; col < unknowns.length && next < rows.length; col++) {
    const found = rows.findIndex((r, i) => i >= next && r[col] !== 0n);
    if (found < 0) continue;
    [rows[next], rows[found]] = [rows[found], rows[next]];
    const pivot = rows[next];
    for (let i = 0; i < rows.length; i++) {
      if (i === next || rows[i][col] === 0n) continue;
      const factor = rows[i][col];
      rows[i] = normalise(rows[i].map((v, j) => v * pivot[col] - pivot[j] * factor));
    }
    pivotColumns.push(col);
    next += 1;
  }
  const result = new Set<number>();
  pivotColumns.forEach((col, i) => {
    if (rows[i].every((v, j) => j === col || v === 0n)) result.add(unknowns[col]);
  });
  return result;
}

function normalise(row: bigint[]): bigint[] {
  let g = 0n;
  for (const v of row) g = gcd(g, v < 0n ? -v : v);
  return g > 1n ? row.map((v) => v / g) : row;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Hidden cells whose interval, propagated through the lines from the bounds a reader knows, shrinks to one value. */
export function pinnedCells(values: readonly number[], marks: ReadonlyArray<Suppression | null>, lines: readonly Line[], minCell: number): Set<number> {
  const lo = values.map((v, i) => (marks[i] === 'primary' ? 1 : marks[i] === 'secondary' ? (v === 0 ? 0 : minCell) : v));
  const hi = values.map((v, i) => (marks[i] === 'primary' ? minCell - 1 : marks[i] === 'secondary' ? Infinity : v));
  for (let pass = 0, changed = true; changed && pass < 200; pass++) {
    changed = false;
    const tighten = (cell: number, low: number, high: number) => {
      if (low > lo[cell]) [lo[cell], changed] = [low, true];
      if (high < hi[cell]) [hi[cell], changed] = [high, true];
    };
    for (const line of lines) {
      const sumLo = line.parts.reduce((s, p) => s + lo[p], 0);
      const sumHi = line.parts.reduce((s, p) => s + hi[p], 0);
      tighten(line.total, sumLo, sumHi);
      for (const p of line.parts) {
        if (!marks[p]) continue;
        const othersHi = hi[p] === Infinity ? sumExcept(line.parts, hi, p) : sumHi - hi[p];
        tighten(p, lo[line.total] - othersHi, hi[line.total] - (sumLo - lo[p]));
      }
    }
  }
  return new Set(marks.flatMap((m, i) => (m && lo[i] === hi[i] ? [i] : [])));
}

function sumExcept(cells: readonly number[], bound: readonly number[], except: number): number {
  return cells.reduce((s, c) => (c === except ? s : s + bound[c]), 0);
}
