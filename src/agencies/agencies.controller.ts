import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators.js';
import { AgencyDto } from './agencies.dto.js';
import { AgenciesService } from './agencies.service.js';

@ApiTags('agencies')
@ApiBearerAuth()
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @RequirePermission('reference:read')
  @ApiOperation({ summary: 'The catalogue of active agencies (taskforce members first).' })
  @ApiOkResponse({ type: [AgencyDto] })
  list(): Promise<AgencyDto[]> {
    return this.agencies.list();
  }
}
