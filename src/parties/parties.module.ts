import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { PartiesController } from './parties.controller.js';
import { PartiesService } from './parties.service.js';

@Module({
  imports: [AuditModule, CitiesModule],
  controllers: [PartiesController],
  providers: [PartiesService],
  exports: [PartiesService],
})
export class PartiesModule {}
