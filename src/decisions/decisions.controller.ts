import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { UuidParam } from '../common/uuid-param.js';
import { CreateDecisionDto, DecisionDto, DecisionRecordedDto } from './decisions.dto.js';
import { DecisionsService } from './decisions.service.js';
import { ApiProblems, WITH_BODY, WITH_ID } from '../common/api-problems.js';
import { DECISION_REFUSALS } from '../properties/status-catalogue.js';

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('properties/:id/decisions')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @Post()
  @ApiProblems(WITH_BODY, WITH_ID, { 404: ['property_not_found'], 409: DECISION_REFUSALS })
  @RequirePermission('decision:create')
  @ApiOperation({ summary: 'Record a decision that moves the property status (DESIGN §3); a refusal names currentStatus and allowedDecisions.' })
  @ApiCreatedResponse({ type: DecisionRecordedDto })
  record(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CreateDecisionDto): Promise<DecisionRecordedDto> {
    return this.decisions.record(user, id, dto);
  }

  @Get()
  @ApiProblems(WITH_ID, { 404: ['property_not_found'] })
  @RequirePermission('property:read')
  @ApiOperation({ summary: 'The decisions on a property in the order they took effect.' })
  @ApiOkResponse({ type: [DecisionDto] })
  list(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<DecisionDto[]> {
    return this.decisions.listForProperty(user, id);
  }
}
