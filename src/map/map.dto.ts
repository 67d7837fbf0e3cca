import { LegalProfileDto } from '../cities/cities.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { IsCalendarDate } from '../common/dates.js';
import { parseBbox, parseBooleanFlag, parseInteger, splitList } from './map-params.js';
import { PROPERTY_STATUSES, type PropertyStatus, STATUS_SYMBOLS, type StatusSymbol } from '../properties/status-catalogue.js';
import { StatusCountsDto } from '../properties/status-counts.dto.js';

const IsBbox = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isBbox', validator: { validate: (value) => parseBbox(value) !== null } },
    { message: 'bbox must be "west,south,east,north" in WGS84 degrees with west <= east and south <= north', ...options },
  );

export class MapQueryDto {
  @ApiProperty({ example: '6.62,51.33,6.93,51.56', description: 'west,south,east,north (WGS84)' })
  @IsString()
  @IsBbox()
  bbox: string;

  @ApiProperty({ minimum: 0, maximum: 22, example: 12 })
  @Transform(({ value }) => parseInteger(value))
  @IsInt()
  @Min(0)
  @Max(22)
  zoom: number;

  @ApiPropertyOptional({ description: 'Comma-separated statuses', example: 'uninhabitable,renovation' })
  @IsOptional()
  @Transform(({ value }) => splitList(value))
  @IsArray()
  @ArrayMaxSize(PROPERTY_STATUSES.length)
  @IsIn(PROPERTY_STATUSES, { each: true, message: `status must be a comma-separated list of: ${PROPERTY_STATUSES.join(', ')}` })
  status?: PropertyStatus[];

  @ApiPropertyOptional({ description: 'Id of a Stadtbezirk or Ortsteil' })
  @IsOptional()
  @IsUUID()
  district?: string;

  @ApiPropertyOptional({ description: 'Agency code: properties with a submitted operation this agency took part in', example: 'jugendamt' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'agency must be an agency code (a-z, 0-9, _ and -, at most 40 characters)' })
  agency?: string;

  @ApiPropertyOptional({ description: 'Submitted operations on or after this day', example: '2024-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Submitted operations on or before this day', example: '2024-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ description: 'Only properties with an open measure you may see' })
  @IsOptional()
  @Transform(({ value }) => parseBooleanFlag(value))
  @IsBoolean({ message: 'openMeasures must be true or false' })
  openMeasures?: boolean;

  @ApiPropertyOptional({ description: 'Only properties with an occupancy count under the m² per person threshold' })
  @IsOptional()
  @Transform(({ value }) => parseBooleanFlag(value))
  @IsBoolean({ message: 'overThreshold must be true or false' })
  overThreshold?: boolean;

  @ApiPropertyOptional({ description: 'Only properties whose address no official address of their city has (addressMatch unmatched)' })
  @IsOptional()
  @Transform(({ value }) => parseBooleanFlag(value))
  @IsBoolean({ message: 'addressUnmatched must be true or false' })
  addressUnmatched?: boolean;
}

class PointGeometryDto {
  @ApiProperty({ enum: ['Point'] }) type: 'Point';
  @ApiProperty({ type: [Number], example: [6.76, 51.43], description: '[longitude, latitude]' }) coordinates: [number, number];
}

export class MapFeaturePropertiesDto {
  @ApiPropertyOptional({ description: 'Present and true for a cluster' }) cluster?: true;
  @ApiPropertyOptional({ description: 'Property id (single points)' }) id?: string;
  @ApiPropertyOptional({ description: 'Address (single points)', example: 'Musterstraße 12a, 47166 Duisburg' }) label?: string;
  @ApiPropertyOptional({ description: 'Number of properties (clusters)' }) count?: number;
  @ApiPropertyOptional({ description: 'Properties per status inside the cluster', type: 'object', additionalProperties: { type: 'integer' } })
  counts?: Partial<Record<PropertyStatus, number>>;
  @ApiPropertyOptional({ description: 'Zoom at which the cluster splits (clusters)' }) expansionZoom?: number;
  @ApiProperty({ enum: PROPERTY_STATUSES, enumName: 'PropertyStatus', description: 'The status, or for a cluster its most frequent one' })
  status: PropertyStatus;
  @ApiProperty({ example: '#cc0000' }) colour: string;
}

export class MapFeatureDto {
  @ApiProperty({ enum: ['Feature'] }) type: 'Feature';
  @ApiProperty({ description: 'Property id, or "c" + cluster id' }) id: string;
  @ApiProperty({ type: PointGeometryDto }) geometry: PointGeometryDto;
  @ApiProperty({ type: MapFeaturePropertiesDto }) properties: MapFeaturePropertiesDto;
}

export class MapFeatureCollectionDto {
  @ApiProperty({ enum: ['FeatureCollection'] }) type: 'FeatureCollection';
  @ApiProperty({ type: [MapFeatureDto] }) features: MapFeatureDto[];
  @ApiProperty({ description: 'Properties matching every filter, in the whole area (not only the box)' }) total: number;
  @ApiProperty({ type: StatusCountsDto, description: 'Properties per status matching every filter except status (for the legend)' })
  statusCounts: StatusCountsDto;
  @ApiProperty({ description: 'Zoom the answer was computed for (lower than asked if the box held too many points)' }) zoom: number;
  @ApiProperty({ description: 'From this zoom on every property is a single point' }) singlePointsFromZoom: number;
}

export class DistrictStatusCountsDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '500' }) code: string;
  @ApiProperty({ example: 'Mitte' }) name: string;
  @ApiProperty({ example: 'Duisburg' }) city: string;
  @ApiProperty({ type: StatusCountsDto, description: 'Properties per status' }) counts: StatusCountsDto;
  @ApiProperty() total: number;
}

export class ChoroplethClassDto {
  @ApiProperty({ type: 'integer' }) min: number;
  @ApiProperty({ type: 'integer' }) max: number;
  @ApiProperty({ example: '#fcae91' }) colour: string;
}

/** The colour classes for colouring the Stadtbezirke by one of the counts (the report's scale). */
export class DistrictScalesDto implements Record<PropertyStatus | 'total', ChoroplethClassDto[]> {
  @ApiProperty({ type: [ChoroplethClassDto] }) total: ChoroplethClassDto[];
  @ApiProperty({ type: [ChoroplethClassDto] }) suspected: ChoroplethClassDto[];
  @ApiProperty({ type: [ChoroplethClassDto] }) inspected: ChoroplethClassDto[];
  @ApiProperty({ type: [ChoroplethClassDto] }) uninhabitable: ChoroplethClassDto[];
  @ApiProperty({ type: [ChoroplethClassDto] }) renovation: ChoroplethClassDto[];
  @ApiProperty({ type: [ChoroplethClassDto] }) released: ChoroplethClassDto[];
  @ApiProperty({ type: [ChoroplethClassDto] }) relet: ChoroplethClassDto[];
  @ApiProperty({ type: [ChoroplethClassDto] }) closed: ChoroplethClassDto[];
}

export class DistrictStatusOverviewDto {
  @ApiProperty({ type: [DistrictStatusCountsDto] }) items: DistrictStatusCountsDto[];
  @ApiProperty({ type: StatusCountsDto, description: 'Properties outside every Stadtbezirk' }) withoutDistrict: StatusCountsDto;
  @ApiProperty({ type: DistrictScalesDto, description: 'Colour classes per count, from 0 to the largest district value' }) scales: DistrictScalesDto;
}

export class StatusStyleDto {
  @ApiProperty({ enum: PROPERTY_STATUSES, enumName: 'PropertyStatus' }) status: PropertyStatus;
  @ApiProperty({ example: '#cc0000' }) colour: string;
  @ApiProperty({ enum: STATUS_SYMBOLS, enumName: 'StatusSymbol', description: 'The shape drawn besides the colour, for colour-blind readers' })
  symbol: StatusSymbol;
  @ApiProperty({ example: 'Unbewohnbar erklärt' }) labelDe: string;
  @ApiProperty({ example: 'Declared uninhabitable' }) labelEn: string;
}

export class TilesDto {
  @ApiProperty({ type: String, nullable: true, description: 'XYZ template; null means outlines only' }) url: string | null;
  @ApiProperty() attribution: string;
  @ApiProperty() maxZoom: number;
}

export class SignInOptionsDto {
  @ApiProperty({ description: 'The login page asks for username and password.' }) password: boolean;
  @ApiProperty({ description: 'The login page offers "Mit Stadtkonto anmelden" (single sign-on through GET /api/v1/auth/oidc/start).' })
  cityAccount: boolean;
}

export class ClientConfigDto {
  @ApiProperty({ description: 'Demo data is loaded: the client shows a banner' }) demoData: boolean;
  @ApiProperty({ type: TilesDto }) tiles: TilesDto;
  @ApiProperty({ type: [StatusStyleDto] }) statuses: StatusStyleDto[];
  @ApiProperty({ example: '© OpenStreetMap contributors (ODbL)' }) outlinesAttribution: string;
  @ApiProperty({ example: 'Europe/Berlin', description: "The installation's city's time zone until a login names the user's city" })
  timeZone: string;
  @ApiProperty({
    type: LegalProfileDto,
    description: "The Land law of the installation's cities (NW before any is set up) until a login names the user's city",
  })
  legal: LegalProfileDto;
  @ApiProperty({ type: SignInOptionsDto }) signIn: SignInOptionsDto;
}
