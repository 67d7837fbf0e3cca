import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { ApiError, type Api } from '../../client/src/api';
import type { Agency, Operation, PropertySummary, Unit, User } from '../../client/src/api-types';
import { indexedDbDeviceCache, OFFLINE_ACCESS_MS, searchRecent, withDeviceCache, type DeviceCache, type UserCache } from '../../client/src/device-cache';

function memoryCache(): DeviceCache & { users: Map<string, UserCache> } {
  const users = new Map<string, UserCache>();
  let last: string | undefined;
  return {
    users,
    config: () => Promise.resolve(undefined),
    saveConfig: () => Promise.resolve(),
    lastUser: () => Promise.resolve(last ? users.get(last) : undefined),
    forUser: (id) => Promise.resolve(structuredClone(users.get(id))),
    signedIn(user) {
      users.set(user.id, { agencies: [], recent: [], units: {}, drafts: [], ...users.get(user.id), user, signedInAt: Date.now() });
      last = user.id;
      return Promise.resolve();
    },
    signedOut() {
      last = undefined;
      return Promise.resolve();
    },
    change(id, apply) {
      const old = users.get(id);
      if (old) users.set(id, apply(structuredClone(old)));
      return Promise.resolve();
    },
  };
}

const user = (id: string) => ({ id, username: id, displayName: id, role: 'inspector', agencyCode: 'ordnungsamt', permissions: [] }) as User;
const property = (id: string, street: string, houseNumber: string) =>
  ({ id, address: { street, houseNumber, label: `${street} ${houseNumber}, 47119 Duisburg` }, notes: 'not kept' }) as unknown as PropertySummary;
const offline = () => Promise.reject(new ApiError(0, 'network_error', 'offline'));
const draft = (id: string, state: 'draft' | 'submitted', createdBy = 'anna') => ({ id, state, createdBy, version: 1 }) as Operation;

describe('searchRecent', () => {
  const recent = [property('a', 'Ankerstraße', '28'), property('b', 'Ahornweg', '21'), property('c', 'Ankerstraße', '2')];

  it('should find a pasted full address and every word typed, with ß and ss alike', () => {
    expect(searchRecent(recent, 'Ankerstraße 28, 47119 Duisburg', 8).items.map((p) => p.id)).toEqual(['a']);
    expect(searchRecent(recent, 'ankerstrasse', 8).items.map((p) => p.id)).toEqual(['a', 'c']);
    expect(searchRecent(recent, 'Ahorn 21', 8).items.map((p) => p.id)).toEqual(['b']);
    expect(searchRecent(recent, 'anker', 1)).toEqual({ items: [recent[0]], nextCursor: null });
  });
});

describe('withDeviceCache', () => {
  it("should answer from the user's copy only when there is no connection, and refresh the copy from every answer", async () => {
    const cache = memoryCache();
    await cache.signedIn(user('anna'));
    const agencies = [{ code: 'ordnungsamt' }] as Agency[];
    let connected = true;
    const api = { agencies: () => (connected ? Promise.resolve(agencies) : offline()) } as unknown as Api;
    const cached = withDeviceCache(api, cache, () => 'anna');
    expect(await cached.agencies()).toBe(agencies);
    connected = false;
    expect(await cached.agencies()).toEqual(agencies);
    // Another user on the device gets nothing of Anna's.
    await cache.signedIn(user('bert'));
    await expect(withDeviceCache(api, cache, () => 'bert').agencies()).rejects.toMatchObject({ status: 0 });
  });

  it('should never answer a refusal from the copy', async () => {
    const cache = memoryCache();
    await cache.signedIn(user('anna'));
    cache.users.get('anna')!.agencies = [{ code: 'x' }] as Agency[];
    const api = { agencies: () => Promise.reject(new ApiError(403, 'forbidden', 'no')) } as unknown as Api;
    await expect(withDeviceCache(api, cache, () => 'anna').agencies()).rejects.toMatchObject({ status: 403 });
  });

  it('should keep a building chosen in the form with its units as a recent building, newest first and without its other fields', async () => {
    const cache = memoryCache();
    await cache.signedIn(user('anna'));
    const units = [{ id: 'u1', label: 'EG' }] as Unit[];
    const found = [property('a', 'Ankerstraße', '28'), property('b', 'Ahornweg', '21')];
    const api = {
      searchProperties: () => Promise.resolve({ items: found, nextCursor: null }),
      units: () => Promise.resolve(units),
    } as unknown as Api;
    const cached = withDeviceCache(api, cache, () => 'anna');
    await cached.searchProperties('a');
    await cached.units('b');
    await cached.units('a');
    const kept = cache.users.get('anna')!;
    expect(kept.recent.map((p) => p.id)).toEqual(['a', 'b']);
    expect(kept.recent[0]).not.toHaveProperty('notes');
    expect(kept.units).toEqual({ a: units, b: units });
    const withoutNetwork = withDeviceCache({ searchProperties: offline, units: offline } as unknown as Api, cache, () => 'anna');
    expect((await withoutNetwork.searchProperties('Ahornweg 21')).items.map((p) => p.id)).toEqual(['b']);
    expect(await withoutNetwork.units('a')).toEqual(units);
    await expect(withoutNetwork.units('never-chosen')).rejects.toMatchObject({ status: 0 });
  });

  it("should keep the user's drafts as last saved, drop them once submitted, and never keep someone else's", async () => {
    const cache = memoryCache();
    await cache.signedIn(user('anna'));
    const api = {
      createOperation: () => Promise.resolve(draft('d1', 'draft')),
      updateOperation: () => Promise.resolve({ ...draft('d1', 'draft'), version: 2 }),
      submitOperation: () => Promise.resolve(draft('d1', 'submitted')),
      operation: (id: string) => Promise.resolve(draft(id, 'draft', 'someone-else')),
    } as unknown as Api;
    const cached = withDeviceCache(api, cache, () => 'anna');
    await cached.createOperation({} as never, 'k1');
    await cached.updateOperation('d1', {} as never, 1, 'k2');
    expect(cache.users.get('anna')!.drafts.map((d) => [d.id, d.version])).toEqual([['d1', 2]]);
    await cached.operation('d9');
    expect(cache.users.get('anna')!.drafts.map((d) => d.id)).toEqual(['d1']);
    await cached.submitOperation('d1');
    expect(cache.users.get('anna')!.drafts).toEqual([]);
  });
});

describe('indexedDbDeviceCache (IndexedDB)', () => {
  it('should offer offline filing to the last user for one day after the login, and to nobody after "Abmelden"', async () => {
    const cache = indexedDbDeviceCache(createStore(`device-${Math.random()}`, 'cache'));
    const loginAt = Date.parse('2026-12-06T07:00:00Z');
    await cache.signedIn(user('anna'), loginAt - 1000);
    await cache.signedIn(user('bert'), loginAt);
    expect((await cache.lastUser(loginAt + 3_600_000))?.user.id).toBe('bert');
    expect(await cache.lastUser(loginAt + OFFLINE_ACCESS_MS)).toBeUndefined();
    await cache.change('bert', (c) => ({ ...c, recent: [property('a', 'Ankerstraße', '28')] }));
    await cache.signedOut();
    expect(await cache.lastUser(loginAt + 1000)).toBeUndefined();
    // The copy stays for the user's next login, and the first user's is untouched.
    await cache.signedIn(user('bert'), loginAt + 2000);
    expect((await cache.lastUser(loginAt + 3000))?.recent.map((p) => p.id)).toEqual(['a']);
    expect((await cache.forUser('anna'))?.user.id).toBe('anna');
  });
});
