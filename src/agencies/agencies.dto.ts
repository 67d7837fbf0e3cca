import { ApiProperty } from '@nestjs/swagger';
import type { Agency } from './agency.entity.js';

export class AgencyDto {
  @ApiProperty({ example: 'ordnungsamt' }) code: string;
  @ApiProperty({ example: 'Ordnungsamt' }) name: string;
  @ApiProperty({ example: 'Public order office' }) nameEn: string;
  @ApiProperty({ description: 'False for non-operational members such as the council.' }) taskforce: boolean;
}

export function toAgencyDto(agency: Agency): AgencyDto {
  return { code: agency.code, name: agency.name, nameEn: agency.nameEn, taskforce: agency.taskforce };
}
