import { hash } from 'node:crypto';

/**
 * The cell key method (Zellschlüsselverfahren) of the official statistics for the person counts of council
 * summaries: every record carries a secret random key, a cell's key is the sum of its records' keys, and the
 * published count is the true count plus a deviation drawn from a fixed table with that key. The same records always
 * give the same deviation, so asking again, for another period or after an unrelated write cannot average the noise
 * away, and no two published figures differ by exactly the people one record added. Counts from 1 to the minimum
 * minus one are shown as "< minimum" (primary suppression); 0 is shown as it is.
 */

/** Record and cell keys are whole numbers below 2^32; a cell key divided by this is uniform on [0, 1). */
export const KEY_RANGE = 2 ** 32;

/** The largest deviation of a published person count from the true one. */
export const MAX_DEVIATION = 2;

/** The spread of the deviations before they are centred: a normal distribution with sigma 1, cut at ±2. */
const VARIANCE = 1;

export interface PerturbationParameters {
  /** Counts 1..minCell-1 are shown as "< minCell"; published counts are never below minCell. */
  minCell: number;
}

export interface PerturbationRow {
  /** Published values in ascending order, each with its probability. */
  published: number[];
  probabilities: number[];
}

/** A record's key: the first 32 bits of SHA-256 over the installation's secret, its table and its id. */
export function recordKey(secret: string, table: string, id: string): number {
  return Number.parseInt(hash('sha256', `${secret}\u0000${table}\u0000${id}`).slice(0, 8), 16);
}

/** A cell's key from the sum of its records' keys (the sum may exceed the range; only its remainder counts). */
export function cellKey(keySum: number): number {
  return (keySum % KEY_RANGE) / KEY_RANGE;
}

/** Whether a true count is shown as "< minCell" instead of a number. */
function isSmallCount(value: number, { minCell }: PerturbationParameters): boolean {
  return value >= 1 && value < minCell;
}

const rows = new Map<string, PerturbationRow>();

/**
 * The row of the perturbation table for a true count of 0 or at least the minimum: 0 stays 0; any other count may be
 * published as a value within ±2 that is at least the minimum. The probabilities follow a normal distribution around
 * the true count, tilted (exponentially) until the mean deviation is zero, so sums stay unbiased. The minimum itself
 * (nothing may be published below it) is published as it is. Counts from minCell + 2 on share one row, shifted.
 */
export function perturbationRow(value: number, parameters: PerturbationParameters): PerturbationRow {
  const { minCell } = parameters;
  if (isSmallCount(value, parameters)) throw new RangeError(`a count of ${value} is shown as "< ${minCell}", not perturbed`);
  const base = Math.min(value, minCell + MAX_DEVIATION);
  const id = `${minCell}:${base}`;
  let row = rows.get(id);
  if (!row) rows.set(id, (row = tableRow(base, minCell)));
  if (base === value) return row;
  return { published: row.published.map((w) => w + value - base), probabilities: row.probabilities };
}

function tableRow(value: number, minCell: number): PerturbationRow {
  const published: number[] = [];
  for (let w = value - MAX_DEVIATION; w <= value + MAX_DEVIATION; w++) if (w >= minCell) published.push(w);
  if (value === 0 || published[0] >= value) return { published: [value], probabilities: [1] };
  const weights = published.map((w) => Math.exp(-((w - value) ** 2) / (2 * VARIANCE)));
  const tilt = unbiasedTilt(published, weights, value);
  const tilted = weights.map((g, i) => g * Math.exp(tilt * (published[i] - value)));
  const sum = tilted.reduce((s, p) => s + p, 0);
  return { published, probabilities: tilted.map((p) => p / sum) };
}

/** The published count for a true count and a cell key in [0, 1); null for a count shown as "< minCell". */
export function perturb(value: number, key: number, parameters: PerturbationParameters): number | null {
  if (isSmallCount(value, parameters)) return null;
  const { published, probabilities } = perturbationRow(value, parameters);
  let cumulative = 0;
  for (let i = 0; i < published.length; i++) {
    cumulative += probabilities[i];
    if (key < cumulative) return published[i];
  }
  return published[published.length - 1];
}

/** The true counts a published count (null: "< minCell") may come from: what a reader who knows the table can infer from it alone. */
export function possibleTrueCounts(published: number | null, parameters: PerturbationParameters): number[] {
  const { minCell } = parameters;
  if (published === null) return Array.from({ length: minCell - 1 }, (_, i) => i + 1);
  if (published === 0) return [0];
  const result: number[] = [];
  for (let v = Math.max(minCell, published - MAX_DEVIATION); v <= published + MAX_DEVIATION; v++) {
    const row = perturbationRow(v, parameters);
    if (row.published.includes(published)) result.push(v);
  }
  return result;
}

/** The exponent λ with Σ g(w)·e^{λ(w−v)}·(w−v) = 0, by bisection (the sum grows with λ). */
function unbiasedTilt(published: readonly number[], weights: readonly number[], value: number): number {
  const mean = (lambda: number) => published.reduce((s, w, i) => s + weights[i] * Math.exp(lambda * (w - value)) * (w - value), 0);
  let low = -50;
  let high = 50;
  for (let i = 0; i < 200; i++) {
    const mid = (low + high) / 2;
    if (mean(mid) > 0) high = mid;
    else low = mid;
  }
  return (low + high) / 2;
}
