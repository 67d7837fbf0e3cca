import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { DistrictsModule } from '../districts/districts.module.js';
import { ImportsController } from './imports.controller.js';
import { KatasterImportService } from './kataster-import.service.js';

@Module({
  imports: [AuditModule, CitiesModule, DistrictsModule],
  controllers: [ImportsController],
  providers: [KatasterImportService],
})
export class ImportsModule {}
