import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { AGS_PATTERN } from '../cities/city-key.js';
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
