import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { Party } from '../../src/parties/party.entity.js';
import { PropertyParty } from '../../src/parties/property-party.entity.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { createProperty } from '../properties/property-factory.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { PartyDto, PropertyPartyDto } from '../../src/parties/parties.dto.js';

describe('parties', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  let propertyId: string;

  const req = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, user = users.lead) => {
    // A PATCH names the party's current version, as a client that has just read it.
    const id = method === 'PATCH' ? /^\/parties\/([0-9a-f-]{36})$/.exec(url)?.[1] : undefined;
    const version = id ? ((await t.dataSource.getRepository(Party).findOneBy({ id }))?.version ?? 1) : undefined;
    const headers = version === undefined ? user.headers : { ...user.headers, 'if-match': `"${version}"` };
    return t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  };
  const audits = (action: string) => t.dataSource.getRepository(AuditEntry).countBy({ action });
  const counts = async () => ({ parties: await t.dataSource.getRepository(Party).count(), links: await t.dataSource.getRepository(PropertyParty).count() });

  beforeAll(async () => {
    propertyId = (await createProperty(t, users.lead)).id;
  });

  describe('POST /parties', () => {
    it('should record a party, store it and audit it', async () => {
      const res = await req('POST', '/parties', {
        kind: 'company',
        name: 'Rhein-Ruhr Wohnbesitz GmbH',
        aliases: ['RRW GmbH'],
        contactAddress: 'Postfach 1, 47051 Duisburg',
      });
      expect(res.statusCode).toBe(201);
      const body = res.json<PartyDto>();
      expect(body).toEqual({
        id: body.id,
        kind: 'company',
        name: 'Rhein-Ruhr Wohnbesitz GmbH',
        aliases: ['RRW GmbH'],
        contactAddress: 'Postfach 1, 47051 Duisburg',
        version: 1,
      });
      expect(await t.dataSource.getRepository(Party).findOneByOrFail({ id: body.id })).toMatchObject({
        name: 'Rhein-Ruhr Wohnbesitz GmbH',
        aliases: ['RRW GmbH'],
      });
      expect(await audits('party_created')).toBeGreaterThanOrEqual(1);
    });

    it.each([
      [{ kind: 'ghost', name: 'X' }, 'kind'],
      [{ kind: 'person', name: '' }, 'name'],
      [{ kind: 'person', name: 'n'.repeat(301) }, 'name'],
      [{ kind: 'person', name: 'A', aliases: 'B' }, 'aliases'],
      [{ kind: 'person', name: 'A', aliases: Array.from({ length: 21 }, (_, i) => `a${i}`) }, 'aliases'],
      [{ kind: 'person', name: 'A', phone: '0203' }, 'phone'],
    ])('should refuse %j with 400 naming %s and write nothing', async (payload, field) => {
      const before = await counts();
      const res = await req('POST', '/parties', payload);
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors?.map((e) => e.field)).toContain(field);
      expect(await counts()).toEqual(before);
    });
  });

  describe('PATCH /parties/:id', () => {
    it('should keep the old name as an alias on a rename and audit old and new values', async () => {
      const created = (await req('POST', '/parties', { kind: 'company', name: 'Alt Immobilien GmbH', aliases: ['AI GmbH'] })).json<PartyDto>();
      const res = await req('PATCH', `/parties/${created.id}`, { name: 'Neu Immobilien GmbH' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ name: 'Neu Immobilien GmbH', aliases: ['Alt Immobilien GmbH', 'AI GmbH'] });
      expect(await t.dataSource.getRepository(Party).findOneByOrFail({ id: created.id })).toMatchObject({
        name: 'Neu Immobilien GmbH',
        aliases: ['Alt Immobilien GmbH', 'AI GmbH'],
      });
      expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'party_updated', entityId: created.id })).toBe(1);
    });

    it('should still find the party by its old name', async () => {
      const res = await req('GET', '/parties?q=alt%20immobilien');
      expect(res.json<PartyDto[]>().map((p) => p.name)).toEqual(['Neu Immobilien GmbH']);
    });

    it('should answer 404 for an unknown party and 400 for a malformed id or null name', async () => {
      expect((await req('PATCH', `/parties/${randomUUID()}`, { name: 'X' })).statusCode).toBe(404);
      const bad = await req('PATCH', '/parties/42', { name: 'X' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<ProblemBody>().errors?.[0].field).toBe('id');
      const created = (await req('POST', '/parties', { kind: 'person', name: 'Erika Beispiel' })).json<PartyDto>();
      const nulled = await req('PATCH', `/parties/${created.id}`, { name: null });
      expect(nulled.statusCode).toBe(400);
      expect((await t.dataSource.getRepository(Party).findOneByOrFail({ id: created.id })).name).toBe('Erika Beispiel');
    });
  });

  describe('GET /parties', () => {
    it('should search name and aliases ignoring case, and treat wildcards literally', async () => {
      expect((await req('GET', '/parties?q=rrw')).json<PartyDto[]>().map((p) => p.name)).toEqual(['Rhein-Ruhr Wohnbesitz GmbH']);
      expect((await req('GET', '/parties?q=WOHNBESITZ')).json()).toHaveLength(1);
      expect((await req('GET', '/parties?q=%25')).json()).toEqual([]);
    });
  });

  describe('POST /properties/:id/parties', () => {
    it('should link an existing party with role and period', async () => {
      const party = (await req('GET', '/parties?q=rrw')).json<PartyDto[]>()[0];
      const res = await req('POST', `/properties/${propertyId}/parties`, { partyId: party.id, role: 'owner', validFrom: '2019-01-01', validTo: '2024-12-31' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        role: 'owner',
        validFrom: '2019-01-01',
        validTo: '2024-12-31',
        party: { id: party.id, name: 'Rhein-Ruhr Wohnbesitz GmbH' },
      });
      expect(await t.dataSource.getRepository(PropertyParty).findOneByOrFail({ id: res.json<PropertyPartyDto>().linkId })).toMatchObject({
        propertyId,
        partyId: party.id,
        role: 'owner',
      });
      expect(await audits('property_party_linked')).toBe(1);
    });

    it('should create and link a new party in one step', async () => {
      const res = await req('POST', `/properties/${propertyId}/parties`, {
        party: { kind: 'person', name: 'Max Verwalter' },
        role: 'manager',
        validFrom: '2025-01-01',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ role: 'manager', validTo: null, party: { kind: 'person', name: 'Max Verwalter', aliases: [] } });
      expect(await t.dataSource.getRepository(Party).countBy({ name: 'Max Verwalter' })).toBe(1);
    });

    it.each([
      ['a period ending before it starts', { validFrom: '2020-05-01', validTo: '2020-04-30' }, 'validTo'],
      ['an impossible date', { validFrom: '1990-09-31' }, 'validFrom'],
      ['an unknown role', { role: 'tenant' }, 'role'],
      ['neither partyId nor party', { partyId: undefined }, 'partyId'],
      ['both partyId and party', { party: { kind: 'person', name: 'Y' } }, 'party'],
      ['an unknown partyId', { partyId: randomUUID() }, 'partyId'],
      ['a bad nested party', { partyId: undefined, party: { kind: 'person', name: 7 } }, 'party.name'],
      ['a null party', { partyId: undefined, party: null }, 'party'],
      ['a party sent as a list', { partyId: undefined, party: [] }, 'party'],
      ['a null partyId', { partyId: null }, 'partyId'],
    ])('should refuse %s with 400 naming the field and write nothing', async (_label, override, field) => {
      const party = (await req('GET', '/parties?q=rrw')).json<PartyDto[]>()[0];
      const before = await counts();
      const res = await req('POST', `/properties/${propertyId}/parties`, { partyId: party.id, role: 'landlord', ...override });
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>().errors?.map((e) => e.field)).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it('should answer 404 for an unknown property', async () => {
      const res = await req('POST', `/properties/${randomUUID()}/parties`, { party: { kind: 'person', name: 'Z' }, role: 'owner' });
      expect(res.statusCode).toBe(404);
      expect(await t.dataSource.getRepository(Party).countBy({ name: 'Z' })).toBe(0);
    });
  });

  describe('GET /properties/:id/parties', () => {
    it('should list the links with their parties', async () => {
      const res = await req('GET', `/properties/${propertyId}/parties`);
      expect(res.statusCode).toBe(200);
      expect(res.json<PropertyPartyDto[]>().map((l) => [l.role, l.party.name])).toEqual([
        ['owner', 'Rhein-Ruhr Wohnbesitz GmbH'],
        ['manager', 'Max Verwalter'],
      ]);
    });

    it('should refuse inspectors and the council with 403 on every party route', async () => {
      for (const user of [users.inspector, users.council]) {
        expect((await req('GET', `/properties/${propertyId}/parties`, undefined, user)).statusCode).toBe(403);
        expect((await req('GET', '/parties', undefined, user)).statusCode).toBe(403);
        expect((await req('POST', '/parties', { kind: 'person', name: 'Q' }, user)).statusCode).toBe(403);
      }
    });
  });
});
