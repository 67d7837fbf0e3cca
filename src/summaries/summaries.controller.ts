import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { SummaryDto, SummaryQueryDto } from './summaries.dto.js';
import { SummariesService, type SummaryResult } from './summaries.service.js';
import { ApiProblems, WITH_QUERY } from '../common/api-problems.js';

/** JSON goes out as the DTO; the file formats as a download (HTML inline) with the file name. */
function send(reply: FastifyReply, result: SummaryResult): SummaryDto | StreamableFile {
  reply.header('server-timing', result.timing);
  reply.header('cache-control', 'no-store');
  if (result.format === 'json') return result.body;
  return new StreamableFile(result.body, { type: result.contentType, disposition: result.disposition, length: result.body.length });
}

@ApiTags('summaries')
@ApiBearerAuth()
@Controller('summaries')
export class SummariesController {
  constructor(private readonly summaries: SummariesService) {}

  @Get()
  @ApiProblems(WITH_QUERY, { 404: ['district_not_found'] })
  @RequirePermission('summary:read')
  @ApiOperation({ summary: 'Council status summary per Stadtbezirk and for the city, anonymised, with method and fingerprint; format=json|csv|html|pdf.' })
  @ApiProduces('application/json', 'text/csv', 'text/html', 'application/pdf')
  @ApiOkResponse({ type: SummaryDto, description: 'JSON by default; CSV (semicolons, UTF-8 with BOM, decimal comma), printable HTML or PDF with format=.' })
  async summary(
    @CurrentUser() user: AuthUser,
    @Query() query: SummaryQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SummaryDto | StreamableFile> {
    return send(reply, await this.summaries.produce(user, query));
  }
}
