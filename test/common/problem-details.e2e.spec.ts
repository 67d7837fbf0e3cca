import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';
import type { ProblemBody } from '../../src/common/problem.js';

describe('problem details for malformed requests', () => {
  const t = useTestApp({ BODY_LIMIT_BYTES: '4096' });

  const login = (payload: string, contentType = 'application/json') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers: { 'content-type': contentType } });

  const expectProblem = (res: Awaited<ReturnType<typeof login>>, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json<ProblemBody>();
    expect(body).toMatchObject({ status, code, type: `urn:hausakte:problem:${code}` });
    expect(typeof body.title).toBe('string');
    expect(res.body).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
    return body;
  };

  it('should answer malformed JSON with 400 malformed_json', async () => {
    expectProblem(await login('{"username": "a", '), 400, 'malformed_json');
  });

  it('should answer a body over the limit with 413', async () => {
    expectProblem(await login(JSON.stringify({ username: 'a', password: 'x'.repeat(10_000) })), 413, 'payload_too_large');
  });

  it('should answer an unsupported content type with 415', async () => {
    expectProblem(await login('username=a&password=b', 'application/xml'), 415, 'unsupported_media_type');
  });

  it('should answer an unknown route with a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expectProblem(res, 404, 'route_not_found');
  });

  it('should answer a JSON array instead of an object with 400', async () => {
    const res = await login('[1,2,3]');
    expect(res.statusCode).toBe(400);
  });

  it('should name every wrong field with its path', async () => {
    const body = expectProblem(await login(JSON.stringify({ username: 42, password: ['x'] })), 400, 'validation_failed');
    expect(body.errors?.map((e) => e.field).sort()).toEqual(expect.arrayContaining(['password', 'username']));
  });

  it('should answer an empty JSON body with 400', async () => {
    const res = await login('');
    expect(res.statusCode).toBe(400);
  });

  it('should answer JSON null with 400', async () => {
    const res = await login('null');
    expect(res.statusCode).toBe(400);
  });
});
