import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { UuidParam } from '../common/uuid-param.js';
import {
  CreatePropertyDto,
  CreateUnitDto,
  FileReadDto,
  ListFileReadsQueryDto,
  ListPropertiesQueryDto,
  PropertyDetailDto,
  PropertyPageDto,
  UnitDto,
  UpdatePropertyDto,
} from './properties.dto.js';
import { PropertiesService, RECORD_IN_FIELD } from './properties.service.js';
import { TimelineDto } from './timeline.dto.js';
import { TimelineService } from './timeline.service.js';
import { UnitsService } from './units.service.js';
import { ConditionalWrite, IfMatch, type IfMatchHeader, WithETag } from '../common/conditional-write.js';
import { ApiProblems, WITH_BODY, WITH_ID, WITH_QUERY } from '../common/api-problems.js';

@ApiTags('properties')
@ApiBearerAuth()
@Controller('properties')
export class PropertiesController {
  constructor(
    private readonly properties: PropertiesService,
    private readonly units: UnitsService,
    private readonly timeline: TimelineService,
  ) {}

  @Get()
  @ApiProblems(WITH_QUERY, { 400: ['invalid_cursor'] })
  @RequirePermission('property:read')
  @ApiOperation({ summary: 'Properties in address order, filtered by status, district and address words; cursor-paged.' })
  @ApiOkResponse({ type: PropertyPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListPropertiesQueryDto): Promise<PropertyPageDto> {
    return this.properties.list(user, query);
  }

  @Post()
  @ApiProblems(WITH_BODY, { 400: ['unknown_district'], 409: ['duplicate_address', 'city_not_set_up'] })
  @RequirePermission(RECORD_IN_FIELD)
  @ApiOperation({
    summary:
      'Records a new property (leads and inspectors in the field); the district is derived from the coordinates unless given. 409 duplicate_address names the existing one.',
  })
  @ApiCreatedResponse({ type: PropertyDetailDto })
  @WithETag()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePropertyDto): Promise<PropertyDetailDto> {
    return this.properties.create(user, dto);
  }

  @Get(':id')
  @ApiProblems(WITH_ID, { 404: ['property_not_found'] })
  @RequirePermission('property:read')
  @ApiOperation({ summary: 'One property with its allowed decisions; the read is audit-logged.' })
  @ApiOkResponse({ type: PropertyDetailDto })
  @WithETag()
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<PropertyDetailDto> {
    return this.properties.get(user, id);
  }

  @Patch(':id')
  @ApiProblems(WITH_BODY, WITH_ID, { 400: ['unknown_district'], 404: ['property_not_found'], 409: ['duplicate_address'] })
  @RequirePermission('property:write')
  @ApiOperation({ summary: 'Corrects address, coordinates or note; the district is re-derived when the location changes.' })
  @ApiOkResponse({ type: PropertyDetailDto })
  @ConditionalWrite()
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @IfMatch() ifMatch: IfMatchHeader,
    @Body() dto: UpdatePropertyDto,
  ): Promise<PropertyDetailDto> {
    return this.properties.update(user, id, dto, ifMatch);
  }

  @Get(':id/timeline')
  @ApiProblems(WITH_ID, { 404: ['property_not_found'] })
  @RequirePermission('property:read')
  @ApiOperation({ summary: 'Operations, measures, amendments and decisions of the property in date order, as far as the user may see them.' })
  @ApiOkResponse({ type: TimelineDto })
  getTimeline(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<TimelineDto> {
    return this.timeline.forProperty(user, id);
  }

  @Get(':id/reads')
  @ApiProblems(WITH_QUERY, WITH_ID, { 404: ['property_not_found'] })
  @RequirePermission('file-read:list')
  @ApiOperation({ summary: 'Who read which part of the building file and when, newest first (leads and administrators).' })
  @ApiOkResponse({ type: [FileReadDto] })
  listReads(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Query() query: ListFileReadsQueryDto): Promise<FileReadDto[]> {
    return this.properties.reads(user, id, query.limit ?? 200);
  }

  @Get(':id/units')
  @ApiProblems(WITH_ID, { 404: ['property_not_found'] })
  @RequirePermission('property:read')
  @ApiOperation({ summary: 'The flats or rooms of the property.' })
  @ApiOkResponse({ type: [UnitDto] })
  listUnits(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<UnitDto[]> {
    return this.units.list(user, id);
  }

  @Post(':id/units')
  @ApiProblems(WITH_BODY, WITH_ID, { 404: ['property_not_found'], 409: ['duplicate_unit_label'] })
  @RequirePermission(RECORD_IN_FIELD)
  @ApiOperation({ summary: 'Adds a flat or room; a label already used in the property answers 409.' })
  @ApiCreatedResponse({ type: UnitDto })
  createUnit(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() dto: CreateUnitDto): Promise<UnitDto> {
    return this.units.create(user, id, dto);
  }
}
