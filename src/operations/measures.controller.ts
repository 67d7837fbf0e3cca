import { Body, Controller, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { UuidParam } from '../common/uuid-param.js';
import { MeasuresService } from './measures.service.js';
import { MeasureDto } from './operation-responses.dto.js';
import { UpdateMeasureStateDto } from './operations.dto.js';
import { ConditionalWrite, IfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { ApiProblems, WITH_BODY, WITH_ID } from '../common/api-problems.js';

@ApiTags('measures')
@ApiBearerAuth()
@Controller('measures')
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  @Patch(':id')
  @ApiProblems(WITH_BODY, WITH_ID, { 404: ['measure_not_found'], 409: ['measure_withdrawn', 'operation_not_submitted'] })
  @RequirePermission('measure:update')
  @ApiOperation({ summary: 'Set a measure done, cancelled or open again, with an optional note.' })
  @ApiOkResponse({ type: MeasureDto })
  @ConditionalWrite()
  updateState(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @IfMatch() ifMatch: IfMatchHeader,
    @Body() dto: UpdateMeasureStateDto,
  ): Promise<MeasureDto> {
    return this.measures.updateState(user, id, dto, ifMatch);
  }
}
