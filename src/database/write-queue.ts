import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A last step the current request adds to its first write transaction, so that it commits or rolls back with it. */
export interface FirstWriteStep {
  taken: boolean;
  run(manager: EntityManager, result: unknown): Promise<void>;
}

/** Set around a request's handler by the idempotency interceptor: the stored answer commits with the write. */
export const firstWriteStep = new AsyncLocalStorage<FirstWriteStep>();

/**
 * Runs every write transaction one after another. TypeORM shares a single SQLite connection, so two
 * concurrent transactions would interleave on it and answer before their COMMIT; on PostgreSQL each
 * transaction has its own pooled connection and runs directly.
 * The work function must only touch the database: no network or file awaits inside a transaction.
 */
@Injectable()
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serialize: boolean;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.serialize = dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const step = firstWriteStep.getStore();
    if (!step || step.taken) return this.enqueue('READ COMMITTED', work);
    step.taken = true;
    return this.enqueue('READ COMMITTED', async (manager) => {
      const result = await work(manager);
      await step.run(manager, result);
      return result;
    }).catch((error: unknown) => {
      step.taken = false;
      throw error;
    });
  }

  /**
   * Several reads that must see one state of the data (a council summary): REPEATABLE READ on PostgreSQL, where
   * READ COMMITTED would let each statement see the writes committed since the one before; on SQLite any
   * transaction reads one snapshot, and the queue keeps writes off the shared connection meanwhile.
   */
  snapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.enqueue('REPEATABLE READ', work);
  }

  private enqueue<T>(isolation: 'READ COMMITTED' | 'REPEATABLE READ', work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialize) return this.dataSource.transaction(isolation, work);
    const result = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = result.catch(() => undefined);
    return result;
  }
}
