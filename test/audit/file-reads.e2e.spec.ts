import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FileRead } from '../../src/audit/file-read.entity.js';
import { ReadLog } from '../../src/audit/read-log.service.js';
import type { FileReadDto } from '../../src/properties/properties.dto.js';
import { makeProperty } from '../factories/property.factory.js';
import { createTestApp, useTestApp } from '../helpers/test-app.js';
import { useStandardUsers, type TestUser } from '../helpers/users.js';
import { fileOperation } from '../operations/operation-bodies.js';

describe('reads of a building file are logged (DESIGN §4)', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: user.headers });
  const stored = async (propertyId: string) => {
    await t.app.get(ReadLog).flushed();
    const rows = await t.dataSource.getRepository(FileRead).find({ where: { propertyId }, order: { at: 'ASC' } });
    return rows.map((r) => [r.part, r.itemId, r.actorId, r.actorAgency]);
  };

  it('should append one row per read of every part of the file, naming who read what', async () => {
    const property = await makeProperty(t);
    const operation = await fileOperation(t, users.inspector, property.id);
    for (const url of [
      `/properties/${property.id}`,
      `/properties/${property.id}/timeline`,
      `/properties/${property.id}/operations`,
      `/operations/${operation.id}`,
    ]) {
      expect((await get(users.inspector, url)).statusCode, url).toBe(200);
    }
    expect((await get(users.jugendamtLead, `/properties/${property.id}/units`)).statusCode).toBe(200);
    expect((await get(users.jugendamtLead, `/properties/${property.id}/parties`)).statusCode).toBe(200);
    const inspector = [users.inspector.id, 'ordnungsamt'];
    const jugendamt = [users.jugendamtLead.id, 'jugendamt'];
    expect(await stored(property.id)).toEqual([
      ['detail', null, ...inspector],
      ['timeline', null, ...inspector],
      ['operations', null, ...inspector],
      ['operation', operation.id, ...inspector],
      ['units', null, ...jugendamt],
      ['parties', null, ...jugendamt],
    ]);
  });

  it('should log nothing for a read that was refused', async () => {
    const property = await makeProperty(t);
    expect((await get(users.council, `/properties/${property.id}/timeline`)).statusCode).toBe(403);
    expect((await get(users.inspector, `/properties/${property.id}/parties`)).statusCode).toBe(403);
    expect((await get(users.inspector, `/operations/${randomUUID()}`)).statusCode).toBe(404);
    expect(await stored(property.id)).toEqual([]);
  });

  it('should let leads and administrators list the reads of a building, newest first, and no one else', async () => {
    const property = await makeProperty(t);
    await get(users.inspector, `/properties/${property.id}`);
    await get(users.lead, `/properties/${property.id}/timeline`);
    for (const user of [users.lead, users.admin]) {
      const res = await get(user, `/properties/${property.id}/reads`);
      expect(res.statusCode, user.role).toBe(200);
      const reads = res.json<FileReadDto[]>();
      expect(reads.map((r) => [r.part, r.actorName])).toEqual([
        ['timeline', users.lead.username],
        ['detail', users.inspector.username],
      ]);
      expect(Date.parse(reads[0].at)).toBeGreaterThanOrEqual(Date.parse(reads[1].at));
    }
    expect((await get(users.lead, `/properties/${property.id}/reads?limit=1`)).json<FileReadDto[]>()).toHaveLength(1);
    expect((await get(users.lead, `/properties/${property.id}/reads?limit=0`)).json()).toMatchObject({ status: 400, errors: [{ field: 'limit' }] });
    for (const user of [users.inspector, users.council]) expect((await get(user, `/properties/${property.id}/reads`)).statusCode).toBe(403);
    expect((await get(users.lead, `/properties/${randomUUID()}/reads`)).statusCode).toBe(404);
  });

  it('should store the reads still queued when an instance shuts down', async () => {
    const property = await makeProperty(t);
    const second = await createTestApp(t.shareDatabase);
    const res = await second.app.inject({ method: 'GET', url: `/api/v1/properties/${property.id}`, headers: users.lead.headers });
    expect(res.statusCode).toBe(200);
    await second.close();
    expect(await stored(property.id)).toEqual([['detail', null, users.lead.id, 'ordnungsamt']]);
  });

  it('should answer at once while the log cannot be written, and store the read once it can', async () => {
    const property = await makeProperty(t);
    await t.app.get(ReadLog).flushed();
    await t.dataSource.query('ALTER TABLE file_reads RENAME TO file_reads_away');
    try {
      expect((await get(users.inspector, `/properties/${property.id}`)).statusCode).toBe(200);
      // The first attempt fails while the table is away; the read stays queued for the next.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await t.dataSource.query('ALTER TABLE file_reads_away RENAME TO file_reads');
    }
    expect(await stored(property.id)).toEqual([['detail', null, users.inspector.id, 'ordnungsamt']]);
  });
});
