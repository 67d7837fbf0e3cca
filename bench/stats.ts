/** Pure figures of a benchmark: percentiles, summaries of samples and the ratio against a baseline. */

/** The p-th percentile (0..100) by linear interpolation between the closest ranks; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is not within 0..100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export interface SampleSummary {
  count: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarise(samples: readonly number[]): SampleSummary {
  return {
    count: samples.length,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: samples.length ? Math.min(...samples) : Number.NaN,
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

/** How a scenario compares with its baseline: throughput is better when higher, time when lower. */
export type RatioKind = 'throughput' | 'time';

/**
 * The scenario against its baseline as "how many times the baseline": for throughput measured / baseline
 * (0.25 = a quarter of the physical limit), for times baseline / measured (5 = five times faster than the baseline).
 */
export function ratio(kind: RatioKind, measured: number, baseline: number): number {
  if (!Number.isFinite(measured) || !Number.isFinite(baseline) || measured <= 0 || baseline <= 0) return Number.NaN;
  return kind === 'throughput' ? measured / baseline : baseline / measured;
}
