import { describe, expect, it } from 'vitest';
import type { OperationInput } from '../../client/src/api-types';
import { padBbox } from '../../client/src/map-data';
import type { Api } from '../../client/src/api';
import { createOutbox, operationSender } from '../../client/src/outbox';
import { formRequestKeys } from '../../client/src/request-keys';
import { clearSession, loadSession, saveSession } from '../../client/src/session';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

const user = { id: 'u', username: 'lead', displayName: 'Lead', role: 'lead' as const, agencyCode: 'ordnungsamt', permissions: [] };

describe('session', () => {
  it('should keep a session until it expires', () => {
    const storage = memoryStorage();
    saveSession(storage, { token: 'a.b.c', user, expiresAt: 2000 });
    expect(loadSession(storage, 1000)?.token).toBe('a.b.c');
    expect(loadSession(storage, 2000)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('should drop unreadable data and forget on logout', () => {
    const storage = memoryStorage();
    storage.setItem('hausakte.session', '{not json');
    expect(loadSession(storage)).toBeNull();
    saveSession(storage, { token: 't', user, expiresAt: Date.now() + 1000 });
    clearSession(storage);
    expect(loadSession(storage)).toBeNull();
  });
});

describe('outbox', () => {
  const input = { propertyId: 'p' } as OperationInput;

  it('should send waiting operations in order and stop while offline', async () => {
    const outbox = createOutbox(memoryStorage());
    outbox.add({ ...input, notes: 'first' }, true);
    outbox.add({ ...input, notes: 'second' }, false);
    const offline = await outbox.flush(() => Promise.resolve('offline'));
    expect(offline).toEqual({ sent: 0, refused: 0 });
    expect(outbox.entries()).toHaveLength(2);
    const seen: Array<string | null | undefined> = [];
    const online = await outbox.flush((entry) => (seen.push(entry.input.notes), Promise.resolve('sent')));
    expect(online).toEqual({ sent: 2, refused: 0 });
    expect(seen).toEqual(['first', 'second']);
    expect(outbox.entries()).toEqual([]);
  });

  it('should drop an entry the server refuses and go on with the next', async () => {
    const outbox = createOutbox(memoryStorage());
    outbox.add(input, true);
    outbox.add(input, true);
    let calls = 0;
    expect(await outbox.flush(() => Promise.resolve(++calls === 1 ? 'refused' : 'sent'))).toEqual({ sent: 1, refused: 1 });
    expect(outbox.entries()).toEqual([]);
  });
});

describe('operationSender', () => {
  it('should send an entry with its own Idempotency-Key every time, so a repeat after a lost answer files nothing twice', async () => {
    const outbox = createOutbox(memoryStorage());
    const entry = outbox.add({ propertyId: 'p' } as OperationInput, true, 'key-of-the-first-attempt');
    const calls: string[] = [];
    const api = {
      createOperation: (_input: OperationInput, key: string) => (calls.push(`create ${key}`), Promise.resolve({ id: 'op-1' })),
      submitOperation: (id: string) => (calls.push(`submit ${id}`), Promise.resolve({ id })),
    } as unknown as Api;
    expect(await operationSender(api, () => undefined)(entry)).toBe('sent');
    expect(await operationSender(api, () => undefined)(entry)).toBe('sent');
    expect(calls).toEqual(['create key-of-the-first-attempt', 'submit op-1', 'create key-of-the-first-attempt', 'submit op-1']);
    expect(outbox.add({ propertyId: 'p' } as OperationInput, false).id).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('formRequestKeys', () => {
  it('should give the same content the same key while the form is open, and changed content a new one', () => {
    const keyFor = formRequestKeys();
    const first = keyFor({ reason: 'Tippfehler', changes: { notes: 'a' } });
    expect(keyFor({ reason: 'Tippfehler', changes: { notes: 'a' } })).toBe(first);
    const changed = keyFor({ reason: 'Tippfehler', changes: { notes: 'b' } });
    expect(changed).not.toBe(first);
    expect(changed).toMatch(/^[0-9a-f]{32}$/);
    expect(formRequestKeys()({ reason: 'Tippfehler', changes: { notes: 'a' } })).not.toBe(first);
  });
});

describe('padBbox', () => {
  it('should grow the box on every side and stay within WGS84', () => {
    expect(padBbox([6, 51, 7, 52], 0.25)).toEqual([5.75, 50.75, 7.25, 52.25]);
    expect(padBbox([-180, -90, 180, 90], 0.25)).toEqual([-180, -90, 180, 90]);
  });
});
