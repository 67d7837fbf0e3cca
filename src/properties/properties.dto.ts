import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Property, PropertyOrigin } from './property.entity.js';
import type { Unit } from './unit.entity.js';
import { FILE_PARTS, type FilePart, type FileRead } from '../audit/file-read.entity.js';
import { IsPlainText } from '../common/plain-text.js';
import { ALLOWED_DECISIONS, DECISION_TYPES, type DecisionType, PROPERTY_STATUSES, type PropertyStatus, STATUS_STYLE } from './status-catalogue.js';
import { unlessOmitted } from '../common/unless-omitted.js';
import { AGS_PATTERN } from '../cities/city-key.js';
import { ADDRESS_MATCHES, type AddressMatch } from '../addresses/address-match.js';

export const PROPERTY_ORIGINS = [
  'complaint',
  'tip',
  'register_anomaly',
  'utility_disconnection',
  'police',
  'field',
  'import',
  'other',
] as const satisfies readonly PropertyOrigin[];

/** Relations every property mapper needs loaded (district names). */
export const PROPERTY_RELATIONS = { district: true, subdistrict: true } as const;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const commaList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? (value as unknown[]) : [value])
    .flatMap((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : [v]))
    .filter((v) => v !== '');

export class CreatePropertyDto {
  @ApiProperty({ example: 'Musterstraße', maxLength: 200 }) @Transform(trim) @IsString() @IsPlainText() @Length(1, 200) street: string;
  @ApiProperty({ example: '12', maxLength: 20 })
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @Length(1, 20)
  @Matches(/^\d/, { message: 'houseNumber must start with a digit' })
  houseNumber: string;
  @ApiPropertyOptional({ type: String, example: 'a', maxLength: 20, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @Length(1, 20)
  houseNumberSuffix?: string | null;
  @ApiPropertyOptional({ type: String, example: '47166', nullable: true, description: 'Left out when not known: the official addresses carry none.' })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Matches(/^\d{5}$/, { message: 'postcode must be five digits' })
  postcode?: string | null;
  @ApiPropertyOptional({
    example: 'DENW36AL1000Nz1g',
    maxLength: 40,
    description:
      'The official address chosen from GET /addresses: it must have the same street, number and suffix. Left out, the address is matched with the gazetteer as typed.',
  })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  officialAddressId?: string;
  @ApiProperty({ example: 'Duisburg', maxLength: 100 }) @Transform(trim) @IsString() @IsPlainText() @Length(1, 100) city: string;
  @ApiProperty({ example: 51.4935, minimum: -90, maximum: 90 }) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90) lat: number;
  @ApiProperty({ example: 6.7618, minimum: -180, maximum: 180 }) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180) lon: number;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Stadtbezirk or Ortsteil; derived from the coordinates when left out or null.',
  })
  @IsOptional()
  @IsUUID()
  districtId?: string | null;
  @ApiPropertyOptional({
    example: '05112000',
    description:
      "AGS of the city whose file the building joins. Left out: the user's own; for a Land role the city whose districts contain the position, or the installation's only one.",
  })
  @IsOptional()
  @IsString()
  @Matches(AGS_PATTERN, { message: 'cityAgs must be the AGS of a city, eight digits' })
  cityAgs?: string;
  @ApiProperty({ enum: PROPERTY_ORIGINS, enumName: 'PropertyOrigin' }) @IsIn(PROPERTY_ORIGINS) origin: PropertyOrigin;
  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true }) @IsOptional() @Transform(trim) @IsString() @IsPlainText() @Length(1, 2000) note?:
    string | null;
}

export class UpdatePropertyDto {
  @ApiPropertyOptional({ maxLength: 200 }) @unlessOmitted @Transform(trim) @IsString() @IsPlainText() @Length(1, 200) street?: string;
  @ApiPropertyOptional({ maxLength: 20 })
  @unlessOmitted
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @Length(1, 20)
  @Matches(/^\d/, { message: 'houseNumber must start with a digit' })
  houseNumber?: string;
  @ApiPropertyOptional({ type: String, maxLength: 20, nullable: true, description: 'null removes the suffix.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @Length(1, 20)
  houseNumberSuffix?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null removes the postcode.' })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Matches(/^\d{5}$/, { message: 'postcode must be five digits' })
  postcode?: string | null;
  @ApiPropertyOptional({ maxLength: 100 }) @unlessOmitted @Transform(trim) @IsString() @IsPlainText() @Length(1, 100) city?: string;
  @ApiPropertyOptional({ minimum: -90, maximum: 90 }) @unlessOmitted @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90) lat?: number;
  @ApiPropertyOptional({ minimum: -180, maximum: 180 }) @unlessOmitted @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180) lon?: number;
  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true, description: 'null removes the note.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @Length(1, 2000)
  note?: string | null;
}

export class ListPropertiesQueryDto {
  @ApiPropertyOptional({ type: String, description: 'Comma-separated statuses.', example: 'inspected,uninhabitable' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(PROPERTY_STATUSES.length)
  @IsIn(PROPERTY_STATUSES, { each: true })
  status?: PropertyStatus[];

  @ApiPropertyOptional({ description: 'Stadtbezirk or Ortsteil id.' }) @IsOptional() @IsUUID() districtId?: string;
  @ApiPropertyOptional({ description: 'Words searched in street, house number and postcode.', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page.' }) @IsOptional() @IsString() @IsPlainText() @Length(1, 1000) cursor?: string;
}

export class CreateUnitDto {
  @ApiProperty({ example: 'EG links', maxLength: 100 }) @Transform(trim) @IsString() @IsPlainText() @Length(1, 100) label: string;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 54.5, minimum: 1, maximum: 10000 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(10000)
  livingSpaceM2?: number | null;
  @ApiPropertyOptional({ description: 'Single room with shared kitchen/bath (lower density threshold).' })
  @IsOptional()
  @IsBoolean()
  singleRoomSharedFacilities?: boolean;
}

export class PropertyAddressDto {
  @ApiProperty({ example: 'Musterstraße' }) street: string;
  @ApiProperty({ example: '12' }) houseNumber: string;
  @ApiProperty({ type: String, nullable: true, example: 'a' }) houseNumberSuffix: string | null;
  @ApiProperty({ type: String, nullable: true, example: '47166' }) postcode: string | null;
  @ApiProperty({ example: 'Duisburg' }) city: string;
  @ApiProperty({ example: 'Musterstraße 12a, 47166 Duisburg' }) label: string;
}

export class PropertySummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '05112000', description: 'AGS of the city whose file holds the building.' }) cityAgs: string;
  @ApiProperty({ type: PropertyAddressDto }) address: PropertyAddressDto;
  @ApiProperty() lat: number;
  @ApiProperty() lon: number;
  @ApiProperty({ type: String, nullable: true }) districtId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Hamborn' }) districtName: string | null;
  @ApiProperty({ type: String, nullable: true }) subdistrictId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Marxloh' }) subdistrictName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The official address (gazetteer) the building stands at.' }) officialAddressId: string | null;
  @ApiProperty({ enum: PROPERTY_STATUSES, enumName: 'PropertyStatus' }) status: PropertyStatus;
  @ApiProperty({ example: '2024-03-01' }) statusSince: string;
  @ApiProperty({ example: '#cc0000' }) statusColour: string;
  @ApiProperty({ example: 'Unbewohnbar erklärt' }) statusLabel: string;
}

export class PropertyDetailDto extends PropertySummaryDto {
  @ApiProperty({ enum: PROPERTY_ORIGINS, enumName: 'PropertyOrigin' }) origin: PropertyOrigin;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({
    // null among the values: the OpenAPI 3.0 way to let a nullable enum be null.
    enum: [...ADDRESS_MATCHES, null],
    nullable: true,
    description:
      'official: placed on the official point of its address; manual_pin: official address, pin set by hand; unmatched: no official address has this one; null: the city has no official addresses yet.',
  })
  addressMatch: AddressMatch | null;
  @ApiProperty({ type: String, nullable: true, description: 'The Kataster import that created the building file; null when recorded in Hausakte.' })
  importId: string | null;
  @ApiProperty({ enum: DECISION_TYPES, enumName: 'DecisionType', isArray: true }) allowedDecisions: DecisionType[];
  @ApiProperty({ example: '2024-03-01T09:30:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2024-03-01T09:30:00.000Z' }) updatedAt: string;
  @ApiProperty({ example: 3, description: 'Changes of address, location and note so far; answered as ETag, and PATCH needs it in If-Match.' }) version: number;
}

export class PropertyPageDto {
  @ApiProperty({ type: [PropertySummaryDto] }) items: PropertySummaryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page.' }) nextCursor: string | null;
}

export class UnitDto {
  @ApiProperty() id: string;
  @ApiProperty() propertyId: string;
  @ApiProperty({ example: 'EG links' }) label: string;
  @ApiProperty({ type: Number, nullable: true }) livingSpaceM2: number | null;
  @ApiProperty() singleRoomSharedFacilities: boolean;
  @ApiProperty() createdAt: string;
}

/** "Musterstraße 12a, 47166 Duisburg", or "Musterstraße 12a, Duisburg" without a postcode. */
export function addressLabel(p: Pick<Property, 'street' | 'houseNumber' | 'houseNumberSuffix' | 'postcode' | 'city'>): string {
  return `${p.street} ${p.houseNumber}${p.houseNumberSuffix ?? ''}, ${p.postcode ? `${p.postcode} ` : ''}${p.city}`;
}

/** Needs the district and subdistrict relations loaded (PROPERTY_RELATIONS) for the names. */
export function toPropertySummary(p: Property): PropertySummaryDto {
  const style = STATUS_STYLE[p.status];
  return {
    id: p.id,
    cityAgs: p.cityAgs,
    address: {
      street: p.street,
      houseNumber: p.houseNumber,
      houseNumberSuffix: p.houseNumberSuffix,
      postcode: p.postcode,
      city: p.city,
      label: addressLabel(p),
    },
    lat: p.lat,
    lon: p.lon,
    districtId: p.districtId,
    districtName: p.district?.name ?? null,
    subdistrictId: p.subdistrictId,
    subdistrictName: p.subdistrict?.name ?? null,
    officialAddressId: p.officialAddressId,
    status: p.status,
    statusSince: p.statusSince,
    statusColour: style.colour,
    statusLabel: style.labelDe,
  };
}

export function toPropertyDetail(p: Property): PropertyDetailDto {
  return {
    ...toPropertySummary(p),
    origin: p.origin,
    note: p.note,
    addressMatch: p.addressMatch,
    importId: p.importId,
    allowedDecisions: [...ALLOWED_DECISIONS[p.status]],
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export function toUnitDto(unit: Unit): UnitDto {
  return {
    id: unit.id,
    propertyId: unit.propertyId,
    label: unit.label,
    livingSpaceM2: unit.livingSpaceM2,
    singleRoomSharedFacilities: unit.singleRoomSharedFacilities,
    createdAt: unit.createdAt.toISOString(),
  };
}

export class ListFileReadsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

/** Who read which part of a building's file, and when (DESIGN §4). */
export class FileReadDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: FILE_PARTS, enumName: 'FilePart' }) part: FilePart;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The operation read, for part "operation".' }) itemId: string | null;
  @ApiProperty({ format: 'uuid' }) actorId: string;
  @ApiProperty() actorName: string;
  @ApiProperty() actorAgency: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export function toFileReadDto(read: FileRead): FileReadDto {
  return { ...read, at: read.at.toISOString() };
}
