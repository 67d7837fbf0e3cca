import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ProblemException } from '../common/problem.js';
import { firstWriteStep, WriteQueue } from '../database/write-queue.js';

/** Answers are kept this long: a report queued on Friday and retried on Monday still finds its key. */
export const IDEMPOTENCY_RETENTION_MS = 7 * 24 * 3600_000;
/** A claim that has no answer after this long belongs to a request whose server stopped; nothing of it committed. */
const LEASE_MS = 120_000;
/** How long a repeat waits for the first request's answer before it is told to try again. */
const WAIT_MS = 15_000;

export type Claim = { kind: 'claimed' } | { kind: 'replay'; status: number; body: string };

const requestInProgress = () =>
  new ProblemException(HttpStatus.CONFLICT, 'request_in_progress', 'A request with this Idempotency-Key is still being processed; retry shortly.');

interface RecordRow {
  fingerprint: string;
  response_status: number | string | null;
  response_body: string | null;
  started_at: number | string;
}

/**
 * Idempotency-Key records in the database, so every instance sees the same keys. The answer is written in the
 * same transaction as the request's write (see firstWriteStep): a key has an answer exactly when its write committed.
 */
@Injectable()
export class IdempotencyService {
  private readonly p: (i: number) => string;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly writeQueue: WriteQueue,
  ) {
    const postgres = dataSource.options.type === 'postgres';
    this.p = (i) => (postgres ? `$${i}` : '?');
  }

  /** Claims the key for this request, or answers the stored result of an earlier one, waiting while it runs. */
  async begin(userId: string, key: string, fingerprint: string): Promise<Claim> {
    const deadline = Date.now() + WAIT_MS;
    for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
      const claim = await this.tryClaim(userId, key, fingerprint);
      if (claim) return claim;
      if (Date.now() + delay > deadline) throw requestInProgress();
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  /** Stores the answer inside the transaction that committed the request's write. */
  async store(manager: EntityManager, userId: string, key: string, status: number, body: string): Promise<void> {
    const p = this.p;
    await manager.query(
      `UPDATE idempotency_keys SET response_status = ${p(1)}, response_body = ${p(2)} WHERE user_id = ${p(3)} AND idempotency_key = ${p(4)}`,
      [status, body, userId, key],
    );
  }

  /** Stores the answer of a request that wrote nothing, or whose answer differs from what its transaction returned. */
  complete(userId: string, key: string, status: number, body: string): Promise<void> {
    return this.apart((manager) => this.store(manager, userId, key, status, body));
  }

  /** Frees the key of a request that failed before anything committed, so a corrected retry can use it. */
  release(userId: string, key: string): Promise<void> {
    const p = this.p;
    return this.apart(async (manager) => {
      await manager.query(`DELETE FROM idempotency_keys WHERE user_id = ${p(1)} AND idempotency_key = ${p(2)} AND response_status IS NULL`, [userId, key]);
    });
  }

  private tryClaim(userId: string, key: string, fingerprint: string): Promise<Claim | null> {
    const p = this.p;
    return this.apart(async (manager) => {
      const now = Date.now();
      await manager.query(`DELETE FROM idempotency_keys WHERE expires_at < ${p(1)}`, [now]);
      const inserted: unknown[] = await manager.query(
        'INSERT INTO idempotency_keys (user_id, idempotency_key, fingerprint, started_at, expires_at) ' +
          `VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}) ON CONFLICT (user_id, idempotency_key) DO NOTHING RETURNING user_id`,
        [userId, key, fingerprint, now, now + IDEMPOTENCY_RETENTION_MS],
      );
      if (inserted.length > 0) return { kind: 'claimed' };
      const [row] = await manager.query<RecordRow[]>(
        `SELECT fingerprint, response_status, response_body, started_at FROM idempotency_keys WHERE user_id = ${p(1)} AND idempotency_key = ${p(2)}`,
        [userId, key],
      );
      if (!row) return null;
      if (row.fingerprint !== fingerprint) {
        throw new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'idempotency_key_reused',
          'This Idempotency-Key was already used for a different request; send a new key for new content.',
        );
      }
      if (row.response_status !== null && row.response_body !== null) return { kind: 'replay', status: Number(row.response_status), body: row.response_body };
      if (Number(row.started_at) >= now - LEASE_MS) return null;
      const taken: unknown[] = await manager.query(
        `UPDATE idempotency_keys SET started_at = ${p(1)} WHERE user_id = ${p(2)} AND idempotency_key = ${p(3)} AND started_at = ${p(4)} AND response_status IS NULL RETURNING user_id`,
        [now, userId, key, row.started_at],
      );
      return taken.length > 0 ? { kind: 'claimed' } : null;
    });
  }

  /** Its own transaction, never the request's first write step. */
  private apart<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return firstWriteStep.exit(() => this.writeQueue.run(work));
  }
}
