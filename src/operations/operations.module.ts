import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { PropertiesModule } from '../properties/properties.module.js';
import { AmendmentsService } from './amendments.service.js';
import { MeasuresController } from './measures.controller.js';
import { MeasuresService } from './measures.service.js';
import { OperationsController } from './operations.controller.js';
import { OperationsService } from './operations.service.js';

@Module({
  imports: [AuditModule, CitiesModule, PropertiesModule],
  controllers: [OperationsController, MeasuresController],
  providers: [OperationsService, AmendmentsService, MeasuresService],
  exports: [OperationsService],
})
export class OperationsModule {}
