import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsString, Length, Matches } from 'class-validator';
import { IsNotBlank, IsPlainText } from '../common/plain-text.js';
import { unlessOmitted } from '../common/unless-omitted.js';
import type { Agency } from './agency.entity.js';

/** Lower-case letters, digits, - and _: stable, never changed or reused. */
export const AGENCY_CODE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AgencyDto {
  @ApiProperty({ example: 'ordnungsamt' }) code: string;
  @ApiProperty({ example: 'Ordnungsamt' }) name: string;
  @ApiProperty({ example: 'Public order office' }) nameEn: string;
  @ApiProperty({ description: 'False for non-operational members such as the council.' }) taskforce: boolean;
  @ApiProperty({ description: 'False: offered for nothing new; history still names it.' }) active: boolean;
  @ApiProperty({ example: 1, description: 'Changes so far; answered as ETag, and PATCH needs it in If-Match.' }) version: number;
}

export class CreateAgencyDto {
  @ApiProperty({ example: 'sozialamt', maxLength: 40, description: 'Lower-case letters, digits, - and _; stable, never changed or reused.' })
  @IsString()
  @Matches(AGENCY_CODE_PATTERN, { message: 'code must be 1 to 40 lower-case letters, digits, - or _' })
  code: string;

  @ApiProperty({ example: 'Sozialamt', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @IsNotBlank()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ example: 'Social welfare office', maxLength: 200, description: 'The German name when left out.' })
  @unlessOmitted
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @IsNotBlank()
  @Length(1, 200)
  nameEn?: string;

  @ApiProperty({ description: 'Takes part in inspections (false for the council or central administration).' })
  @IsBoolean()
  taskforce: boolean;
}

export class UpdateAgencyDto {
  @ApiPropertyOptional({ maxLength: 200 }) @unlessOmitted @Transform(trim) @IsString() @IsPlainText() @IsNotBlank() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @unlessOmitted @Transform(trim) @IsString() @IsPlainText() @IsNotBlank() @Length(1, 200) nameEn?: string;
  @ApiPropertyOptional() @unlessOmitted @IsBoolean() taskforce?: boolean;
  @ApiPropertyOptional({ description: 'false: offered for nothing new; refused while active accounts belong to the agency.' })
  @unlessOmitted
  @IsBoolean()
  active?: boolean;
}

export function toAgencyDto(agency: Agency): AgencyDto {
  return { code: agency.code, name: agency.name, nameEn: agency.nameEn, taskforce: agency.taskforce, active: agency.active, version: agency.version };
}
