import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const CLIENTS = 16;
const KILL_AFTER_ACKNOWLEDGED = 120;

describe('SQLite durability under SIGKILL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hausakte-crash-'));
  let server: ServerProcess | undefined;
  afterAll(() => {
    server?.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should keep every operation that was answered 201 when the server is killed mid-load', async () => {
    server = await startServerProcess({ DATA_DIR: dataDir, DEMO_DATA: 'true', AUTH_TOKEN_SECRET: 'crash-test-secret-crash-test-secret-0123' });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'inspector', password: 'hausakte-demo' }),
    });
    expect(login.status).toBe(200);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
    const list = await fetch(`${server.url}/api/v1/properties?limit=50`, { headers });
    const propertyIds = ((await list.json()) as { items: Array<{ id: string }> }).items.map((p) => p.id);
    expect(propertyIds.length).toBeGreaterThan(0);

    const acknowledged: string[] = [];
    let killed = false;
    const body = (i: number) =>
      JSON.stringify({
        propertyId: propertyIds[i % propertyIds.length],
        kind: 'joint_inspection',
        date: '2026-03-02',
        trigger: 'complaint',
        interpreterPresent: i % 2 === 0,
        agencyCodes: ['ordnungsamt', 'bauaufsicht'],
        unitsEntered: 2,
        unitsNotAccessible: 0,
        findings: [1, 2, 3].map((n) => ({ category: 'fire_safety', severity: 'minor', description: `crash test ${i}/${n}`, visibility: 'taskforce' })),
        occupancyCounts: [],
        measures: [],
      });
    const client = async (c: number) => {
      // Bounded: each client stops at the kill or after 200 requests.
      for (let i = 0; i < 200 && !killed; i += 1) {
        try {
          const res = await fetch(`${server!.url}/api/v1/operations`, {
            method: 'POST',
            headers,
            body: body(c * 1000 + i),
            signal: AbortSignal.timeout(30_000),
          });
          if (res.status === 201) {
            acknowledged.push(((await res.json()) as { id: string }).id);
            if (acknowledged.length >= KILL_AFTER_ACKNOWLEDGED && !killed) {
              killed = true;
              server!.child.kill('SIGKILL');
            }
          } else {
            throw new Error(`unexpected ${res.status}: ${await res.text()}`);
          }
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    expect(killed).toBe(true);
    await exited(server.child);

    const db = new Database(join(dataDir, 'hausakte.sqlite'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set((db.prepare('SELECT id FROM operations').all() as Array<{ id: string }>).map((r) => r.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      const findings = db
        .prepare(`SELECT COUNT(*) AS n FROM findings WHERE operation_id IN (${acknowledged.map(() => '?').join(',')})`)
        .get(...acknowledged) as { n: number };
      expect(findings.n).toBe(acknowledged.length * 3);
      const audited = db
        .prepare(`SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'operation_created' AND entity_id IN (${acknowledged.map(() => '?').join(',')})`)
        .get(...acknowledged) as { n: number };
      expect(audited.n).toBe(acknowledged.length);
    } finally {
      db.close();
    }
  }, 180_000);
});
