import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';

describe('GET /api/v1/health', () => {
  const t = useTestApp();

  it('should answer ok without login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.dataSource.options.type });
  });
});
