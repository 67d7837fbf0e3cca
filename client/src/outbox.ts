import { ApiError, type Api } from './api';
import type { OperationInput } from './api-types';
import { newRequestKey } from './request-keys';

export interface OutboxEntry {
  /** Also the Idempotency-Key of its creating request, for the entry's whole life. */
  id: string;
  input: OperationInput;
  /** Submit right after creating (the inspector pressed "Absenden"), or keep as a draft. */
  submit: boolean;
  queuedAt: string;
}

export type SendResult = 'sent' | 'offline' | 'refused';

const KEY = 'hausakte.outbox';

/**
 * Operations filed without a connection wait in sessionStorage (gone with the tab, like the token) and are
 * sent in order once the browser is online again; a refusal by the server drops the entry and is reported.
 */
export function createOutbox(storage: Pick<Storage, 'getItem' | 'setItem'>) {
  const read = (): OutboxEntry[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  };
  const write = (entries: OutboxEntry[]) => storage.setItem(KEY, JSON.stringify(entries));
  let flushing = false;

  return {
    entries: read,
    /** `id`: the key the first attempt was sent with, so a request that reached the server is not filed twice. */
    add(input: OperationInput, submit: boolean, id = newRequestKey(), now = new Date()): OutboxEntry {
      const entry: OutboxEntry = { id, input, submit, queuedAt: now.toISOString() };
      write([...read(), entry]);
      return entry;
    },
    /** Sends waiting entries one by one; stops at the first one that still cannot reach the server. */
    async flush(send: (entry: OutboxEntry) => Promise<SendResult>): Promise<{ sent: number; refused: number }> {
      if (flushing) return { sent: 0, refused: 0 };
      flushing = true;
      let sent = 0;
      let refused = 0;
      try {
        for (const entry of read()) {
          const result = await send(entry);
          if (result === 'offline') break;
          write(read().filter((e) => e.id !== entry.id));
          if (result === 'sent') sent += 1;
          else refused += 1;
        }
      } finally {
        flushing = false;
      }
      return { sent, refused };
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

/** Sends one waiting operation; a draft that reached the server counts as sent even if submitting it did not. */
export function operationSender(api: Api, onRefused: (error: ApiError) => void): (entry: OutboxEntry) => Promise<SendResult> {
  return async (entry) => {
    let created;
    try {
      created = await api.createOperation(entry.input, entry.id);
    } catch (error) {
      if (error instanceof ApiError && error.isNetworkError) return 'offline';
      if (error instanceof ApiError) onRefused(error);
      return 'refused';
    }
    if (entry.submit) {
      try {
        await api.submitOperation(created.id);
      } catch (error) {
        if (error instanceof ApiError) onRefused(error);
      }
    }
    return 'sent';
  };
}
