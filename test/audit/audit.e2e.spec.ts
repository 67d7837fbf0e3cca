import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { createTestApp, useTestApp } from '../helpers/test-app.js';
import { createUser, type TestUser } from '../helpers/users.js';

describe('GET /api/v1/audit/verify', () => {
  const t = useTestApp();
  let lead: TestUser;
  const verify = () => t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: lead.headers });
  const failLogin = () => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'x' } });

  beforeAll(async () => {
    lead = await createUser(t, 'lead');
    for (let i = 0; i < 5; i += 1) await failLogin();
  });

  it('should chain every entry to the previous one', async () => {
    const entries = await t.dataSource.getRepository(AuditEntry).find({ order: { seq: 'ASC' } });
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    entries.slice(1).forEach((e, i) => expect(e.prevHash).toBe(entries[i].hash));
    expect(entries[0].prevHash).toBe('0'.repeat(64));
  });

  it('should answer ok for an untouched chain', async () => {
    const res = await verify();
    expect(res.statusCode).toBe(200);
    const body = res.json<{ ok: boolean; entries: number }>();
    expect(body.ok).toBe(true);
    expect(Number.isInteger(body.entries)).toBe(true);
  });

  it('should name the entry that was edited behind the application', async () => {
    await t.dataSource.query("UPDATE audit_entries SET actor_name = 'somebody-else' WHERE seq = 3");
    const res = await verify();
    expect(res.json()).toMatchObject({ ok: false, brokenSeq: 3, reason: 'hash_mismatch' });
  });

  it('should name an entry whose hash was recomputed to hide an edit, through the next link', async () => {
    await t.dataSource.query("UPDATE audit_entries SET hash = 'f' || substr(hash, 2) WHERE seq = 3");
    const res = await verify();
    expect(res.json()).toMatchObject({ ok: false, brokenSeq: 3 });
  });

  it('should name a deleted entry as a gap in the sequence', async () => {
    const t2 = await createTestApp();
    try {
      const lead2 = await createUser(t2, 'lead');
      for (let i = 0; i < 4; i += 1) await t2.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x', password: 'y' } });
      await t2.dataSource.query('DELETE FROM audit_entries WHERE seq = 2');
      const res = await t2.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: lead2.headers });
      expect(res.json()).toMatchObject({ ok: false, brokenSeq: 2, reason: 'sequence_gap' });
    } finally {
      await t2.close();
    }
  });

  it('should refuse inspectors and the council', async () => {
    for (const role of ['inspector', 'council'] as const) {
      const user = await createUser(t, role, role === 'council' ? 'rat' : 'ordnungsamt');
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: user.headers });
      expect(res.statusCode).toBe(403);
    }
  });
});
