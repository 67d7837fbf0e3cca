import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { WriteQueue } from '../database/write-queue.js';
import { projectUnprojectedBuildingFiles } from './property-history.js';

const BATCH = 500;

/** At start-up, projects every building file that has no status periods yet (after the migration that added them). */
@Injectable()
export class BuildingFileBackfill implements OnApplicationBootstrap {
  private readonly logger = new Logger('BuildingFile');

  constructor(private readonly writeQueue: WriteQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    let total = 0;
    let done: number;
    do {
      done = await this.writeQueue.run((manager) => projectUnprojectedBuildingFiles(manager, BATCH));
      total += done;
    } while (done === BATCH);
    if (total > 0) this.logger.log(`Projected the status periods of ${total} buildings.`);
  }
}
