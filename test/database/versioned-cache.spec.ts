import { describe, expect, it } from 'vitest';
import { VersionedCache } from '../../src/database/versioned-cache.js';

describe('VersionedCache', () => {
  it('should build once per key and version and share a pending build', async () => {
    const cache = new VersionedCache<number>(4);
    let builds = 0;
    const build = () => Promise.resolve(++builds);
    const [a, b] = await Promise.all([cache.get('k', 'v1', build), cache.get('k', 'v1', build)]);
    expect([a, b, builds]).toEqual([1, 1, 1]);
    expect(await cache.get('k', 'v2', build)).toBe(2);
  });

  it('should evict the least recently used key beyond its capacity', async () => {
    const cache = new VersionedCache<string>(2);
    await cache.get('a', 'v', () => Promise.resolve('a1'));
    await cache.get('b', 'v', () => Promise.resolve('b1'));
    await cache.get('a', 'v', () => Promise.resolve('a2'));
    await cache.get('c', 'v', () => Promise.resolve('c1'));
    expect(cache.size).toBe(2);
    expect(await cache.get('a', 'v', () => Promise.resolve('a3'))).toBe('a1');
    expect(await cache.get('b', 'v', () => Promise.resolve('b2'))).toBe('b2');
  });

  it('should forget a failed build so the next call tries again', async () => {
    const cache = new VersionedCache<string>(2);
    await expect(cache.get('k', 'v', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('k', 'v', () => Promise.resolve('ok'))).toBe('ok');
  });
});
