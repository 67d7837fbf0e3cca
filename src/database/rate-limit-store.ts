import type { DataSource } from 'typeorm';
import type { WriteQueue } from './write-queue.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A @fastify/rate-limit store whose fixed-window counters live in the database, so every server instance
 * counts the same attempts. The upsert is the same SQL on SQLite and PostgreSQL but for the placeholders.
 */
export function databaseRateLimitStore(dataSource: DataSource, writeQueue: WriteQueue) {
  const postgres = dataSource.options.type === 'postgres';
  const p = (i: number) => (postgres ? `$${i}` : '?');
  const upsert =
    `INSERT INTO rate_limit_hits (key, window_start, hits) VALUES (${p(1)}, ${p(2)}, 1) ` +
    'ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1 RETURNING hits';
  const prune = `DELETE FROM rate_limit_hits WHERE window_start < ${p(1)}`;

  return class DatabaseRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      const now = Date.now();
      const windowStart = now - (now % timeWindow);
      writeQueue
        .run(async (manager) => {
          await manager.query(prune, [windowStart - timeWindow]);
          const rows: Array<{ hits: number | string }> = await manager.query(upsert, [key, windowStart]);
          return Number(rows[0].hits);
        })
        .then((current) => callback(null, { current, ttl: windowStart + timeWindow - now }))
        .catch((error: Error) => callback(error));
    }

    child(): DatabaseRateLimitStore {
      return this;
    }
  };
}
