import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import { ApiError, type Api } from './api';
import type { Agency, ClientConfig, Operation, PropertyPage, PropertySummary, Unit, User } from './api-types';

const RECENT_LIMIT = 30;
/** How long after the last login the device still offers offline filing to its last user: one working day and night. */
export const OFFLINE_ACCESS_MS = 24 * 3_600_000;

/** What one user needs to file a report without a connection; kept on the device, read only for that user. */
export interface UserCache {
  user: User;
  /** Epoch milliseconds of the user's last login on this device. */
  signedInAt: number;
  agencies: Agency[];
  /** The buildings the user opened or chose most recently, newest first. */
  recent: PropertySummary[];
  units: Record<string, Unit[]>;
  /** The user's own drafts as last seen on this device, so they can be continued offline. */
  drafts: Operation[];
}

/** Reference data kept in IndexedDB (never in the service worker's cache, which does not know whose it is). */
export interface DeviceCache {
  config(): Promise<ClientConfig | undefined>;
  saveConfig(config: ClientConfig): Promise<void>;
  /** The user who signed in last on this device, within OFFLINE_ACCESS_MS and not logged out since: the one who may file offline. */
  lastUser(now?: number): Promise<UserCache | undefined>;
  forUser(userId: string): Promise<UserCache | undefined>;
  /** Records a login: creates or refreshes the user's record and makes them the device's last user. */
  signedIn(user: User, now?: number): Promise<void>;
  /** "Abmelden": no offline filing on this device until the next login; the user's waiting reports and copy stay. */
  signedOut(): Promise<void>;
  change(userId: string, apply: (cache: UserCache) => UserCache): Promise<void>;
}

export function indexedDbDeviceCache(store: UseStore = createStore('hausakte-device', 'cache')): DeviceCache {
  const userKey = (id: string) => `user:${id}`;
  return {
    config: () => get<ClientConfig>('config', store),
    saveConfig: (config) => set('config', config, store),
    async lastUser(now = Date.now()) {
      const id = await get<string>('last-user', store);
      const cache = id ? await get<UserCache>(userKey(id), store) : undefined;
      return cache && now - cache.signedInAt < OFFLINE_ACCESS_MS ? cache : undefined;
    },
    forUser: (userId) => get<UserCache>(userKey(userId), store),
    async signedIn(user, now = Date.now()) {
      await update<UserCache>(userKey(user.id), (old) => ({ agencies: [], recent: [], units: {}, drafts: [], ...old, user, signedInAt: now }), store);
      await set('last-user', user.id, store);
    },
    signedOut: () => del('last-user', store),
    change: (userId, apply) => update<UserCache>(userKey(userId), (old) => (old ? apply(old) : old!), store),
  };
}

// Every field of a summary, checked by the compiler: a detail passed in is stored without its other fields.
const SUMMARY_FIELDS: Record<keyof PropertySummary, true> = {
  id: true,
  cityAgs: true,
  address: true,
  lat: true,
  lon: true,
  districtId: true,
  districtName: true,
  subdistrictId: true,
  subdistrictName: true,
  officialAddressId: true,
  status: true,
  statusSince: true,
  statusColour: true,
  statusLabel: true,
};

function summaryOf(p: PropertySummary): PropertySummary {
  // Copies stored before a field existed lack it: null, as the server answers an unknown value.
  return Object.fromEntries(Object.keys(SUMMARY_FIELDS).map((k) => [k, p[k as keyof PropertySummary] ?? null])) as PropertySummary;
}

const words = (text: string) =>
  text
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .split(/[\s,]+/)
    .filter(Boolean);

/** The recent buildings matching every word typed, as the server's search would find them. */
export function searchRecent(recent: readonly PropertySummary[], query: string, limit: number): PropertyPage {
  const wanted = words(query);
  const items = recent.filter((p) => {
    const have = words(`${p.address.label} ${p.address.street} ${p.address.houseNumber}`).join(' ');
    return wanted.every((w) => have.includes(w));
  });
  return { items: items.slice(0, limit), nextCursor: null };
}

const isOffline = (error: unknown) => error instanceof ApiError && error.isNetworkError;

/**
 * The API as the panels use it, with the device's copy as the answer when there is no connection: the app
 * shell, the filing form, agencies, the user's recent buildings with their units and the user's drafts.
 * Every answer that arrives refreshes the copy; nothing written is ever answered from it.
 */
export function withDeviceCache(api: Api, cache: DeviceCache, userId: () => string | null): Api {
  const seen = new Map<string, PropertySummary>();
  const mine = (change: (c: UserCache) => UserCache) => {
    const id = userId();
    // A full or broken device storage must not fail the request whose answer already arrived.
    return id ? cache.change(id, change).catch(() => undefined) : Promise.resolve();
  };
  const cached = async <T>(pick: (c: UserCache) => T | undefined): Promise<T | undefined> => {
    const id = userId();
    const entry = id ? await cache.forUser(id) : undefined;
    return entry ? pick(entry) : undefined;
  };
  async function orCached<T>(request: Promise<T>, fallback: () => Promise<T | undefined>, keep?: (value: T) => Promise<unknown>): Promise<T> {
    let value: T;
    try {
      value = await request;
    } catch (error) {
      const saved = isOffline(error) ? await fallback().catch(() => undefined) : undefined;
      if (saved === undefined) throw error;
      return saved;
    }
    if (keep) await keep(value);
    return value;
  }
  const remember = (property: PropertySummary) =>
    mine((c) => ({ ...c, recent: [summaryOf(property), ...c.recent.filter((p) => p.id !== property.id)].slice(0, RECENT_LIMIT) }));
  const keepDraft = (operation: Operation) =>
    mine((c) => ({ ...c, drafts: [...c.drafts.filter((d) => d.id !== operation.id), ...(operation.state === 'draft' ? [operation] : [])] }));

  return {
    ...api,
    clientConfig: () =>
      orCached(
        api.clientConfig(),
        () => cache.config(),
        (config) => cache.saveConfig(config).catch(() => undefined),
      ),
    agencies: () =>
      orCached(
        api.agencies(),
        () => cached((c) => (c.agencies.length ? c.agencies : undefined)),
        (agencies) => mine((c) => ({ ...c, agencies })),
      ),
    searchProperties: (q, limit = 8, signal) =>
      orCached(
        api.searchProperties(q, limit, signal),
        () => cached((c) => searchRecent(c.recent, q, limit)),
        (page) => Promise.resolve(page.items.forEach((p) => seen.set(p.id, p))),
      ),
    property: (id) => orCached(api.property(id), () => Promise.resolve(undefined), remember),
    // Loaded when a building is chosen in the filing form: that makes it one of the user's recent buildings.
    units: (propertyId) =>
      orCached(
        api.units(propertyId),
        () => cached((c) => c.units[propertyId]),
        async (units) => {
          const property = seen.get(propertyId);
          if (property) await remember(property);
          await mine((c) => ({ ...c, units: { ...c.units, [propertyId]: units } }));
        },
      ),
    operation: (id) =>
      orCached(
        api.operation(id),
        () => cached((c) => c.drafts.find((d) => d.id === id)),
        (operation) => (operation.createdBy === userId() ? keepDraft(operation) : Promise.resolve()),
      ),
    createOperation: (input, key) => api.createOperation(input, key).then(async (operation) => (await keepDraft(operation), operation)),
    updateOperation: (id, input, version, key) =>
      api.updateOperation(id, input, version, key).then(async (operation) => (await keepDraft(operation), operation)),
    submitOperation: (id) => api.submitOperation(id).then(async (operation) => (await keepDraft(operation), operation)),
  };
}
