import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Operation, OperationInput } from '../../client/src/api-types';
import { padBbox } from '../../client/src/map-data';
import { ApiError, type Api } from '../../client/src/api';
import {
  adoptSessionQueue,
  createOutbox,
  indexedDbStorage,
  operationSender,
  type OutboxEntry,
  type OutboxStorage,
  type SendOutcome,
} from '../../client/src/outbox';
import { fieldLabel, problemText } from '../../client/src/problem-text';
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

function memoryOutbox(): OutboxStorage {
  let list: OutboxEntry[] = [];
  return {
    read: () => Promise.resolve(structuredClone(list)),
    change: (apply) => Promise.resolve((list = apply(structuredClone(list)))),
  };
}

const input = (notes: string) => ({ propertyId: 'p', kind: 'joint_inspection', date: '2026-12-01', notes }) as OperationInput;
const operation = (id: string, version = 1) => ({ id, version }) as Operation;
const problem = (status: number, code: string, fields: string[] = []) => ({ status, code, message: `server says ${code}`, fields });
const sentAs = (op: Operation): SendOutcome => ({ kind: 'sent', operation: op });

describe('outbox', () => {
  it('should send waiting reports in order, and keep every one while offline', async () => {
    const outbox = createOutbox(memoryOutbox());
    await outbox.add({ id: 'a', input: input('first'), submit: true, label: 'Ankerstraße 28' });
    await outbox.add({ id: 'b', input: input('second'), submit: false, label: 'Ankerstraße 30' });
    expect(await outbox.flush(() => Promise.resolve({ kind: 'offline' }))).toEqual({ sent: 0, refused: 0, stoppedBy: 'offline' });
    expect(outbox.entries.value.map((e) => [e.id, e.state, e.attempts])).toEqual([
      ['a', 'waiting', 1],
      ['b', 'waiting', 0],
    ]);
    const seen: Array<string | null | undefined> = [];
    const online = await outbox.flush((entry) => (seen.push(entry.input?.notes), Promise.resolve(sentAs(operation(entry.id)))));
    expect(online).toEqual({ sent: 2, refused: 0, stoppedBy: null });
    expect(seen).toEqual(['first', 'second']);
    expect(outbox.entries.value).toEqual([]);
    expect(await outbox.load()).toEqual([]);
  });

  it('should keep a refused report with the reason for the user, send the others, and put it back in line on retry', async () => {
    const outbox = createOutbox(memoryOutbox());
    await outbox.add({ id: 'a', input: input('refused'), submit: true, label: 'A' });
    await outbox.add({ id: 'b', input: input('fine'), submit: true, label: 'B' });
    const refusal = problem(400, 'validation_failed', ['findings[0].severity']);
    const send = (entry: OutboxEntry) => Promise.resolve<SendOutcome>(entry.id === 'a' ? { kind: 'refused', problem: refusal } : sentAs(operation('op-b')));
    expect(await outbox.flush(send)).toEqual({ sent: 1, refused: 1, stoppedBy: null });
    expect(outbox.entries.value).toEqual([expect.objectContaining({ id: 'a', state: 'attention', problem: refusal })]);
    // A refused report is not sent again on its own.
    expect(await outbox.flush(() => Promise.reject(new Error('must not be sent')))).toEqual({ sent: 0, refused: 0, stoppedBy: null });
    await outbox.retry('a');
    expect(outbox.entries.value[0]).toMatchObject({ state: 'waiting', problem: null });
    expect(await outbox.flush(() => Promise.resolve(sentAs(operation('op-a'))))).toMatchObject({ sent: 1 });
    expect(outbox.entries.value).toEqual([]);
  });

  it('should stop and keep the report untouched when the session expired (401), and send it after the next login', async () => {
    const storage = memoryOutbox();
    const outbox = createOutbox(storage);
    await outbox.add({ id: 'a', input: input('x'), submit: true, label: 'A' });
    await outbox.add({ id: 'b', input: input('y'), submit: true, label: 'B' });
    const calls: string[] = [];
    const expired = (entry: OutboxEntry) => (calls.push(entry.id), Promise.resolve<SendOutcome>({ kind: 'unauthorized' }));
    expect(await outbox.flush(expired)).toEqual({ sent: 0, refused: 0, stoppedBy: 'unauthorized' });
    expect(calls).toEqual(['a']);
    expect((await storage.read()).map((e) => [e.id, e.state, e.problem])).toEqual([
      ['a', 'waiting', null],
      ['b', 'waiting', null],
    ]);
    // The same user's next login reads the same storage.
    const again = createOutbox(storage);
    await again.load();
    expect(await again.flush((entry) => Promise.resolve(sentAs(operation(entry.id))))).toMatchObject({ sent: 2 });
  });

  it('should keep a report waiting with the failure noted when the server fails (5xx), and stop until later', async () => {
    const outbox = createOutbox(memoryOutbox());
    await outbox.add({ id: 'a', input: input('x'), submit: true, label: 'A' });
    await outbox.add({ id: 'b', input: input('y'), submit: true, label: 'B' });
    const failure = problem(503, 'service_unavailable');
    expect(await outbox.flush(() => Promise.resolve<SendOutcome>({ kind: 'unavailable', problem: failure }))).toEqual({
      sent: 0,
      refused: 0,
      stoppedBy: 'unavailable',
    });
    expect(outbox.entries.value.map((e) => [e.id, e.state, e.problem])).toEqual([
      ['a', 'waiting', failure],
      ['b', 'waiting', null],
    ]);
  });

  it('should send each report once when two sends are started at the same time', async () => {
    const outbox = createOutbox(memoryOutbox());
    await outbox.add({ id: 'a', input: input('x'), submit: true, label: 'A' });
    const calls: string[] = [];
    const send = (entry: OutboxEntry) => (calls.push(entry.id), new Promise<SendOutcome>((r) => setTimeout(() => r(sentAs(operation('op'))), 5)));
    const [first, second] = await Promise.all([outbox.flush(send), outbox.flush(send)]);
    expect(first).toBe(second);
    expect(calls).toEqual(['a']);
  });

  it('should hand the saved version to a later offline change of the same draft, and hold it while an earlier change is refused', async () => {
    const outbox = createOutbox(memoryOutbox());
    await outbox.add({ id: 'first', input: input('one'), operationId: 'op', version: 3, submit: false, label: 'A' });
    await outbox.add({ id: 'second', input: input('two'), operationId: 'op', version: 3, submit: true, label: 'A' });
    const versions: Array<number | null> = [];
    let refuse = true;
    const send = (entry: OutboxEntry): Promise<SendOutcome> => {
      versions.push(entry.version);
      if (refuse) return Promise.resolve({ kind: 'refused', problem: problem(412, 'precondition_failed') });
      return Promise.resolve(sentAs(operation('op', (entry.version ?? 0) + 1)));
    };
    expect(await outbox.flush(send)).toEqual({ sent: 0, refused: 1, stoppedBy: null });
    expect(versions).toEqual([3]);
    refuse = false;
    await outbox.retry('first');
    expect(await outbox.flush(send)).toEqual({ sent: 2, refused: 0, stoppedBy: null });
    expect(versions).toEqual([3, 3, 4]);
  });

  it('should let a corrected report take the place of the refused one', async () => {
    const outbox = createOutbox(memoryOutbox());
    await outbox.add({ id: 'a', input: input('wrong'), submit: true, label: 'A' });
    await outbox.add({ id: 'b', input: input('other'), submit: true, label: 'B' });
    await outbox.add({ id: 'c', input: input('corrected'), submit: true, label: 'A' }, 'a');
    expect(outbox.entries.value.map((e) => [e.id, e.input?.notes])).toEqual([
      ['c', 'corrected'],
      ['b', 'other'],
    ]);
    await outbox.remove('c');
    expect(outbox.entries.value.map((e) => e.id)).toEqual(['b']);
  });

  it("should move reports an earlier client queued in sessionStorage into the user's outbox", async () => {
    const session = memoryStorage();
    session.setItem('hausakte.outbox', JSON.stringify([{ id: 'old', input: input('from the tab'), submit: true, queuedAt: '2026-12-01T10:00:00Z' }]));
    const outbox = createOutbox(memoryOutbox());
    await adoptSessionQueue(outbox, session);
    expect(outbox.entries.value).toEqual([expect.objectContaining({ id: 'old', submit: true, state: 'waiting', input: input('from the tab') })]);
    expect(session.items.size).toBe(0);
  });
});

describe('indexedDbStorage (IndexedDB)', () => {
  it("should keep each user's reports apart and apply changes made at the same time one after the other", async () => {
    const store = createStore(`outbox-${Math.random()}`, 'entries');
    const anna = createOutbox(indexedDbStorage('anna', store));
    const bert = createOutbox(indexedDbStorage('bert', store));
    await Promise.all([1, 2, 3, 4, 5].map((n) => anna.add({ id: `a${n}`, input: input(`${n}`), submit: true, label: 'A' })));
    await bert.add({ id: 'b1', input: input('b'), submit: false, label: 'B' });
    expect((await anna.load()).map((e) => e.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect((await bert.load()).map((e) => e.id)).toEqual(['b1']);
    expect((await createOutbox(indexedDbStorage('anna', store)).load()).length).toBe(5);
  });
});

describe('operationSender', () => {
  const fakeApi = (calls: string[], failSubmitOnce: boolean) => {
    let submitFailures = failSubmitOnce ? 1 : 0;
    return {
      createOperation: (_input: OperationInput, key: string) => (calls.push(`create ${key}`), Promise.resolve(operation('op-1', 1))),
      updateOperation: (id: string, _input: OperationInput, version: number, key: string) => (
        calls.push(`update ${id} if-match ${version} ${key}`),
        Promise.resolve(operation(id, version + 1))
      ),
      submitOperation: (id: string) => {
        calls.push(`submit ${id}`);
        if (submitFailures-- > 0) return Promise.reject(new ApiError(0, 'network_error', 'offline'));
        return Promise.resolve(operation(id, 2));
      },
    } as unknown as Api;
  };

  it('should create with the key of the first attempt, and after the submit failed only submit, never create twice', async () => {
    const outbox = createOutbox(memoryOutbox());
    await outbox.add({ id: 'key-of-the-first-attempt', input: input('x'), submit: true, label: 'A' });
    const calls: string[] = [];
    const send = operationSender(fakeApi(calls, true));
    expect(await outbox.flush(send)).toMatchObject({ sent: 0, stoppedBy: 'offline' });
    expect(outbox.entries.value[0]).toMatchObject({ operationId: 'op-1', version: 1, input: null, submit: true });
    expect(await outbox.flush(send)).toMatchObject({ sent: 1 });
    expect(calls).toEqual(['create key-of-the-first-attempt', 'submit op-1', 'submit op-1']);
  });

  it("should save a draft edited offline with If-Match of the version it was edited from and the entry's key", async () => {
    const outbox = createOutbox(memoryOutbox());
    await outbox.add({ id: 'k', input: input('x'), operationId: 'op-7', version: 4, submit: false, label: 'A' });
    const calls: string[] = [];
    expect(await outbox.flush(operationSender(fakeApi(calls, false)))).toMatchObject({ sent: 1 });
    expect(calls).toEqual(['update op-7 if-match 4 k']);
  });

  it('should tell a refusal (4xx) from a server failure (5xx) and an expired session (401)', async () => {
    const entry = { id: 'k', input: input('x'), operationId: null, version: null, submit: true } as OutboxEntry;
    const failing = (error: ApiError) => operationSender({ createOperation: () => Promise.reject(error) } as unknown as Api)(entry, () => Promise.resolve());
    expect(await failing(new ApiError(422, 'idempotency_key_reused', 'reused'))).toMatchObject({
      kind: 'refused',
      problem: { code: 'idempotency_key_reused' },
    });
    expect(await failing(new ApiError(400, 'validation_failed', 'bad', [{ field: 'date', message: 'bad', code: 'invalid' }]))).toMatchObject({
      kind: 'refused',
      problem: { fields: ['date'] },
    });
    expect(await failing(new ApiError(502, 'http_502', 'bad gateway'))).toMatchObject({ kind: 'unavailable' });
    expect(await failing(new ApiError(429, 'too_many_requests', 'slow down'))).toMatchObject({ kind: 'unavailable' });
    expect(await failing(new ApiError(401, 'unauthorized', 'expired'))).toEqual({ kind: 'unauthorized' });
    expect(await failing(new ApiError(0, 'network_error', 'offline'))).toEqual({ kind: 'offline' });
  });
});

describe('problemText', () => {
  it('should name the refused fields by their German labels and known codes in German, never the internal path', () => {
    expect(fieldLabel('findings[1].severity')).toBe('Befunde 2 – Schwere');
    expect(fieldLabel('occupancyCounts[0].livingSpaceM2')).toBe('Belegung 1 – Wohnfläche m²');
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
    expect(problemText(problem(400, 'validation_failed', ['findings[1].severity', 'date', 'date']))).toBe(
      'Angaben nicht gültig, bitte prüfen: Befunde 2 – Schwere, Datum.',
    );
    expect(problemText(problem(412, 'precondition_failed'))).toContain('anderswo geändert');
    expect(problemText(problem(503, 'service_unavailable'))).toBe('Der Server ist gerade nicht erreichbar. Bitte später erneut versuchen.');
    expect(problemText(problem(502, 'http_502'))).toBe('Der Server ist gestört (HTTP 502).');
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
