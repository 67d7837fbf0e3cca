import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarise } from '../../bench/stats.js';

describe('percentile', () => {
  it('should interpolate between the closest ranks', () => {
    const samples = [10, 20, 30, 40, 50];
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile(samples, 50)).toBe(30);
    expect(percentile(samples, 100)).toBe(50);
    expect(percentile(samples, 95)).toBeCloseTo(48);
    expect(percentile([1, 2], 50)).toBe(1.5);
  });

  it('should not depend on the order of the samples nor change them', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(percentile(samples, 50)).toBe(3);
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it('should answer NaN without samples and refuse a percentile outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarise', () => {
  it('should give count, median, p95, min and max', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarise(samples)).toEqual({ count: 100, median: 50.5, p95: 95.05, min: 1, max: 100 });
  });
});

describe('ratio', () => {
  it('should say how many times better than the baseline: throughput measured/baseline, time baseline/measured', () => {
    expect(ratio('throughput', 50, 200)).toBe(0.25);
    expect(ratio('time', 100, 500)).toBe(5);
  });

  it('should answer NaN when a figure is missing or zero', () => {
    expect(ratio('time', Number.NaN, 5)).toBeNaN();
    expect(ratio('throughput', 5, 0)).toBeNaN();
  });
});
