import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { findClientDist } from '../../src/map/client-static.js';
import { ensureClientBuilt } from '../browser/browser-env.js';
import { makePropertyGrid } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';

describe('compressed answers', () => {
  // Built before the app starts, so the app serves the client.
  beforeAll(ensureClientBuilt, 120_000);
  const t = useTestApp();
  const users = useStandardUsers(t);
  const bundle = () => {
    const assets = join(findClientDist()!, 'assets');
    const name = readdirSync(assets).find((f) => f.endsWith('.js'))!;
    return { url: `/assets/${name}`, bytes: readFileSync(join(assets, name)) };
  };

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('should send the client bundle %s-compressed, byte for byte the built file once decompressed', async (encoding, decompress) => {
    const { url, bytes } = bundle();
    const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.rawPayload.length).toBeLessThan(bytes.length / 3);
    expect(decompress(res.rawPayload).equals(bytes)).toBe(true);
  });

  it('should send the bundle unchanged to a client that accepts no compression', async () => {
    const { url, bytes } = bundle();
    const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.equals(bytes)).toBe(true);
  });

  it('should send a map answer brotli-compressed with the same content as uncompressed', async () => {
    await makePropertyGrid(t, 400, ['suspected', 'inspected', 'uninhabitable'], [6.76, 51.43]);
    const url = '/api/v1/map?bbox=6.6,51.3,6.9,51.6&zoom=18';
    const plain = await t.app.inject({ method: 'GET', url, headers: { ...users.lead.headers, 'accept-encoding': 'identity' } });
    const packed = await t.app.inject({ method: 'GET', url, headers: { ...users.lead.headers, 'accept-encoding': 'br, gzip' } });
    expect(packed.statusCode).toBe(200);
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(brotliDecompressSync(packed.rawPayload).toString('utf8'))).toEqual(plain.json());
  });
});
