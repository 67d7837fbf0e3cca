import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, PARSED_BODY, WITH_ID } from '../common/api-problems.js';
import { UuidParam } from '../common/uuid-param.js';
import { FindingsService } from './findings.service.js';
import { FindingDto } from './operation-responses.dto.js';

@ApiTags('findings')
@ApiBearerAuth()
@Controller('findings')
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @Post(':id/release')
  @HttpCode(200)
  @ApiProblems(PARSED_BODY, WITH_ID, { 404: ['finding_not_found'], 409: ['finding_withdrawn', 'operation_not_submitted'] })
  @RequirePermission('finding:release')
  @ApiOperation({
    summary: 'Release an agency finding for decisions.',
    description: 'Only the agency that recorded it; from then on the whole taskforce sees this finding. Releasing again changes nothing.',
  })
  @ApiOkResponse({ type: FindingDto })
  release(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<FindingDto> {
    return this.findings.release(user, id);
  }
}
