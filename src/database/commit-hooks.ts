import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { lockCommitSection } from './locks.js';

/** Writes staged during a transaction, done as its last statements. */
export interface CommitHook<T> {
  /** Lower runs first: the audit chain (10) before the map version rows (20). */
  readonly order: number;
  flush(manager: EntityManager, items: readonly T[]): Promise<void>;
}

/**
 * Rows that every writer touches (the head of the audit chain, the map version rows) are written right
 * before COMMIT under one lock and in one order, so on PostgreSQL they are held from there to COMMIT
 * instead of from a transaction's first write on, and two writers can never wait on each other in a cycle.
 */
@Injectable()
export class CommitHooks implements EntitySubscriberInterface<unknown> {
  private readonly staged = new WeakMap<QueryRunner, Map<CommitHook<unknown>, unknown[]>>();
  // A multi-row insert outside a transaction stages once per row at the same time; one connection takes one query at a time.
  private readonly unstaged = new WeakMap<object, Promise<void>>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  /** Stages an item for the manager's transaction; outside a transaction there is no COMMIT to wait for. */
  async stage<T>(manager: EntityManager, hook: CommitHook<T>, item: T): Promise<void> {
    const queryRunner = manager.queryRunner;
    if (!queryRunner?.isTransactionActive) {
      const connection = queryRunner ?? manager;
      const done = (this.unstaged.get(connection) ?? Promise.resolve()).then(async () => {
        await lockCommitSection(manager);
        await hook.flush(manager, [item]);
      });
      this.unstaged.set(
        connection,
        done.catch(() => undefined),
      );
      return done;
    }
    let byHook = this.staged.get(queryRunner);
    if (!byHook) this.staged.set(queryRunner, (byHook = new Map<CommitHook<unknown>, unknown[]>()));
    const items = byHook.get(hook);
    if (items) items.push(item);
    else byHook.set(hook, [item]);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const byHook = this.staged.get(event.queryRunner);
    if (!byHook) return;
    this.staged.delete(event.queryRunner);
    await lockCommitSection(event.manager);
    for (const [hook, items] of [...byHook].sort(([a], [b]) => a.order - b.order)) await hook.flush(event.manager, items);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.staged.delete(event.queryRunner);
  }
}
