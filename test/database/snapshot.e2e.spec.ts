import { beforeAll, describe, expect, it } from 'vitest';
import { AppMeta } from '../../src/database/app-meta.entity.js';
import { WriteQueue } from '../../src/database/write-queue.js';
import { useTestApp } from '../helpers/test-app.js';

describe('WriteQueue.snapshot', () => {
  const t = useTestApp();
  let queue: WriteQueue;
  const count = async (manager = t.dataSource.manager) => manager.getRepository(AppMeta).count();

  beforeAll(() => {
    queue = t.app.get(WriteQueue);
  });

  it('should see one state of the data in all its reads while a write commits in between', async () => {
    const before = await count();
    let written: Promise<void> = Promise.resolve();
    const seen = await queue.snapshot(async (manager) => {
      const first = await count(manager);
      written = queue.run(async (writer) => {
        await writer.getRepository(AppMeta).insert({ key: 'snapshot-test', value: 'written during the snapshot' });
      });
      // PostgreSQL commits the write on a connection of its own now; on SQLite the queue holds it until the snapshot ends.
      if (t.dataSource.options.type === 'postgres') await written;
      return [first, await count(manager)];
    });
    await written;
    expect(seen).toEqual([before, before]);
    expect(await count()).toBe(before + 1);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('should read under REPEATABLE READ on PostgreSQL', async () => {
    const [row] = await queue.snapshot((manager) => manager.query<Array<{ transaction_isolation: string }>>('SHOW transaction_isolation'));
    expect(row.transaction_isolation).toBe('repeatable read');
  });
});
