import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { AGS_PATTERN } from '../cities/city-key.js';
import { IsNotBlank, IsPlainText } from '../common/plain-text.js';
import { SUPPORTED_CRS, type CrsCode } from '../common/crs.js';
import type { District, DistrictLevel } from './district.entity.js';

export const DISTRICT_LEVELS = ['bezirk', 'ortsteil'] as const satisfies readonly DistrictLevel[];

export class ListDistrictsQueryDto {
  @ApiPropertyOptional({ enum: DISTRICT_LEVELS, enumName: 'DistrictLevel' })
  @IsOptional()
  @IsIn(DISTRICT_LEVELS)
  level?: DistrictLevel;

  @ApiPropertyOptional({ example: '05112000', description: 'AGS of one city (a Land role sees every city’s outlines without it).' })
  @IsOptional()
  @IsString()
  @Matches(AGS_PATTERN, { message: 'city must be the AGS of a city, eight digits' })
  city?: string;
}

export class DistrictPropertiesDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Duisburg' }) city: string;
  @ApiProperty({ example: '05112000', description: 'AGS of the city.' }) cityAgs: string;
  @ApiProperty({ example: '500' }) code: string;
  @ApiProperty({ example: 'Mitte' }) name: string;
  @ApiProperty({ enum: DISTRICT_LEVELS, enumName: 'DistrictLevel' }) level: DistrictLevel;
  @ApiProperty({ type: String, nullable: true, description: 'Code of the Stadtbezirk an Ortsteil belongs to.' }) parentCode: string | null;
}

export class DistrictGeometryDto {
  @ApiProperty({ enum: ['Polygon', 'MultiPolygon'] }) type: 'Polygon' | 'MultiPolygon';
  @ApiProperty({ type: 'array', items: {}, description: 'GeoJSON coordinates, WGS84 longitude/latitude.' }) coordinates: unknown;
}

export class DistrictFeatureDto {
  @ApiProperty({ enum: ['Feature'] }) type: 'Feature';
  @ApiProperty() id: string;
  @ApiProperty({ type: DistrictGeometryDto }) geometry: DistrictGeometryDto;
  @ApiProperty({ type: DistrictPropertiesDto }) properties: DistrictPropertiesDto;
}

export class DistrictCollectionDto {
  @ApiProperty({ enum: ['FeatureCollection'] }) type: 'FeatureCollection';
  @ApiProperty({ type: [DistrictFeatureDto] }) features: DistrictFeatureDto[];
  @ApiProperty({ example: '© OpenStreetMap contributors, ODbL', description: 'Must be shown wherever the outlines are drawn.' }) attribution: string;
}

export function toDistrictFeature(district: District): DistrictFeatureDto {
  return {
    type: 'Feature',
    id: district.id,
    geometry: district.geometry,
    properties: {
      id: district.id,
      city: district.city,
      cityAgs: district.cityAgs,
      code: district.code,
      name: district.name,
      level: district.level,
      parentCode: district.parentCode,
    },
  };
}

/** Every distinct attribution of the outlines shown, in order. */
export function combineAttributions(districts: readonly District[]): string {
  return [...new Set(districts.map((d) => d.attribution).filter((a): a is string => !!a))].join('; ');
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const FIELD_NAME = { maxLength: 60, description: 'Name of the attribute in the file.' };

/** The options of a districts import; the file itself is the request body. */
export class DistrictImportQueryDto {
  @ApiPropertyOptional({ example: '05112000', description: 'AGS of the city whose districts are replaced: the administrator’s own city if left out.' })
  @IsOptional()
  @IsString()
  @Matches(AGS_PATTERN, { message: 'city must be the AGS of a city, eight digits' })
  city?: string;

  @ApiPropertyOptional({
    enum: SUPPORTED_CRS,
    enumName: 'DistrictImportCrs',
    description:
      'EPSG code of the coordinates, where the file does not declare it (GeoJSON `crs`, Shapefile .prj). 4647: UTM 32 with the zone before the easting.',
  })
  @IsOptional()
  @IsIn(SUPPORTED_CRS)
  crs?: CrsCode;

  @ApiPropertyOptional({ enum: DISTRICT_LEVELS, enumName: 'DistrictLevel', description: 'The level of every feature, where the file has no level attribute.' })
  @IsOptional()
  @IsIn(DISTRICT_LEVELS)
  level?: DistrictLevel;

  @ApiPropertyOptional({ ...FIELD_NAME, default: 'code' }) @IsOptional() @IsString() @Length(1, 60) codeField?: string;
  @ApiPropertyOptional({ ...FIELD_NAME, default: 'name' }) @IsOptional() @IsString() @Length(1, 60) nameField?: string;
  @ApiPropertyOptional({ ...FIELD_NAME, default: 'level' }) @IsOptional() @IsString() @Length(1, 60) levelField?: string;
  @ApiPropertyOptional({ ...FIELD_NAME, default: 'parent', description: 'Attribute holding the code of an Ortsteil’s Stadtbezirk.' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  parentField?: string;

  @ApiProperty({ maxLength: 300, example: 'Stadt Duisburg, dl-de/by-2-0', description: 'Source and licence of the outlines, shown wherever they are drawn.' })
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @IsNotBlank()
  @Length(1, 300)
  attribution: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'true: answer the preview and change nothing.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

export class ImportedDistrictDto {
  @ApiProperty({ example: '500' }) code: string;
  @ApiProperty({ example: 'Mitte' }) name: string;
  @ApiProperty({ enum: DISTRICT_LEVELS, enumName: 'DistrictLevel' }) level: DistrictLevel;
  @ApiProperty({ type: String, nullable: true }) parentCode: string | null;
  @ApiProperty({ enum: ['new', 'changed', 'unchanged'], description: 'Against the city’s district of the same code.' }) change: 'new' | 'changed' | 'unchanged';
  @ApiProperty({ description: 'Buildings of the city inside it after the import.' }) properties: number;
}

export class RemovedDistrictDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: DISTRICT_LEVELS, enumName: 'DistrictLevel' }) level: DistrictLevel;
  @ApiProperty({ description: 'Buildings in it before the import; they move to the new districts or to none.' }) properties: number;
}

export class DistrictImportWarningDto {
  @ApiProperty({ example: 'features[3]' }) field: string;
  @ApiProperty({ enum: ['unknownParent'] }) code: 'unknownParent';
  @ApiProperty() message: string;
}

export class DistrictImportReportDto {
  @ApiProperty({ description: 'true: a preview, nothing was changed.' }) dryRun: boolean;
  @ApiProperty({ example: '05112000' }) cityAgs: string;
  @ApiProperty({ example: 'Duisburg' }) city: string;
  @ApiProperty({ enum: SUPPORTED_CRS, enumName: 'DistrictImportCrs', description: 'The reference system the coordinates were read in.' }) crs: CrsCode;
  @ApiProperty({ enum: DISTRICT_LEVELS, enumName: 'DistrictLevel', isArray: true, description: 'The levels the file replaces; the other level stays.' })
  levels: DistrictLevel[];
  @ApiProperty({ type: [ImportedDistrictDto] }) districts: ImportedDistrictDto[];
  @ApiProperty({ type: [RemovedDistrictDto], description: 'The city’s districts of those levels that the file no longer has.' }) removed: RemovedDistrictDto[];
  @ApiProperty({ description: 'Buildings of the city.' }) properties: number;
  @ApiProperty({ description: 'Buildings whose Stadtbezirk or Ortsteil changes.' }) moved: number;
  @ApiProperty({ description: 'Buildings that lie in no Stadtbezirk afterwards.' }) outside: number;
  @ApiProperty({ type: [DistrictImportWarningDto] }) warnings: DistrictImportWarningDto[];
  @ApiProperty({ example: 'Stadt Duisburg, dl-de/by-2-0' }) attribution: string;
  @ApiProperty({ description: 'SHA-256 of the uploaded file, as audited.' }) sha256: string;
}
