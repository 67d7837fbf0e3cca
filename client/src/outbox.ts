import { signal } from '@preact/signals';
import { createStore, get, update } from 'idb-keyval';
import { ApiError, type Api } from './api';
import type { Operation, OperationInput } from './api-types';
import { problemOf, type Problem } from './problem-text';

/** The server's refusal as the outbox keeps it: code and fields stay, so the reason can be shown in any language. */
export type OutboxProblem = Problem;

export interface OutboxEntry {
  /** The Idempotency-Key of the entry's save, for its whole life: a repeat after a lost answer files nothing twice. */
  id: string;
  /** Content still to save; null once the server has it (only the submit may be left). */
  input: OperationInput | null;
  /** The server's draft: set once created, or from the start for a saved draft edited offline. */
  operationId: string | null;
  /** The draft version the change was made from (If-Match). */
  version: number | null;
  /** Submit after saving (the inspector pressed "Absenden"), or keep as a draft. */
  submit: boolean;
  /** Shown in the list: the building's address as the form showed it. */
  label: string;
  queuedAt: string;
  /** `attention`: the server refused it; it waits for the user, never dropped on its own. */
  state: 'waiting' | 'attention';
  attempts: number;
  /** The last refusal or server failure, null while nothing went wrong. */
  problem: OutboxProblem | null;
}

export type NewOutboxEntry = Pick<OutboxEntry, 'id' | 'input' | 'submit' | 'label'> & Partial<Pick<OutboxEntry, 'operationId' | 'version'>>;

/** Where one user's entries live; `change` must be atomic, since several tabs may send at once. */
export interface OutboxStorage {
  read(): Promise<OutboxEntry[]>;
  change(apply: (entries: OutboxEntry[]) => OutboxEntry[]): Promise<OutboxEntry[]>;
}

const database = () => createStore('hausakte-outbox', 'entries');

/** IndexedDB, one record per user: it survives closing the tab and a logout, and another user never reads it. */
export function indexedDbStorage(userId: string, store = database()): OutboxStorage {
  return {
    read: async () => (await get<OutboxEntry[]>(userId, store)) ?? [],
    async change(apply) {
      let next: OutboxEntry[] = [];
      await update<OutboxEntry[]>(userId, (old) => (next = apply(old ?? [])), store);
      return next;
    },
  };
}

/** What one attempt to send an entry came to. */
export type SendOutcome =
  | { kind: 'sent'; operation: Operation }
  | { kind: 'offline' }
  | { kind: 'unauthorized' }
  /** The server failed (5xx, 408, 429): the entry waits and is tried again later. */
  | { kind: 'unavailable'; problem: OutboxProblem }
  | { kind: 'refused'; problem: OutboxProblem };

export type Sender = (entry: OutboxEntry, progress: (patch: Partial<OutboxEntry>) => Promise<void>) => Promise<SendOutcome>;

export interface FlushResult {
  sent: number;
  refused: number;
  /** Why sending stopped before the end, if it did. */
  stoppedBy: 'offline' | 'unauthorized' | 'unavailable' | null;
}

/** Reports filed without a connection (or whose answer was lost): kept per user until the server has them. */
export function createOutbox(storage: OutboxStorage, now = () => new Date()) {
  const entries = signal<OutboxEntry[]>([]);
  const sending = signal<string | null>(null);
  const change = async (apply: (list: OutboxEntry[]) => OutboxEntry[]) => (entries.value = await storage.change(apply));
  const patch = (id: string, values: Partial<OutboxEntry>) => change((list) => list.map((e) => (e.id === id ? { ...e, ...values } : e)));
  let flushing: Promise<FlushResult> | null = null;

  async function flushOnce(send: Sender): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, refused: 0, stoppedBy: null };
    // A draft whose earlier change was refused: later changes to it wait for the user too.
    const held = new Set<string>();
    for (const queued of await storage.read()) {
      const entry = (await storage.read()).find((e) => e.id === queued.id);
      if (!entry || entry.state !== 'waiting') {
        if (entry?.operationId) held.add(entry.operationId);
        continue;
      }
      if (entry.operationId && held.has(entry.operationId)) continue;
      sending.value = entry.id;
      let outcome: SendOutcome;
      try {
        await patch(entry.id, { attempts: entry.attempts + 1 });
        outcome = await send(entry, (values) => patch(entry.id, values).then(() => undefined));
      } finally {
        sending.value = null;
      }
      if (outcome.kind === 'sent') {
        // Later offline edits of the same draft were made from the version this one replaced.
        const { id, version } = outcome.operation;
        await change((list) => list.filter((e) => e.id !== entry.id).map((e) => (e.operationId === id ? { ...e, version } : e)));
        result.sent += 1;
      } else if (outcome.kind === 'refused') {
        await patch(entry.id, { state: 'attention', problem: outcome.problem });
        if (entry.operationId) held.add(entry.operationId);
        result.refused += 1;
      } else {
        if (outcome.kind === 'unavailable') await patch(entry.id, { problem: outcome.problem });
        result.stoppedBy = outcome.kind;
        break;
      }
    }
    return result;
  }

  return {
    /** The current user's entries, kept in step with the storage after every change made here. */
    entries,
    /** The id of the entry being sent right now. */
    sending,
    async load(): Promise<OutboxEntry[]> {
      return (entries.value = await storage.read());
    },
    /** Queues a report; `replaces` is the entry the user opened and corrected, which the new one takes the place of. */
    async add(values: NewOutboxEntry, replaces?: string): Promise<OutboxEntry> {
      const entry: OutboxEntry = {
        operationId: null,
        version: null,
        ...values,
        queuedAt: now().toISOString(),
        state: 'waiting',
        attempts: 0,
        problem: null,
      };
      await change((list) => {
        const at = replaces ? list.findIndex((e) => e.id === replaces) : -1;
        return at < 0 ? [...list.filter((e) => e.id !== entry.id), entry] : list.map((e, i) => (i === at ? entry : e));
      });
      return entry;
    },
    /** Only on the user's explicit request ("Verwerfen") or once the entry's content reached the server another way. */
    async remove(id: string): Promise<void> {
      await change((list) => list.filter((e) => e.id !== id));
    },
    /** Puts a refused entry back in line, e.g. after the user was given the missing right. */
    async retry(id: string): Promise<void> {
      await patch(id, { state: 'waiting', problem: null });
    },
    /** Sends waiting entries in order; stops while offline, signed out or while the server fails. */
    flush(send: Sender): Promise<FlushResult> {
      flushing ??= flushOnce(send).finally(() => (flushing = null));
      return flushing;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

/** Saves (creates or updates) and, if asked, submits one entry, recording each step so a later attempt goes on from there. */
export function operationSender(api: Api): Sender {
  return async (entry, progress) => {
    let operationId = entry.operationId;
    let version = entry.version;
    let operation: Operation | null = null;
    try {
      if (entry.input) {
        operation = operationId
          ? await api.updateOperation(operationId, entry.input, version ?? 0, entry.id)
          : await api.createOperation(entry.input, entry.id);
        operationId = operation.id;
        version = operation.version;
        await progress({ operationId, version, input: null });
      }
      if (entry.submit && operationId) operation = await api.submitOperation(operationId);
      operation ??= await api.operation(operationId!);
      return { kind: 'sent', operation };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.isNetworkError) return { kind: 'offline' };
      if (error.status === 401) return { kind: 'unauthorized' };
      if (error.status >= 500 || error.status === 408 || error.status === 429) return { kind: 'unavailable', problem: problemOf(error) };
      return { kind: 'refused', problem: problemOf(error) };
    }
  };
}

/**
 * Sends whenever the browser comes online, on request and every `retryMs` while something waits (a server
 * failure or a network that is up without the `online` event); the returned function stops it at logout.
 */
export function keepSending(outbox: Outbox, send: Sender, report: (result: FlushResult) => void, retryMs = 30_000) {
  let stopped = false;
  const run = () => {
    if (stopped || !outbox.entries.value.some((e) => e.state === 'waiting')) return;
    // A failure of the device's storage leaves every entry where it was; the next run tries again.
    outbox.flush(send).then(
      (result) => stopped || report(result),
      () => undefined,
    );
  };
  window.addEventListener('online', run);
  const timer = setInterval(run, retryMs);
  run();
  return {
    run,
    stop() {
      stopped = true;
      window.removeEventListener('online', run);
      clearInterval(timer);
    },
  };
}

const LEGACY_KEY = 'hausakte.outbox';

/** Reports an earlier version of the client queued in the tab's sessionStorage move to the signed-in user's outbox. */
export async function adoptSessionQueue(outbox: Outbox, storage: Pick<Storage, 'getItem' | 'removeItem'>): Promise<void> {
  let legacy: unknown;
  try {
    legacy = JSON.parse(storage.getItem(LEGACY_KEY) ?? '[]');
  } catch {
    return;
  }
  if (!Array.isArray(legacy)) return;
  for (const old of legacy as Array<{ id?: unknown; input?: OperationInput; submit?: unknown }>) {
    if (typeof old.id !== 'string' || !old.input) continue;
    await outbox.add({ id: old.id, input: old.input, submit: old.submit === true, label: old.input.propertyId });
  }
  storage.removeItem(LEGACY_KEY);
}
