import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';
import { serviceUnavailable } from '../common/problem.js';
import { ApiProblems } from '../common/api-problems.js';

class HealthDto {
  @ApiProperty({ example: 'ok' }) status: 'ok';
  @ApiProperty({ example: 'better-sqlite3' }) database: string;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiProblems({ 503: ['service_unavailable'] })
  @Public()
  @ApiOperation({ summary: 'Liveness and database reachability; no login needed.' })
  @ApiOkResponse({ type: HealthDto })
  async health(): Promise<HealthDto> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw serviceUnavailable('The database does not answer.');
    }
    return { status: 'ok', database: this.dataSource.options.type };
  }
}
