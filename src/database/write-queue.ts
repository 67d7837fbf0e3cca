import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

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
    if (!this.serialize) return this.dataSource.transaction('READ COMMITTED', work);
    const result = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = result.catch(() => undefined);
    return result;
  }
}
