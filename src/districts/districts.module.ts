import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { DistrictImportService } from './district-import.service.js';
import { DistrictsController } from './districts.controller.js';
import { DistrictsService } from './districts.service.js';

@Module({
  imports: [AuditModule, CitiesModule],
  controllers: [DistrictsController],
  providers: [DistrictsService, DistrictImportService],
  exports: [DistrictsService],
})
export class DistrictsModule {}
