import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../common/dates.js';
import { IsNotBlank, IsPlainText } from '../common/plain-text.js';
import { FINDING_CATEGORIES, SEVERITIES, VISIBILITIES, type FindingCategory, type Severity, type Visibility } from './finding.entity.js';
import { MEASURE_STATES, MEASURE_TYPES, type MeasureState, type MeasureType } from './measure.entity.js';
import { OPERATION_KINDS, OPERATION_TRIGGERS, type OperationKind, type OperationTrigger } from './operation.entity.js';
import { unlessOmitted } from '../common/unless-omitted.js';

export const MAX_ITEMS = 200;

/** A list of nested inputs, at most MAX_ITEMS, each validated. */
function ItemList(type: new () => object, { optional = false } = {}): PropertyDecorator {
  return applyDecorators(
    optional ? ApiPropertyOptional({ type: [type], maxItems: MAX_ITEMS }) : ApiProperty({ type: [type], maxItems: MAX_ITEMS }),
    ...(optional ? [IsOptional()] : []),
    IsArray(),
    ArrayMaxSize(MAX_ITEMS),
    ValidateNested({ each: true }),
    Type(() => type),
  );
}

/** An optional list of distinct ids of items to withdraw. */
function IdList(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_ITEMS }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_ITEMS),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );
}
/** Who may read the free text beside it; omitted means `taskforce`. */
function TextVisibility(of: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      enum: VISIBILITIES,
      enumName: 'Visibility',
      description: `Who reads ${of}: "agency" keeps it for the writer's agency only; "taskforce" when omitted.`,
    }),
    ValidateIf((_: object, value: unknown) => value !== undefined),
    IsIn(VISIBILITIES),
  );
}

export const MAX_PERSONS = 500;
export const MAX_LIVING_SPACE_M2 = 10_000;
export const MAX_UNITS = 1_000;

const AGENCY_CODE = /^[a-z0-9_-]+$/;

export class FindingInput {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Unit of the same property; omit for the whole building.' })
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;

  @ApiProperty({ enum: FINDING_CATEGORIES, enumName: 'FindingCategory' })
  @IsIn(FINDING_CATEGORIES)
  category: FindingCategory;

  @ApiProperty({ enum: SEVERITIES, enumName: 'Severity' })
  @IsIn(SEVERITIES)
  severity: Severity;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @IsPlainText()
  @Length(1, 4000)
  @IsNotBlank()
  description: string;

  @ApiProperty({ enum: VISIBILITIES, enumName: 'Visibility', description: '"agency": only users of the filing agency ever see it.' })
  @IsIn(VISIBILITIES)
  visibility: Visibility;
}

export class OccupancyInput {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  unitId?: string | null;

  @ApiProperty({ minimum: 0, maximum: MAX_PERSONS })
  @IsInt()
  @Min(0)
  @Max(MAX_PERSONS)
  personsFound: number;

  @ApiProperty({ minimum: 0, maximum: MAX_PERSONS, description: 'Of the persons found; at most personsFound.' })
  @IsInt()
  @Min(0)
  @Max(MAX_PERSONS)
  childrenFound: number;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_PERSONS, description: 'According to the population register.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PERSONS)
  personsRegistered?: number | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  registerExtractDate?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: MAX_LIVING_SPACE_M2, description: "Defaults to the unit's living space." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(1)
  @Max(MAX_LIVING_SPACE_M2)
  livingSpaceM2?: number | null;

  @ApiPropertyOptional({ description: "Single room with shared kitchen/bath (lower threshold); defaults to the unit's setting." })
  @IsOptional()
  @IsBoolean()
  singleRoomSharedFacilities?: boolean;
}

export class MeasureInput {
  @ApiProperty({ enum: MEASURE_TYPES, enumName: 'MeasureType' })
  @IsIn(MEASURE_TYPES)
  type: MeasureType;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: '§ 9 WohnStG NRW' })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 200)
  @IsNotBlank()
  legalBasis?: string | null;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  date: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Not before date.' })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_PERSONS })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PERSONS)
  personsCount?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 2000)
  @IsNotBlank()
  description?: string | null;

  @ApiProperty({ enum: VISIBILITIES, enumName: 'Visibility' })
  @IsIn(VISIBILITIES)
  visibility: Visibility;

  @TextVisibility('the description')
  descriptionVisibility?: Visibility;
}

export class CreateOperationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  propertyId: string;

  @ApiProperty({ enum: OPERATION_KINDS, enumName: 'OperationKind' })
  @IsIn(OPERATION_KINDS)
  kind: OperationKind;

  @ApiProperty({ format: 'date', description: 'Day of the visit; not in the future.' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ enum: OPERATION_TRIGGERS, enumName: 'OperationTrigger' })
  @IsIn(OPERATION_TRIGGERS)
  trigger: OperationTrigger;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 500)
  triggerSource?: string | null;

  @TextVisibility('the trigger source')
  triggerSourceVisibility?: Visibility;

  @ApiProperty()
  @IsBoolean()
  interpreterPresent: boolean;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 15, example: ['ordnungsamt', 'bauaufsicht'], description: 'The filing agency is always included.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  @Matches(AGENCY_CODE, { each: true, message: 'each agency code must be a lower-case catalogue code' })
  agencyCodes: string[];

  @ApiProperty({ minimum: 0, maximum: MAX_UNITS })
  @IsInt()
  @Min(0)
  @Max(MAX_UNITS)
  unitsEntered: number;

  @ApiProperty({ minimum: 0, maximum: MAX_UNITS })
  @IsInt()
  @Min(0)
  @Max(MAX_UNITS)
  unitsNotAccessible: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 4000 })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 4000)
  notes?: string | null;

  @TextVisibility('the notes')
  notesVisibility?: Visibility;

  @ItemList(FindingInput)
  findings: FindingInput[];

  @ItemList(OccupancyInput)
  occupancyCounts: OccupancyInput[];

  @ItemList(MeasureInput)
  measures: MeasureInput[];
}

/** Corrections of the operation's own fields; `null` clears the optional text fields. */
export class AmendmentChangesInput {
  @ApiPropertyOptional({ format: 'date' })
  @ValidateIf((o: AmendmentChangesInput) => o.date !== undefined)
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({ enum: OPERATION_TRIGGERS, enumName: 'OperationTrigger' })
  @ValidateIf((o: AmendmentChangesInput) => o.trigger !== undefined)
  @IsIn(OPERATION_TRIGGERS)
  trigger?: OperationTrigger;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 500)
  triggerSource?: string | null;

  @TextVisibility('the trigger source')
  triggerSourceVisibility?: Visibility;

  @ApiPropertyOptional()
  @ValidateIf((o: AmendmentChangesInput) => o.interpreterPresent !== undefined)
  @IsBoolean()
  interpreterPresent?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_UNITS })
  @ValidateIf((o: AmendmentChangesInput) => o.unitsEntered !== undefined)
  @IsInt()
  @Min(0)
  @Max(MAX_UNITS)
  unitsEntered?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_UNITS })
  @ValidateIf((o: AmendmentChangesInput) => o.unitsNotAccessible !== undefined)
  @IsInt()
  @Min(0)
  @Max(MAX_UNITS)
  unitsNotAccessible?: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 4000 })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 4000)
  notes?: string | null;

  @TextVisibility('the notes')
  notesVisibility?: Visibility;
}

export class CreateAmendmentDto {
  @ApiProperty({ maxLength: 2000, description: 'Why the submitted operation is corrected.' })
  @IsString()
  @IsPlainText()
  @Length(1, 2000)
  @IsNotBlank()
  reason: string;

  @TextVisibility('the reason')
  reasonVisibility?: Visibility;

  @ApiPropertyOptional({ type: AmendmentChangesInput })
  @unlessOmitted
  @IsObject()
  @ValidateNested()
  @Type(() => AmendmentChangesInput)
  changes?: AmendmentChangesInput;

  @ItemList(FindingInput, { optional: true })
  addFindings?: FindingInput[];

  @IdList()
  withdrawFindingIds?: string[];

  @ItemList(OccupancyInput, { optional: true })
  addOccupancyCounts?: OccupancyInput[];

  @IdList()
  withdrawOccupancyCountIds?: string[];

  @ItemList(MeasureInput, { optional: true })
  addMeasures?: MeasureInput[];

  @IdList()
  withdrawMeasureIds?: string[];
}

export class UpdateMeasureStateDto {
  @ApiProperty({ enum: MEASURE_STATES, enumName: 'MeasureState' })
  @IsIn(MEASURE_STATES)
  state: MeasureState;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'Why the state changed (e.g. "Mängel behoben, Nachkontrolle 12.03.").' })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 2000)
  @IsNotBlank()
  note?: string | null;

  @TextVisibility('the note')
  noteVisibility?: Visibility;
}
