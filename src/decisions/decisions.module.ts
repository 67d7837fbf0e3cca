import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PropertiesModule } from '../properties/properties.module.js';
import { DecisionsController } from './decisions.controller.js';
import { DecisionsService } from './decisions.service.js';

@Module({
  imports: [AuditModule, PropertiesModule],
  controllers: [DecisionsController],
  providers: [DecisionsService],
})
export class DecisionsModule {}
