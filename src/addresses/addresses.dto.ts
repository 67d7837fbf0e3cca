import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsPlainText } from '../common/plain-text.js';
import { AGS_PATTERN } from '../cities/city-key.js';
import type { AddressImport, AddressImportFormat, AddressImportState } from './address-import.entity.js';
import type { OfficialAddress } from './official-address.entity.js';

export const ADDRESS_IMPORT_FORMATS = ['gebref', 'csv'] as const satisfies readonly AddressImportFormat[];
const STATES = ['running', 'done', 'failed'] as const satisfies readonly AddressImportState[];

export class AddressImportQueryDto {
  @ApiPropertyOptional({
    enum: ADDRESS_IMPORT_FORMATS,
    enumName: 'AddressImportFormat',
    default: 'gebref',
    description: 'gebref: NRW Gebäudereferenzen (gebref.txt, or the published zip). csv: strasse;hausnummer;zusatz;plz;ort;x;y;epsg of one city.',
  })
  @IsOptional()
  @IsIn(ADDRESS_IMPORT_FORMATS)
  format?: AddressImportFormat;

  @ApiPropertyOptional({
    example: '05112000',
    description: 'AGS of the one municipality to take; required for csv from a Land role, the administrator’s own city otherwise.',
  })
  @IsOptional()
  @IsString()
  @Matches(AGS_PATTERN, { message: 'city must be the AGS of a city, eight digits' })
  city?: string;
}

export class AddressImportProblemDto {
  @ApiProperty({ description: 'Line of the file (1 = first).' }) line: number;
  @ApiProperty() message: string;
}

export class AddressImportDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ADDRESS_IMPORT_FORMATS, enumName: 'AddressImportFormat' }) format: AddressImportFormat;
  @ApiProperty({ enum: STATES, enumName: 'AddressImportState' }) state: AddressImportState;
  @ApiProperty({ type: String, nullable: true, description: 'The one municipality taken; null: every one in the file.' }) cityAgs: string | null;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ format: 'date-time', description: 'Last progress.' }) updatedAt: string;
  @ApiProperty({ description: 'Lines read so far.' }) lines: number;
  @ApiProperty() inserted: number;
  @ApiProperty() changed: number;
  @ApiProperty() unchanged: number;
  @ApiProperty({ description: 'Addresses of the municipalities in the file that it no longer holds, now historic.' }) gone: number;
  @ApiProperty({
    description:
      'Buildings of these municipalities whose match with the official addresses the import changed: unmatched before, or at an address it made historic.',
  })
  matched: number;
  @ApiProperty({ description: 'Lines refused; the first are in problems.' }) rejected: number;
  @ApiProperty({ description: 'Lines of other municipalities, left out.' }) skipped: number;
  @ApiProperty({ type: [AddressImportProblemDto] }) problems: AddressImportProblemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the uploaded file, once read whole.' }) sha256: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why a failed import stopped.' }) message: string | null;
}

export function toAddressImportDto(record: AddressImport): AddressImportDto {
  const { actorId: _, ...shown } = record;
  return { ...shown, startedAt: record.startedAt.toISOString(), updatedAt: record.updatedAt.toISOString() };
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SearchAddressesQueryDto {
  @ApiProperty({
    minLength: 2,
    maxLength: 200,
    example: 'Friedrich-Wilhelm-Str. 12a',
    description: 'Street (or its beginning), house number with suffix, postcode.',
  })
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @Length(2, 200)
  q: string;

  @ApiPropertyOptional({
    example: '05112000',
    description: 'AGS of the city searched: the user’s own if left out; a Land role names one where there are several.',
  })
  @IsOptional()
  @IsString()
  @Matches(AGS_PATTERN, { message: 'city must be the AGS of a city, eight digits' })
  city?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
}

export class OfficialAddressDto {
  @ApiProperty({ description: 'Identifier of the official record.' }) id: string;
  @ApiProperty({ example: '05112000' }) cityAgs: string;
  @ApiProperty({ example: 'Friedrich-Wilhelm-Straße' }) street: string;
  @ApiProperty({ example: '12' }) houseNumber: string;
  @ApiProperty({ type: String, nullable: true, example: 'a' }) houseNumberSuffix: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Official NRW data carries none.' }) postcode: string | null;
  @ApiProperty({ description: 'WGS84 latitude of the official point.' }) lat: number;
  @ApiProperty({ description: 'WGS84 longitude of the official point.' }) lon: number;
}

export function toOfficialAddressDto(a: OfficialAddress): OfficialAddressDto {
  return {
    id: a.id,
    cityAgs: a.ags,
    street: a.street,
    houseNumber: a.houseNumber,
    houseNumberSuffix: a.houseNumberSuffix,
    postcode: a.postcode,
    lat: a.lat,
    lon: a.lon,
  };
}
