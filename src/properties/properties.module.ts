import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { DistrictsModule } from '../districts/districts.module.js';
import { BuildingFileBackfill } from './building-file-backfill.js';
import { BuildingFileRepository } from './building-file.repository.js';
import { PropertiesController } from './properties.controller.js';
import { PropertiesService } from './properties.service.js';
import { TimelineService } from './timeline.service.js';
import { UnitsService } from './units.service.js';

@Module({
  imports: [AuditModule, CitiesModule, DistrictsModule],
  controllers: [PropertiesController],
  providers: [PropertiesService, UnitsService, TimelineService, BuildingFileBackfill, BuildingFileRepository],
  exports: [PropertiesService, BuildingFileRepository],
})
export class PropertiesModule {}
