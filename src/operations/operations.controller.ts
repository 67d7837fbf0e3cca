import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import { UuidParam } from '../common/uuid-param.js';
import { AmendmentsService } from './amendments.service.js';
import { AmendmentDto, OperationDto } from './operation-responses.dto.js';
import { CreateAmendmentDto, CreateOperationDto } from './operations.dto.js';
import { OperationsService } from './operations.service.js';
import { ConditionalWrite, IfMatch, WithETag, type IfMatchHeader } from '../common/conditional-write.js';
import { ApiProblems, PARSED_BODY, WITH_BODY, WITH_ID } from '../common/api-problems.js';

@ApiTags('operations')
@ApiBearerAuth()
@Controller()
export class OperationsController {
  constructor(
    private readonly operations: OperationsService,
    private readonly amendments: AmendmentsService,
  ) {}

  @Post('operations')
  @ApiProblems(WITH_BODY, { 400: ['unknown_agency'] })
  @RequirePermission('operation:file')
  @ApiOperation({ summary: 'File a new operation as a draft (findings, occupancy counts, measures).' })
  @ApiCreatedResponse({ type: OperationDto })
  @WithETag()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOperationDto): Promise<OperationDto> {
    return this.operations.create(user, dto);
  }

  @Put('operations/:id')
  @ApiProblems(WITH_BODY, WITH_ID, { 400: ['unknown_agency'], 404: ['operation_not_found'], 409: ['operation_not_draft'] })
  @RequirePermission('operation:file')
  @ApiOperation({ summary: 'Replace a draft (its creator only; If-Match names the version it was edited from).' })
  @ApiOkResponse({ type: OperationDto })
  @ConditionalWrite()
  update(@CurrentUser() user: AuthUser, @UuidParam() id: string, @IfMatch() ifMatch: IfMatchHeader, @Body() dto: CreateOperationDto): Promise<OperationDto> {
    return this.operations.update(user, id, dto, ifMatch);
  }

  @Post('operations/:id/submit')
  @ApiProblems(PARSED_BODY, WITH_ID, { 404: ['operation_not_found'], 409: ['operation_not_draft'] })
  @HttpCode(200)
  @RequirePermission('operation:file')
  @ApiOperation({ summary: 'Submit a draft; it becomes immutable and the property status is recomputed.' })
  @ApiOkResponse({ type: OperationDto })
  submit(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<OperationDto> {
    return this.operations.submit(user, id);
  }

  @Post('operations/:id/amendments')
  @ApiProblems(WITH_BODY, WITH_ID, { 400: ['empty_amendment'], 404: ['operation_not_found'], 409: ['operation_not_submitted'] })
  @RequirePermission('operation:amend-own')
  @ApiOperation({ summary: 'Correct a submitted operation (inspectors their own, leads any); old values are kept.' })
  @ApiCreatedResponse({ type: AmendmentDto })
  amend(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CreateAmendmentDto): Promise<AmendmentDto> {
    return this.amendments.amend(user, id, dto);
  }

  @Get('operations/:id')
  @ApiProblems(WITH_ID, { 404: ['operation_not_found'] })
  @RequirePermission('property:read')
  @ApiOperation({ summary: 'One operation; findings and measures of other agencies marked "agency" are left out.' })
  @ApiOkResponse({ type: OperationDto })
  @WithETag()
  findOne(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<OperationDto> {
    return this.operations.findOne(user, id);
  }

  @Get('properties/:id/operations')
  @ApiProblems(WITH_ID, { 404: ['property_not_found'] })
  @RequirePermission('property:read')
  @ApiOperation({ summary: 'All operations of a property, oldest first.' })
  @ApiOkResponse({ type: [OperationDto] })
  listForProperty(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<OperationDto[]> {
    return this.operations.listForProperty(user, id);
  }
}
