import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { ApiProblems, WITH_BODY } from '../common/api-problems.js';
import { CityDto, CreateCityDto } from './cities.dto.js';
import { CitiesService } from './cities.service.js';

@ApiTags('cities')
@ApiBearerAuth()
@Controller('cities')
export class CitiesController {
  constructor(private readonly cities: CitiesService) {}

  @Get()
  @RequirePermission('reference:read')
  @ApiOperation({ summary: 'The cities the user works in: their own, or every city of the installation for a Land role.' })
  @ApiOkResponse({ type: [CityDto] })
  list(@CurrentUser() user: AuthUser): Promise<CityDto[]> {
    return this.cities.list(user);
  }

  @Post()
  @ApiProblems(WITH_BODY, { 409: ['duplicate_city'] })
  @RequirePermission('city:manage')
  @ApiOperation({ summary: 'Adds a city by its AGS; its Land (from the AGS) must have a legal profile.' })
  @ApiCreatedResponse({ type: CityDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCityDto): Promise<CityDto> {
    return this.cities.create(user, dto);
  }
}
