import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CommitHooks, type CommitHook } from '../database/commit-hooks.js';
import { WriteQueue } from '../database/write-queue.js';
import { AuditEntry } from './audit-entry.entity.js';
import { checkLink, GENESIS_HASH, hashEntry, hashPayload, type ChainBreak } from './audit-chain.js';
import { insertInChunks } from '../database/bulk-insert.js';

export interface Actor {
  id: string | null;
  username: string;
}

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string | null;
  payload: unknown;
}

export type AuditVerification = { ok: true; entries: number; lastSeq: number | null } | { ok: false; entries: number; brokenSeq: number; reason: ChainBreak };

const VERIFY_BATCH = 2000;

type StagedEntry = Omit<AuditEntry, 'seq' | 'at' | 'prevHash' | 'hash'>;

@Injectable()
export class AuditService implements CommitHook<StagedEntry> {
  readonly order = 10;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writeQueue: WriteQueue,
    private readonly commitHooks: CommitHooks,
  ) {}

  /**
   * Records one entry in the caller's transaction, so the write and its record commit together. The payload
   * is hashed now; the entry joins the chain, stamped with the time it does, as one of the transaction's last statements.
   */
  append(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    const entry: StagedEntry = {
      actorId: actor.id,
      actorName: actor.username.slice(0, 100),
      action: record.action,
      entity: record.entity,
      entityId: record.entityId,
      payloadHash: hashPayload(record.payload),
    };
    return this.commitHooks.stage(manager, this, entry);
  }

  /** Chains the staged entries onto the last one; runs under the commit lock. */
  async flush(manager: EntityManager, staged: readonly StagedEntry[]): Promise<void> {
    const [last] = await manager.getRepository(AuditEntry).find({ order: { seq: 'DESC' }, take: 1 });
    let previous = { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH };
    const at = new Date();
    const entries = staged.map((fields) => {
      const entry = Object.assign(new AuditEntry(), fields, { seq: previous.seq + 1, at, prevHash: previous.hash });
      entry.hash = hashEntry(entry);
      previous = entry;
      return entry;
    });
    await insertInChunks(manager, AuditEntry, entries);
  }

  /** For events that write nothing else (failed logins). */
  record(actor: Actor, record: AuditRecord): Promise<void> {
    return this.writeQueue.run((manager) => this.append(manager, actor, record));
  }

  async verify(): Promise<AuditVerification> {
    const repository = this.dataSource.getRepository(AuditEntry);
    let previous: { seq: number; hash: string } | null = null;
    let entries = 0;
    for (;;) {
      const batch: AuditEntry[] = await repository
        .createQueryBuilder('a')
        .where('a.seq > :after', { after: previous?.seq ?? 0 })
        .orderBy('a.seq', 'ASC')
        .take(VERIFY_BATCH)
        .getMany();
      for (const entry of batch) {
        const broken = checkLink(entry, previous);
        if (broken) return { ok: false, entries, brokenSeq: broken === 'sequence_gap' ? (previous?.seq ?? 0) + 1 : entry.seq, reason: broken };
        previous = { seq: entry.seq, hash: entry.hash };
        entries += 1;
      }
      if (batch.length < VERIFY_BATCH) return { ok: true, entries, lastSeq: previous?.seq ?? null };
    }
  }
}
