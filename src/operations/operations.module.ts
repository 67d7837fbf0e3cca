import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { PropertiesModule } from '../properties/properties.module.js';
import { AmendmentsService } from './amendments.service.js';
import { FindingsController } from './findings.controller.js';
import { FindingsService } from './findings.service.js';
import { MeasuresController } from './measures.controller.js';
import { MeasuresService } from './measures.service.js';
import { OperationsController } from './operations.controller.js';
import { OperationsService } from './operations.service.js';

@Module({
  imports: [AuditModule, CitiesModule, PropertiesModule],
  controllers: [OperationsController, MeasuresController, FindingsController],
  providers: [OperationsService, AmendmentsService, MeasuresService, FindingsService],
  exports: [OperationsService],
})
export class OperationsModule {}
