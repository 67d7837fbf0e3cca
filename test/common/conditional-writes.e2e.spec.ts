import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { Measure } from '../../src/operations/measure.entity.js';
import { Party } from '../../src/parties/party.entity.js';
import { makeProperty } from '../factories/property.factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { fileOperation } from '../operations/operation-bodies.js';

/** Parties and measures: a change names the version it was made from, as properties do (property-versions spec). */
describe('If-Match on parties and measures', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);

  const kinds = [
    {
      name: 'party',
      entity: Party,
      action: 'party_updated',
      create: async () => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/parties',
          headers: users.lead.headers,
          payload: { kind: 'company', name: `Firma ${randomUUID()}` },
        });
        return res.json<{ id: string }>().id;
      },
      url: (id: string) => `/api/v1/parties/${id}`,
      edits: [{ name: 'Neuer Name GmbH' }, { contactAddress: 'Postfach 7' }, { aliases: ['NN'] }, { kind: 'person' }, { contactAddress: 'Postfach 9' }],
    },
    {
      name: 'measure',
      entity: Measure,
      action: 'measure_updated',
      create: async () => (await fileOperation(t, users.inspector, (await makeProperty(t)).id)).measures[0].id,
      url: (id: string) => `/api/v1/measures/${id}`,
      edits: [
        { state: 'done' },
        { state: 'cancelled' },
        { state: 'done', note: 'Nachkontrolle ok' },
        { state: 'cancelled', note: 'Erledigt' },
        { state: 'done', note: 'x' },
      ],
    },
  ] as const;

  describe.each(kinds)('PATCH of a $name', (kind) => {
    const patch = (id: string, payload: object, ifMatch?: string) =>
      t.app.inject({ method: 'PATCH', url: kind.url(id), headers: { ...users.lead.headers, ...(ifMatch ? { 'if-match': ifMatch } : {}) }, payload });
    const stored = (id: string) => t.dataSource.getRepository<{ id: string; version: number }>(kind.entity).findOneByOrFail({ id });
    const audited = (id: string) => t.dataSource.getRepository(AuditEntry).countBy({ action: kind.action, entityId: id });

    it('should answer 428 without If-Match and 412 naming the current version when stale, writing nothing', async () => {
      const id = await kind.create();
      const missing = await patch(id, kind.edits[0]);
      expect(missing.statusCode).toBe(428);
      expect(missing.json()).toMatchObject({ code: 'precondition_required' });
      const stale = await patch(id, kind.edits[0], '"7"');
      expect(stale.statusCode).toBe(412);
      expect(stale.json()).toMatchObject({ code: 'precondition_failed', currentVersion: 1 });
      expect((await stored(id)).version).toBe(1);
      expect(await audited(id)).toBe(0);
    });

    it('should apply one of five changes made from one version, answer the next ETag, and refuse the other four with 412', async () => {
      const id = await kind.create();
      const answers = await Promise.all(kind.edits.map((edit) => patch(id, edit, '"1"')));
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 412, 412, 412, 412]);
      const winner = answers.find((a) => a.statusCode === 200)!;
      expect(winner.headers.etag).toBe('"2"');
      expect(winner.json()).toMatchObject({ version: 2 });
      expect((await stored(id)).version).toBe(2);
      expect(await audited(id)).toBe(1);
      const next = await patch(id, kind.edits[answers.indexOf(winner) === 0 ? 1 : 0], '"2"');
      expect(next.statusCode).toBe(200);
      expect(next.headers.etag).toBe('"3"');
    });

    it('should answer 404 for a record that does not exist, with or without If-Match', async () => {
      expect((await patch(randomUUID(), kind.edits[0])).statusCode).toBe(404);
      expect((await patch(randomUUID(), kind.edits[0], '"1"')).statusCode).toBe(404);
    });
  });
});
