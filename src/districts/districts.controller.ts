import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { DistrictCollectionDto, ListDistrictsQueryDto } from './districts.dto.js';
import { DistrictsService } from './districts.service.js';
import { ApiProblems, WITH_QUERY } from '../common/api-problems.js';

@ApiTags('districts')
@ApiBearerAuth()
@Controller('districts')
export class DistrictsController {
  constructor(private readonly districts: DistrictsService) {}

  @Get()
  @ApiProblems(WITH_QUERY)
  @RequirePermission('reference:read')
  @ApiOperation({ summary: 'District outlines (Stadtbezirke, Ortsteile) as a GeoJSON FeatureCollection with their attribution.' })
  @ApiOkResponse({ type: DistrictCollectionDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListDistrictsQueryDto): Promise<DistrictCollectionDto> {
    return this.districts.list(user, query);
  }
}
