import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { insertInChunks } from '../database/bulk-insert.js';
import { firstWriteStep, WriteQueue } from '../database/write-queue.js';
import { FileRead, type FilePart } from './file-read.entity.js';

const RETRY_MS = 1_000;
const SHUTDOWN_ATTEMPTS = 5;

/**
 * Reads of building files, written off the request's path: a read is queued at once and the queue is written in
 * batches after the answer has gone; a failed batch stays queued and is tried again, and shutdown waits for the queue.
 */
@Injectable()
export class ReadLog implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ReadLog.name);
  private queued: FileRead[] = [];
  private writing: Promise<void> | null = null;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writeQueue: WriteQueue,
  ) {}

  record(user: AuthUser, propertyId: string, part: FilePart, itemId: string | null = null): void {
    this.queued.push({
      id: randomUUID(),
      propertyId,
      part,
      itemId,
      actorId: user.id,
      actorName: user.username.slice(0, 100),
      actorAgency: user.agencyCode,
      at: new Date(),
    });
    // Outside the request's context, so the batch never joins a request's own transaction.
    this.writing ??= firstWriteStep.exit(() => sleep(0).then(() => this.writeAll()));
  }

  /** Resolves once every read queued so far is stored. */
  async flushed(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** The newest reads of a building first. */
  list(propertyId: string, limit: number): Promise<FileRead[]> {
    return this.dataSource.getRepository(FileRead).find({ where: { propertyId }, order: { at: 'DESC', id: 'DESC' }, take: limit });
  }

  /** Before the database closes (TypeORM closes it in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.flushed();
  }

  private async writeAll(): Promise<void> {
    let failures = 0;
    try {
      while (this.queued.length > 0) {
        const batch = this.queued;
        this.queued = [];
        try {
          await this.writeQueue.run((manager) => insertInChunks(manager, FileRead, batch));
          failures = 0;
        } catch (error) {
          this.queued = [...batch, ...this.queued];
          failures += 1;
          this.logger.error(`Could not store ${batch.length} file reads (attempt ${failures}): ${error instanceof Error ? error.message : String(error)}`);
          if (this.stopping && failures >= SHUTDOWN_ATTEMPTS) return;
          await sleep(RETRY_MS);
        }
      }
    } finally {
      this.writing = null;
    }
  }
}
