import { beforeAll, describe, expect, it } from 'vitest';
import { startWellInsideMinuteWindow } from '../helpers/minute-window.js';
import { useTestApp } from '../helpers/test-app.js';

describe('POST /api/v1/auth/login rate limit', () => {
  const t = useTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
  // All three tests read the counts of one window.
  beforeAll(startWellInsideMinuteWindow);

  const attempt = (ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: ip, payload: { username: 'nobody', password: 'guess' } });

  it('should answer 429 problem details after the configured number of attempts from one address', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await attempt('10.1.1.1')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const res = await attempt('10.1.1.1');
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 429, code: 'too_many_requests' });
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('should count per client address', async () => {
    expect((await attempt('10.2.2.2')).statusCode).toBe(401);
  });

  it('should keep the counters in the database so every instance sees them', async () => {
    const rows: Array<{ key: string; hits: number | string }> = await t.dataSource.query('SELECT key, hits FROM rate_limit_hits');
    const hits = Object.fromEntries(rows.map((r) => [r.key, Number(r.hits)]));
    expect(hits['login:10.1.1.1']).toBe(5);
    expect(hits['login:10.2.2.2']).toBe(1);
  });
});
