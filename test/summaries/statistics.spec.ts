import { describe, expect, it } from 'vitest';
import { previousPeriod } from '../../src/summaries/summaries.service.js';
import { addDays, daysBetween, quantile, quartersBetween } from '../../src/summaries/statistics.js';
import { formatChange, formatNumber } from '../../src/summaries/german-format.js';

describe('quantile', () => {
  it('should interpolate linearly between order statistics (type 7)', () => {
    expect([0.25, 0.5, 0.75].map((p) => quantile([70, 590, 769], p))).toEqual([330, 590, 679.5]);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([7], 0.25)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('dates', () => {
  it('should count days across leap years and shift dates', () => {
    expect(daysBetween('2023-07-01', '2025-02-10')).toBe(590);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('should list the quarters of a period', () => {
    expect(quartersBetween('2024-11-15', '2025-04-01')).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
  });

  it('should take the previous period of the same length', () => {
    expect(previousPeriod({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ from: '2024-01-02', to: '2024-12-31' });
    expect(previousPeriod({ from: '2025-04-01', to: '2025-06-30' })).toEqual({ from: '2024-12-31', to: '2025-03-31' });
  });
});

describe('German number format', () => {
  it('should use a decimal comma, thousands dots only for display, and signed changes', () => {
    expect(formatNumber(1234.56, 1)).toBe('1.234,6');
    expect(formatNumber(1234.56, 1, false)).toBe('1234,6');
    expect(formatNumber(-0.01, 1)).toBe('0');
    expect([formatChange(3, 0), formatChange(-2.25, 1), formatChange(0, 0)]).toEqual(['+3', '-2,3', '±0']);
  });
});
