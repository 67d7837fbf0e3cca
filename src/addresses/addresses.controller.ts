import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { AnswerNotStored } from '../idempotency/idempotency-key.js';
import { ApiProblems, PARSED_BODY, WITH_QUERY } from '../common/api-problems.js';
import { UPLOAD_ROUTES } from '../common/uploads.js';
import { AddressImportService } from './address-import.service.js';
import { AddressImportDto, AddressImportQueryDto, OfficialAddressDto, SearchAddressesQueryDto } from './addresses.dto.js';
import { AddressesService } from './addresses.service.js';

@ApiTags('addresses')
@ApiBearerAuth()
@Controller('addresses')
export class AddressesController {
  constructor(
    private readonly addresses: AddressesService,
    private readonly imports: AddressImportService,
  ) {}

  @Get()
  @ApiProblems(WITH_QUERY, { 409: ['city_not_set_up'] })
  @RequirePermission('property:read')
  @ApiOperation({ summary: 'Official addresses of the city as typed: ß/ss, umlauts, "Str."/"Straße", house number with suffix, postcode.' })
  @ApiOkResponse({ type: [OfficialAddressDto] })
  search(@CurrentUser() user: AuthUser, @Query() query: SearchAddressesQueryDto): Promise<OfficialAddressDto[]> {
    return this.addresses.search(user, query);
  }

  @Post('import')
  @AnswerNotStored()
  @HttpCode(200)
  @ApiProblems(WITH_QUERY, PARSED_BODY, { 400: ['invalid_upload'], 409: ['city_not_set_up', 'address_import_running'] })
  @RequirePermission('address:manage')
  @ApiOperation({
    summary:
      'Streams official addresses into the gazetteer in batches (progress: GET /addresses/imports); addresses of the municipalities in the file that it no longer holds become historic.',
  })
  @ApiConsumes(...UPLOAD_ROUTES['/api/v1/addresses/import'])
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: AddressImportDto })
  import(
    @CurrentUser() user: AuthUser,
    @Query() query: AddressImportQueryDto,
    @Body() file: unknown,
    @Headers('content-type') contentType: string | undefined,
  ): Promise<AddressImportDto> {
    return this.imports.import(user, query, file, contentType);
  }

  @Get('imports')
  @ApiProblems()
  @RequirePermission('address:manage')
  @ApiOperation({ summary: 'The last 20 gazetteer imports, newest first, with their progress.' })
  @ApiOkResponse({ type: [AddressImportDto] })
  list(@CurrentUser() user: AuthUser): Promise<AddressImportDto[]> {
    return this.imports.list(user);
  }
}
