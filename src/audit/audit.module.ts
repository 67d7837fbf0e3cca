import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { ReadLog } from './read-log.service.js';

@Module({
  controllers: [AuditController],
  providers: [AuditService, ReadLog],
  exports: [AuditService, ReadLog],
})
export class AuditModule {}
