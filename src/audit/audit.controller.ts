import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators.js';
import { CHAIN_BREAKS, type ChainBreak } from './audit-chain.js';
import { AuditService, type AuditVerification } from './audit.service.js';

export class AuditVerificationDto {
  @ApiProperty({ description: 'Whether every entry links to the one before it.' }) ok: boolean;
  @ApiProperty({ description: 'Entries checked.' }) entries: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'When ok: the last sequence number, null for an empty log.' }) lastSeq?: number | null;
  @ApiPropertyOptional({ description: 'When broken: the first sequence number that does not link.' }) brokenSeq?: number;
  @ApiPropertyOptional({ enum: CHAIN_BREAKS, enumName: 'ChainBreak', description: 'When broken: how.' }) reason?: ChainBreak;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verify')
  @RequirePermission('audit:verify')
  @ApiOperation({ summary: 'Recomputes the hash chain; answers ok or the first broken sequence number.' })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }
}
