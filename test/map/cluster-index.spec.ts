import { describe, expect, it } from 'vitest';
import { buildClusterIndex, CLUSTER_MAX_ZOOM, dominantStatus, queryClusterIndex, toPointSet, type PointRow } from '../../src/map/cluster-index.js';

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

function grid(count: number, statuses: string[]): PointRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    lon: 6.7 + (i % 30) * 0.001,
    lat: 51.4 + Math.floor(i / 30) * 0.001,
    status: statuses[i % statuses.length],
  }));
}

describe('toPointSet', () => {
  it('should count statuses and drop rows with an unknown status or position', () => {
    const set = toPointSet([
      { id: 'a', lat: 51, lon: 6, status: 'inspected' },
      { id: 'b', lat: 51, lon: 6, status: 'haunted' },
      { id: 'c', lat: Number.NaN, lon: 6, status: 'inspected' },
      { id: 'd', lat: 51, lon: 7, status: 'relet' },
    ]);
    expect(set.ids).toEqual(['a', 'd']);
    expect(set.statusCounts).toMatchObject({ inspected: 1, relet: 1, suspected: 0 });
  });
});

describe('queryClusterIndex', () => {
  it('should carry per-status counts up to clusters that add up to every point', () => {
    const index = buildClusterIndex(toPointSet(grid(300, ['inspected', 'inspected', 'uninhabitable'])), null);
    const { hits } = queryClusterIndex(index, WORLD, 4, 5000);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'cluster', count: 300, counts: { inspected: 200, uninhabitable: 100 }, status: 'inspected' });
  });

  it('should give every cluster at every zoom counts that add up to its own size, not to those of its parent', () => {
    const spread = Array.from({ length: 2000 }, (_, i) => ({
      id: `s${i}`,
      lon: 6.6 + ((i * 7919) % 1000) / 2500,
      lat: 51.3 + ((i * 104729) % 1000) / 3500,
      status: ['inspected', 'uninhabitable', 'relet', 'closed'][i % 4],
    }));
    const index = buildClusterIndex(toPointSet(spread), null);
    for (let zoom = 0; zoom <= CLUSTER_MAX_ZOOM; zoom += 1) {
      for (const hit of queryClusterIndex(index, WORLD, zoom, 100_000).hits) {
        if (hit.kind === 'cluster') expect({ zoom, sum: Object.values(hit.counts).reduce((a, b) => a + b, 0) }).toEqual({ zoom, sum: hit.count });
      }
    }
  });

  it('should keep only the chosen statuses', () => {
    const index = buildClusterIndex(toPointSet(grid(300, ['inspected', 'uninhabitable', 'relet'])), new Set(['uninhabitable'] as const));
    expect(index.total).toBe(100);
    const { hits } = queryClusterIndex(index, WORLD, 4, 5000);
    expect(hits[0]).toMatchObject({ count: 100, counts: { uninhabitable: 100 } });
  });

  it('should answer single points at the stored position (to six decimals) above the cluster zoom', () => {
    const index = buildClusterIndex(
      toPointSet([
        { id: 'x', lat: 51.123456789, lon: 6.987654321, status: 'relet' },
        { id: 'y', lat: 51.1235, lon: 6.9877, status: 'closed' },
      ]),
      null,
    );
    const { hits } = queryClusterIndex(index, WORLD, CLUSTER_MAX_ZOOM + 1, 5000);
    expect(hits).toContainEqual({ kind: 'point', id: 'x', lat: 51.123457, lon: 6.987654, status: 'relet' });
    expect(hits).toHaveLength(2);
  });

  it('should zoom out until no more than the limit of features is sent', () => {
    const index = buildClusterIndex(toPointSet(grid(900, ['inspected'])), null);
    const result = queryClusterIndex(index, WORLD, 20, 50);
    expect(result.hits.length).toBeLessThanOrEqual(50);
    expect(result.zoom).toBeLessThan(20);
    expect(result.hits.reduce((n, h) => n + (h.kind === 'cluster' ? h.count : 1), 0)).toBe(900);
  });

  it('should give clusters an expansion zoom no higher than the first single-point zoom', () => {
    const index = buildClusterIndex(toPointSet(grid(50, ['inspected'])), null);
    for (const hit of queryClusterIndex(index, WORLD, 10, 5000).hits) {
      if (hit.kind === 'cluster') expect(hit.expansionZoom).toBeLessThanOrEqual(CLUSTER_MAX_ZOOM + 1);
    }
  });
});

describe('dominantStatus', () => {
  it('should pick the most frequent status', () => {
    expect(dominantStatus({ relet: 5, uninhabitable: 2 })).toBe('relet');
  });

  it('should break ties towards the status needing attention most', () => {
    expect(dominantStatus({ relet: 3, uninhabitable: 3, inspected: 3 })).toBe('uninhabitable');
    expect(dominantStatus({ closed: 1, suspected: 1 })).toBe('suspected');
  });
});
