import { describe, expect, it } from 'vitest';
import { cellKey, KEY_RANGE, MAX_DEVIATION, perturb, perturbationRow, possibleTrueCounts, recordKey } from '../../src/summaries/cell-key.js';

const MIN_CELLS = [1, 2, 3, 4, 5, 10];

describe('perturbation table of the cell key method', () => {
  for (const minCell of MIN_CELLS) {
    it(`should give 0 and every count from ${minCell} to 200 an unbiased row within ± 2 that never publishes below ${minCell}`, () => {
      expect(perturbationRow(0, { minCell })).toEqual({ published: [0], probabilities: [1] });
      for (let value = minCell; value <= 200; value++) {
        const { published, probabilities } = perturbationRow(value, { minCell });
        expect(probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
        expect(probabilities.every((p) => p > 0)).toBe(true);
        expect(published.reduce((s, w, i) => s + (w - value) * probabilities[i], 0)).toBeCloseTo(0, 9);
        expect(published.every((w) => Math.abs(w - value) <= MAX_DEVIATION && w >= minCell)).toBe(true);
      }
    });
  }

  it('should show 1 and 2 as "< 3" and spread larger counts over ± 2 without going below 3 (minimum 3)', () => {
    expect([1, 2].map((v) => perturb(v, 0.5, { minCell: 3 }))).toEqual([null, null]);
    expect(() => perturbationRow(2, { minCell: 3 })).toThrow(RangeError);
    expect(perturbationRow(3, { minCell: 3 }).published).toEqual([3]);
    expect(perturbationRow(4, { minCell: 3 }).published).toEqual([3, 4, 5, 6]);
    expect(perturbationRow(1000, { minCell: 3 }).published).toEqual([998, 999, 1000, 1001, 1002]);
    const row = perturbationRow(1000, { minCell: 3 });
    expect(row.probabilities[0]).toBeCloseTo(row.probabilities[4], 12);
    expect(row.probabilities[2]).toBeGreaterThan(row.probabilities[1]);
  });

  it('should draw each published value for the share of cell keys its probability says', () => {
    const keys = 100_000;
    for (const value of [4, 5, 7, 50]) {
      const { published, probabilities } = perturbationRow(value, { minCell: 3 });
      const counts = new Map<number | null, number>();
      for (let i = 0; i < keys; i++) {
        const w = perturb(value, (i + 0.5) / keys, { minCell: 3 });
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
      expect([...counts.keys()].sort((a, b) => a! - b!)).toEqual(published);
      published.forEach((w, i) => expect(Math.abs(counts.get(w)! / keys - probabilities[i])).toBeLessThan(1e-4));
    }
  });

  it('should let a reader who knows the table narrow a published count to several true counts, never to one small one', () => {
    expect(possibleTrueCounts(null, { minCell: 3 })).toEqual([1, 2]);
    expect(possibleTrueCounts(0, { minCell: 3 })).toEqual([0]);
    for (let published = 3; published <= 60; published++) expect(possibleTrueCounts(published, { minCell: 3 }).length).toBeGreaterThanOrEqual(2);
    for (let value = 0; value <= 60; value++) {
      for (const key of [0, 0.2, 0.5, 0.8, 0.999]) expect(possibleTrueCounts(perturb(value, key, { minCell: 3 }), { minCell: 3 })).toContain(value);
    }
  });
});

describe('record and cell keys', () => {
  it('should give a record the same key every time, and another key for another secret, table or id', () => {
    const key = recordKey('secret', 'decisions', 'a');
    expect(recordKey('secret', 'decisions', 'a')).toBe(key);
    expect(new Set([key, recordKey('other', 'decisions', 'a'), recordKey('secret', 'measures', 'a'), recordKey('secret', 'decisions', 'b')]).size).toBe(4);
    expect(Number.isInteger(key) && key >= 0 && key < KEY_RANGE).toBe(true);
  });

  it('should spread cell keys evenly over [0, 1) from the sum of record keys', () => {
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) buckets[Math.floor(cellKey(recordKey('s', 't', `a${i}`) + recordKey('s', 't', `b${i}`)) * 10)] += 1;
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
    expect(cellKey(KEY_RANGE + 5)).toBe(cellKey(5));
  });
});
