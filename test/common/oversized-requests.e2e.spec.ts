import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';
import type { ProblemBody } from '../../src/common/problem.js';

/** Through a real socket: these are refused by Node's HTTP parser and Fastify's router before any route runs. */
describe('requests the HTTP layer refuses', () => {
  const t = useTestApp();
  let base: string;

  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });

  it('should answer headers over the size limit with 431 problem details', async () => {
    const res = await fetch(`${base}/api/v1/health`, { headers: { 'x-padding': 'a'.repeat(20_000) } });
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 431, code: 'headers_too_large', title: 'Request Header Fields Too Large' });
  });

  it('should answer a URL longer than the header limit with 431 problem details', async () => {
    const res = await fetch(`${base}/api/v1/map?bbox=${'1'.repeat(100_000)}`);
    expect(res.status).toBe(431);
    expect(((await res.json()) as ProblemBody).code).toBe('headers_too_large');
  });

  it('should answer a path parameter over the length limit with 414 problem details', async () => {
    const res = await fetch(`${base}/api/v1/operations/${'a'.repeat(300)}/submit`, { method: 'POST' });
    expect(res.status).toBe(414);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await res.json()) as ProblemBody).toMatchObject({ status: 414, code: 'uri_too_long' });
  });

  it('should still answer the next request', async () => {
    expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
  });
});
