import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators.js';
import { AuditService, type AuditVerification } from './audit.service.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verify')
  @RequirePermission('audit:verify')
  @ApiOperation({ summary: 'Recomputes the hash chain; answers ok or the first broken sequence number.' })
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }
}
