import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, IsTimeZone, Length, Matches } from 'class-validator';
import { IsNotBlank, IsPlainText } from '../common/plain-text.js';
import { unlessOmitted } from '../common/unless-omitted.js';
import { LANDS, LEGAL_PROFILES, type Land, type LegalProfile } from '../legal/legal-profiles.js';
import { AGS_PATTERN } from './city-key.js';
import type { City } from './city.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LegalProfileDto {
  @ApiProperty({ enum: LANDS, enumName: 'Land', example: 'NW' }) land: Land;
  @ApiProperty({ example: 'Nordrhein-Westfalen' }) landName: string;
  @ApiProperty({ example: 'WohnStG NRW', description: 'The housing-supervision law, as notices cite it' }) law: string;
  @ApiProperty({ example: '§ 9 WohnStG NRW' }) declarationReference: string;
  @ApiProperty({ example: '§ 5 WohnStG NRW', description: 'The minimum standards the structural finding categories refer to' })
  minimumStandardsReference: string;
  @ApiProperty({ example: 10, description: 'The size at least one living room must have' }) roomSizeMinM2: number;
  @ApiProperty({ type: [String], description: 'Suggested legal bases for decisions and measures' }) legalBases: string[];
}

export class CityDto {
  @ApiProperty({ example: '05112000', description: 'Amtlicher Gemeindeschlüssel (AGS).' }) ags: string;
  @ApiProperty({ example: 'Duisburg' }) name: string;
  @ApiProperty({ enum: LANDS, enumName: 'Land', example: 'NW', description: 'The Land, from the AGS; its legal profile applies.' }) land: Land;
  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone: the city’s "today".' }) timeZone: string;
  @ApiProperty({ type: LegalProfileDto, description: 'The Land law that applies to the city’s buildings.' }) legal: LegalProfileDto;
  @ApiProperty({ example: 1, description: 'Changes so far; answered as ETag.' }) version: number;
}

export class CreateCityDto {
  @ApiProperty({ example: '05113000', description: 'Amtlicher Gemeindeschlüssel, eight digits; the first two name the Land, which needs a legal profile.' })
  @IsString()
  @Matches(AGS_PATTERN, { message: 'ags must be an official municipality key of eight digits, such as 05112000' })
  ags: string;

  @ApiProperty({ example: 'Essen', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @IsNotBlank()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ example: 'Europe/Berlin', description: 'IANA time zone; Europe/Berlin when left out.' })
  @unlessOmitted
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Berlin' })
  timeZone?: string;
}

export function toCityDto(city: City): CityDto {
  return {
    ags: city.ags,
    name: city.name,
    land: city.land,
    timeZone: city.timeZone,
    legal: toLegalProfileDto(LEGAL_PROFILES[city.land]),
    version: city.version,
  };
}

export function toLegalProfileDto({
  land,
  landName,
  law,
  declarationReference,
  minimumStandardsReference,
  roomSizeMinM2,
  legalBases,
}: LegalProfile): LegalProfileDto {
  return { land, landName, law, declarationReference, minimumStandardsReference, roomSizeMinM2, legalBases: [...legalBases] };
}
