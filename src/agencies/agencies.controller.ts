import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, WITH_BODY } from '../common/api-problems.js';
import { ConditionalWrite, IfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { AgencyDto, CreateAgencyDto, UpdateAgencyDto } from './agencies.dto.js';
import { AgenciesService } from './agencies.service.js';

@ApiTags('agencies')
@ApiBearerAuth()
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @RequirePermission('reference:read')
  @ApiOperation({ summary: 'The agency catalogue, active first (taskforce members first), then the inactive ones history still names.' })
  @ApiOkResponse({ type: [AgencyDto] })
  list(@CurrentUser() user: AuthUser): Promise<AgencyDto[]> {
    return this.agencies.list(user);
  }

  @Post()
  @ApiProblems(WITH_BODY, { 409: ['duplicate_agency'] })
  @RequirePermission('agency:manage')
  @ApiOperation({ summary: 'Adds an agency to the catalogue; its code is stable and never reused.' })
  @ApiCreatedResponse({ type: AgencyDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAgencyDto): Promise<AgencyDto> {
    return this.agencies.create(user, dto);
  }

  @Patch(':code')
  @ApiProblems(WITH_BODY, { 404: ['agency_not_found'], 409: ['agency_has_active_users'] })
  @RequirePermission('agency:manage')
  @ApiOperation({ summary: 'Renames an agency, moves it in or out of the taskforce, or (de)activates it; records naming it keep the code.' })
  @ApiOkResponse({ type: AgencyDto })
  @ConditionalWrite()
  update(@CurrentUser() user: AuthUser, @Param('code') code: string, @IfMatch() ifMatch: IfMatchHeader, @Body() dto: UpdateAgencyDto): Promise<AgencyDto> {
    return this.agencies.update(user, code, dto, ifMatch);
  }
}
