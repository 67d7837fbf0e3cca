import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Public, RequirePermission } from '../auth/auth.decorators.js';
import { ClientConfigDto, DistrictStatusOverviewDto, MapFeatureCollectionDto, MapQueryDto } from './map.dto.js';
import { MapService } from './map.service.js';
import { ApiProblems, WITH_QUERY } from '../common/api-problems.js';

@ApiTags('map')
@Controller()
export class MapController {
  constructor(private readonly map: MapService) {}

  @Get('map')
  @ApiProblems(WITH_QUERY)
  @RequirePermission('map:read')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Properties in the box as GeoJSON: clusters with per-status counts at low zoom, single buildings at high zoom.' })
  @ApiOkResponse({ type: MapFeatureCollectionDto })
  features(@CurrentUser() user: AuthUser, @Query() query: MapQueryDto): Promise<MapFeatureCollectionDto> {
    return this.map.features(user, query);
  }

  @Get('map/districts')
  @RequirePermission('district-view:read')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Properties per Stadtbezirk and status, without addresses (council choropleth).' })
  @ApiOkResponse({ type: DistrictStatusOverviewDto })
  districts(@CurrentUser() user: AuthUser): Promise<DistrictStatusOverviewDto> {
    return this.map.districtOverview(user);
  }

  @Get('client-config')
  @Public()
  @ApiOperation({ summary: 'What the map client needs before login: demo flag, base map tiles, status colours, outline attribution.' })
  @ApiOkResponse({ type: ClientConfigDto })
  clientConfig(): Promise<ClientConfigDto> {
    return this.map.clientConfig();
  }
}
