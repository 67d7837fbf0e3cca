import { Body, Controller, Get, Headers, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, PARSED_BODY, WITH_QUERY } from '../common/api-problems.js';
import { IfMatch, WithETag, type IfMatchHeader } from '../common/conditional-write.js';
import { UPLOAD_ROUTES } from '../common/uploads.js';
import { AnswerNotStored } from '../idempotency/idempotency-key.js';
import {
  KatasterCityQueryDto,
  KatasterImportDto,
  KatasterImportQueryDto,
  KatasterImportReportDto,
  KatasterMappingDto,
  SaveKatasterMappingDto,
} from './imports.dto.js';
import { KatasterImportService } from './kataster-import.service.js';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports/kataster')
export class ImportsController {
  constructor(private readonly kataster: KatasterImportService) {}

  @Post()
  @AnswerNotStored()
  @HttpCode(200)
  @ApiProblems(WITH_QUERY, PARSED_BODY, {
    400: ['invalid_upload', 'kataster_columns_missing'],
    409: ['city_not_set_up', 'kataster_mapping_not_saved', 'kataster_import_conflict'],
  })
  @RequirePermission('kataster:import')
  @ApiOperation({
    summary:
      'Takes over the city’s Kataster spreadsheet (XLSX, or CSV as German Excel writes it) through its saved columns: buildings, owners, managers and dated decisions; dryRun=true answers the report only. The same file again creates nothing.',
  })
  @ApiConsumes(...UPLOAD_ROUTES['/api/v1/imports/kataster'])
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: KatasterImportReportDto })
  import(
    @CurrentUser() user: AuthUser,
    @Query() query: KatasterImportQueryDto,
    @Body() file: unknown,
    @Headers('content-type') contentType: string | undefined,
  ): Promise<KatasterImportReportDto> {
    return this.kataster.import(user, query, file, contentType);
  }

  @Get()
  @ApiProblems(WITH_QUERY, { 409: ['city_not_set_up'] })
  @RequirePermission('kataster:import')
  @ApiOperation({ summary: 'The city’s last 50 Kataster imports, newest first.' })
  @ApiOkResponse({ type: [KatasterImportDto] })
  list(@CurrentUser() user: AuthUser, @Query() query: KatasterCityQueryDto): Promise<KatasterImportDto[]> {
    return this.kataster.list(user, query);
  }

  @Get('mapping')
  @WithETag()
  @ApiProblems(WITH_QUERY, { 409: ['city_not_set_up'] })
  @RequirePermission('kataster:import')
  @ApiOperation({ summary: 'The columns saved for the city’s Kataster, null before the first save.' })
  @ApiOkResponse({ type: KatasterMappingDto })
  mapping(@CurrentUser() user: AuthUser, @Query() query: KatasterCityQueryDto): Promise<KatasterMappingDto> {
    return this.kataster.mapping(user, query);
  }

  @Put('mapping')
  @WithETag()
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag of the saved columns being changed (from GET); needed once columns are saved.' })
  @ApiProblems(WITH_QUERY, PARSED_BODY, { 400: ['if_match_invalid'], 409: ['city_not_set_up'], 412: ['precondition_failed'], 428: ['precondition_required'] })
  @RequirePermission('kataster:import')
  @ApiOperation({ summary: 'Saves which column of the city’s Kataster holds each field, for this and every later import.' })
  @ApiOkResponse({ type: KatasterMappingDto })
  saveMapping(
    @CurrentUser() user: AuthUser,
    @Query() query: KatasterCityQueryDto,
    @IfMatch() ifMatch: IfMatchHeader,
    @Body() dto: SaveKatasterMappingDto,
  ): Promise<KatasterMappingDto> {
    return this.kataster.saveMapping(user, query, dto, ifMatch);
  }
}
