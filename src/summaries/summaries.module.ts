import { Module } from '@nestjs/common';
import { SummariesController } from './summaries.controller.js';
import { SummariesService } from './summaries.service.js';
import { SummaryRepository } from './summary.repository.js';

@Module({
  controllers: [SummariesController],
  providers: [SummariesService, SummaryRepository],
})
export class SummariesModule {}
