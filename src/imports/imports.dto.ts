import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { AGS_PATTERN } from '../cities/city-key.js';
import { IsNotBlank, IsPlainText } from '../common/plain-text.js';
import { DECISION_TYPES, type DecisionType } from '../properties/status-catalogue.js';
import type { KatasterImport } from './kataster-import.entity.js';
import {
  KATASTER_FIELDS,
  KATASTER_PROBLEMS,
  type KatasterField,
  type KatasterMapping,
  type KatasterProblemCode,
  type ProblemSeverity,
} from './kataster-rows.js';
import { KATASTER_UPLOAD_TYPES } from './kataster-sheet.js';

const FORMATS = [...new Set(Object.values(KATASTER_UPLOAD_TYPES))];
type Format = (typeof FORMATS)[number];

const column = (description: string, required = false) =>
  applyDecorators(
    required
      ? ApiProperty({ maxLength: 200, description: `Heading of the column holding ${description}.` })
      : ApiPropertyOptional({ maxLength: 200, description: `Heading of the column holding ${description}; left out, it is not read.` }),
    ...(required ? [IsDefined()] : [IsOptional()]),
    IsString(),
    IsPlainText(),
    IsNotBlank(),
    Length(1, 200),
  );

/** Which column holds each field, by its heading in the first row. */
export class KatasterColumnsDto implements KatasterMapping {
  @column('the street', true) street: string;
  @column('the house number, with or without its suffix ("12a")', true) houseNumber: string;
  @column('the house-number suffix, where kept apart') houseNumberSuffix?: string;
  @column('the postcode') postcode?: string;
  @column('the Stadtbezirk or Ortsteil (name or code), checked against the official position') district?: string;
  @column('the WGS84 latitude, used where the address is not in the official addresses') lat?: string;
  @column('the WGS84 longitude') lon?: string;
  @column('the owner’s name') owner?: string;
  @column('the manager’s name') manager?: string;
  @column('the file reference (Aktenzeichen)') fileReference?: string;
  @column('the day the building was declared uninhabitable') declaredOn?: string;
  @column('the people affected by the declaration') personsAffected?: string;
  @column('the children among them') childrenAffected?: string;
  @column('the day renovation started') renovationStartedOn?: string;
  @column('the day the declaration was lifted') liftedOn?: string;
  @column('the day the building was re-let') reletOn?: string;
  @column('the day the case was closed') closedOn?: string;
  @column('why the case was closed') closeReason?: string;
  @column('a note on the building') note?: string;
}

export class SaveKatasterMappingDto {
  @ApiProperty({ type: KatasterColumnsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => KatasterColumnsDto)
  columns: KatasterColumnsDto;
}

export class KatasterMappingDto {
  @ApiProperty({ example: '05112000' }) city: string;
  @ApiProperty({ type: KatasterColumnsDto, nullable: true, description: 'null until the columns are saved for this city.' })
  columns: KatasterColumnsDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt: string | null;
  @ApiProperty({ description: 'Counts saves, 0 before the first; answered as ETag.' }) version: number;
}

export class KatasterCityQueryDto {
  @ApiPropertyOptional({ example: '05112000', description: 'AGS of the city: the user’s own if left out.' })
  @IsOptional()
  @IsString()
  @Matches(AGS_PATTERN, { message: 'city must be the AGS of a city, eight digits' })
  city?: string;
}

/** The options of a Kataster import; the file itself is the request body. */
export class KatasterImportQueryDto extends KatasterCityQueryDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'The sheet of the workbook to read: the first if left out.' })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 200)
  sheet?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'The file’s name, kept with the import.' })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 200)
  fileName?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'true: answer the report and change nothing.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

const OUTCOMES = ['new', 'existing', 'rejected'] as const;
export const PLACEMENTS = ['official', 'official_without_suffix', 'coordinates'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export class KatasterRowResultDto {
  @ApiProperty({ description: 'The row number the spreadsheet program shows.' }) row: number;
  @ApiProperty({
    enum: OUTCOMES,
    enumName: 'KatasterRowOutcome',
    description:
      'new: a building is (or, in a dry run, would be) created; existing: the address is in Hausakte already and is left as it is; rejected: see the problems.',
  })
  outcome: (typeof OUTCOMES)[number];
  @ApiProperty({ type: String, nullable: true, example: 'Musterstraße 12a' }) address: string | null;
  @ApiProperty({
    enum: [...PLACEMENTS, null],
    nullable: true,
    description:
      'official: at its official address; official_without_suffix: at the official point of the number without the suffix, none having the suffix; coordinates: at the row’s own coordinates.',
  })
  placement: Placement | null;
  @ApiProperty({ type: String, nullable: true, description: 'The Stadtbezirk containing the position.' }) district: string | null;
  @ApiProperty({ enum: DECISION_TYPES, enumName: 'DecisionType', isArray: true }) decisions: DecisionType[];
  @ApiProperty({ type: String, nullable: true, description: 'The building in Hausakte: the existing one, or the one created.' }) propertyId: string | null;
}

export class KatasterProblemDto {
  @ApiProperty({ description: 'The row number; 0 for the column mapping.' }) row: number;
  @ApiProperty({ enum: [...KATASTER_FIELDS, null], nullable: true }) field: KatasterField | null;
  @ApiProperty({ type: String, nullable: true, description: 'The heading of the column.' }) column: string | null;
  @ApiProperty({ enum: ['error', 'warning'], enumName: 'KatasterProblemSeverity', description: 'error: the row is not imported.' }) severity: ProblemSeverity;
  @ApiProperty({ enum: KATASTER_PROBLEMS, enumName: 'KatasterProblemCode' }) code: KatasterProblemCode;
  @ApiProperty() message: string;
}

export class KatasterImportReportDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The import that created the buildings; for a file imported before, that import.' })
  importId: string | null;
  @ApiProperty({ description: 'The same file was imported into this city before: nothing is created again.' }) alreadyImported: boolean;
  @ApiProperty({ example: 'c0ffee…' }) sha256: string;
  @ApiProperty({ enum: FORMATS, enumName: 'KatasterFormat' }) format: Format;
  @ApiProperty({ type: String, nullable: true }) sheet: string | null;
  @ApiProperty({ type: [String], description: 'The headings of the first row.' }) headings: string[];
  @ApiProperty({ type: KatasterColumnsDto, description: 'The columns read: the city’s saved choice, else the one suggested from the headings.' })
  columns: KatasterColumnsDto;
  @ApiProperty({ description: 'Whether the columns are the city’s saved choice; a real import needs one.' }) columnsSaved: boolean;
  @ApiProperty({ description: 'Rows below the headings.' }) rows: number;
  @ApiProperty() created: number;
  @ApiProperty() existing: number;
  @ApiProperty() rejected: number;
  @ApiProperty({ description: 'Owners and managers created.' }) parties: number;
  @ApiProperty({ description: 'Decisions taken over with their dates.' }) decisions: number;
  @ApiProperty({ type: [KatasterRowResultDto] }) results: KatasterRowResultDto[];
  @ApiProperty({ type: [KatasterProblemDto] }) problems: KatasterProblemDto[];
}

export class KatasterImportDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '05112000' }) city: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() sha256: string;
  @ApiProperty({ type: String, nullable: true }) fileName: string | null;
  @ApiProperty({ enum: FORMATS, enumName: 'KatasterFormat' }) format: Format;
  @ApiProperty({ type: String, nullable: true }) sheet: string | null;
  @ApiProperty() rows: number;
  @ApiProperty() created: number;
  @ApiProperty() existing: number;
  @ApiProperty() rejected: number;
  @ApiProperty() parties: number;
  @ApiProperty() decisions: number;
}

export function toKatasterImportDto(record: KatasterImport): KatasterImportDto {
  const { id, cityAgs, createdAt, sha256, fileName, format, sheet, rows, created, existing, rejected, parties, decisions } = record;
  return { id, city: cityAgs, createdAt: createdAt.toISOString(), sha256, fileName, format, sheet, rows, created, existing, rejected, parties, decisions };
}
