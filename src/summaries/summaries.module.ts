import { Module } from '@nestjs/common';
import { CitiesModule } from '../cities/cities.module.js';
import { SummariesController } from './summaries.controller.js';
import { SummariesService } from './summaries.service.js';
import { SummaryRepository } from './summary.repository.js';

@Module({
  imports: [CitiesModule],
  controllers: [SummariesController],
  providers: [SummariesService, SummaryRepository],
})
export class SummariesModule {}
