import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/options.js';
import { orderedIds } from '../../bench/ordered-ids.js';

describe('parseBenchArgs', () => {
  it('should default to the sizes of issue 5 on both databases with every scenario, filing last', () => {
    const options = parseBenchArgs([]);
    expect(options).toMatchObject({ buildings: 100_000, operations: 1_000_000, databases: ['sqlite', 'postgres'], filingConnections: 50 });
    expect(options?.scenarios.at(-1)).toBe('filing');
  });

  it('should take smaller sizes, a database and scenarios in a fixed order', () => {
    const options = parseBenchArgs(['--buildings', '500', '--operations', '2000', '--databases', 'postgres', '--scenarios', 'filing,map']);
    expect(options).toMatchObject({ buildings: 500, operations: 2000, databases: ['postgres'], scenarios: ['map', 'filing'] });
    expect(parseBenchArgs(['--quick'])).toMatchObject({ buildings: 10_000, operations: 100_000 });
  });

  it('should answer null for --help', () => {
    expect(parseBenchArgs(['--help'])).toBeNull();
  });

  it('should name the bad flag', () => {
    expect(() => parseBenchArgs(['--buildings', '0'])).toThrow('--buildings');
    expect(() => parseBenchArgs(['--databases', 'mysql'])).toThrow('--databases');
    expect(() => parseBenchArgs(['--nope'])).toThrow();
  });
});

describe('orderedIds', () => {
  it('should give valid, distinct version-7 UUIDs in ascending order, the same for the same seed', () => {
    const next = orderedIds(42);
    const ids = Array.from({ length: 1000 }, () => next());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const again = orderedIds(42);
    expect(again()).toBe(ids[0]);
  });
});
