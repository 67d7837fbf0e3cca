import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { DistrictCollectionDto, DistrictImportQueryDto, DistrictImportReportDto, ListDistrictsQueryDto } from './districts.dto.js';
import { DistrictsService } from './districts.service.js';
import { AnswerNotStored } from '../idempotency/idempotency-key.js';
import { ApiProblems, PARSED_BODY, WITH_QUERY } from '../common/api-problems.js';
import { DistrictImportService } from './district-import.service.js';
import { DISTRICT_UPLOAD_TYPES } from './district-upload.js';

@ApiTags('districts')
@ApiBearerAuth()
@Controller('districts')
export class DistrictsController {
  constructor(
    private readonly districts: DistrictsService,
    private readonly imports: DistrictImportService,
  ) {}

  @Get()
  @ApiProblems(WITH_QUERY)
  @RequirePermission('reference:read')
  @ApiOperation({ summary: 'District outlines (Stadtbezirke, Ortsteile) as a GeoJSON FeatureCollection with their attribution.' })
  @ApiOkResponse({ type: DistrictCollectionDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListDistrictsQueryDto): Promise<DistrictCollectionDto> {
    return this.districts.list(user, query);
  }

  @Post('import')
  @AnswerNotStored()
  @HttpCode(200)
  @ApiProblems(WITH_QUERY, PARSED_BODY, { 400: ['invalid_upload', 'invalid_district_feature'], 409: ['city_not_set_up'] })
  @RequirePermission('district:manage')
  @ApiOperation({
    summary:
      'Replaces the city’s Stadtbezirke or Ortsteile (the levels in the file) from a GeoJSON FeatureCollection or a zipped Shapefile and re-derives every building’s district; dryRun=true answers the preview only.',
  })
  @ApiConsumes(...Object.keys(DISTRICT_UPLOAD_TYPES))
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: DistrictImportReportDto })
  import(
    @CurrentUser() user: AuthUser,
    @Query() query: DistrictImportQueryDto,
    @Body() file: unknown,
    @Headers('content-type') contentType: string | undefined,
  ): Promise<DistrictImportReportDto> {
    return this.imports.import(user, query, file, contentType);
  }
}
