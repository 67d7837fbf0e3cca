import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { UuidParam } from '../common/uuid-param.js';
import { CreatePartyDto, LinkPartyDto, PartyDto, PropertyPartyDto, SearchPartiesQueryDto, UpdatePartyDto } from './parties.dto.js';
import { PartiesService } from './parties.service.js';
import { ConditionalWrite, IfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { ApiProblems, WITH_BODY, WITH_ID, WITH_QUERY } from '../common/api-problems.js';

@ApiTags('parties')
@ApiBearerAuth()
@Controller()
export class PartiesController {
  constructor(private readonly parties: PartiesService) {}

  @Get('parties')
  @ApiProblems(WITH_QUERY)
  @RequirePermission('party:read')
  @ApiOperation({ summary: 'Owners, managers and landlords whose name or alias contains q (at most 100).' })
  @ApiOkResponse({ type: [PartyDto] })
  search(@CurrentUser() user: AuthUser, @Query() query: SearchPartiesQueryDto): Promise<PartyDto[]> {
    return this.parties.search(user, query);
  }

  @Post('parties')
  @ApiProblems(WITH_BODY)
  @RequirePermission('party:write')
  @ApiOperation({ summary: 'Records a person or company.' })
  @ApiCreatedResponse({ type: PartyDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePartyDto): Promise<PartyDto> {
    return this.parties.create(user, dto);
  }

  @Patch('parties/:id')
  @ApiProblems(WITH_BODY, WITH_ID, { 404: ['party_not_found'] })
  @RequirePermission('party:write')
  @ApiOperation({ summary: 'Corrects a party; a new name keeps the old one as an alias.' })
  @ApiOkResponse({ type: PartyDto })
  @ConditionalWrite()
  update(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @IfMatch() ifMatch: IfMatchHeader, @Body() dto: UpdatePartyDto): Promise<PartyDto> {
    return this.parties.update(user, id, dto, ifMatch);
  }

  @Get('properties/:id/parties')
  @ApiProblems(WITH_ID, { 404: ['property_not_found'] })
  @RequirePermission('party:read')
  @ApiOperation({ summary: 'The parties linked to a property with role and period.' })
  @ApiOkResponse({ type: [PropertyPartyDto] })
  listForProperty(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<PropertyPartyDto[]> {
    return this.parties.listForProperty(user, id);
  }

  @Post('properties/:id/parties')
  @ApiProblems(WITH_BODY, WITH_ID, { 400: ['unknown_party'], 404: ['property_not_found'], 409: ['duplicate'] })
  @RequirePermission('party:write')
  @ApiOperation({ summary: 'Links an existing or new party to a property as owner, manager or landlord for a period.' })
  @ApiCreatedResponse({ type: PropertyPartyDto })
  link(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() dto: LinkPartyDto): Promise<PropertyPartyDto> {
    return this.parties.link(user, id, dto);
  }
}
