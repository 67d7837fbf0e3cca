import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { District, DistrictLevel } from './district.entity.js';
import { IsPlainText } from '../common/plain-text.js';

export const DISTRICT_LEVELS = ['bezirk', 'ortsteil'] as const satisfies readonly DistrictLevel[];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListDistrictsQueryDto {
  @ApiPropertyOptional({ enum: DISTRICT_LEVELS, enumName: 'DistrictLevel' })
  @IsOptional()
  @IsIn(DISTRICT_LEVELS)
  level?: DistrictLevel;

  @ApiPropertyOptional({ example: 'Duisburg' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPlainText()
  @Length(1, 100)
  city?: string;
}

export class DistrictPropertiesDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'Duisburg' }) city: string;
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
