import { ApiProperty } from '@nestjs/swagger';
import type { PropertyStatus } from './status-catalogue.js';

/** Properties per status, every status present (zero included), so a client can index it by any status. */
export class StatusCountsDto implements Record<PropertyStatus, number> {
  @ApiProperty({ type: 'integer', minimum: 0 }) suspected: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) inspected: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) uninhabitable: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) renovation: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) released: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) relet: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) closed: number;
}
