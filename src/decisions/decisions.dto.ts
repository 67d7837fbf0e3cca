import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../common/dates.js';
import { IsNotBlank, IsPlainText } from '../common/plain-text.js';
import { PropertyDetailDto } from '../properties/properties.dto.js';
import type { Decision } from './decision.entity.js';
import { DECISION_TYPES, type DecisionType, PROPERTY_STATUSES, type PropertyStatus } from '../properties/status-catalogue.js';

/** A whole building can house far more people than one flat; still bounded so typos are caught. */
export const MAX_PERSONS_AFFECTED = 5_000;
/** A decision rests on a few findings, not on a building's whole history. */
export const MAX_BASIS_FINDINGS = 50;

export class RehousedInput {
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_PERSONS_AFFECTED, description: 'Municipal shelter.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PERSONS_AFFECTED)
  shelter?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_PERSONS_AFFECTED, description: 'Substitute housing provided by the owner.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PERSONS_AFFECTED)
  owner?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_PERSONS_AFFECTED, description: 'Relatives or self-organised.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PERSONS_AFFECTED)
  self?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_PERSONS_AFFECTED })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PERSONS_AFFECTED)
  unknown?: number | null;
}

export class CreateDecisionDto {
  @ApiProperty({ enum: DECISION_TYPES, enumName: 'DecisionType' })
  @IsIn(DECISION_TYPES)
  type: DecisionType;

  @ApiProperty({ format: 'date', description: 'Not in the future and not before the current status began.' })
  @IsCalendarDate()
  effectiveDate: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, description: 'Aktenzeichen.' })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 100)
  @IsNotBlank()
  fileReference?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: '§ 9 WohnStG NRW' })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 200)
  @IsNotBlank()
  legalBasis?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 4000 })
  @IsOptional()
  @IsString()
  @IsPlainText()
  @Length(1, 4000)
  @IsNotBlank()
  reason?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_PERSONS_AFFECTED })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PERSONS_AFFECTED)
  personsAffected?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: MAX_PERSONS_AFFECTED, description: 'Of the persons affected.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PERSONS_AFFECTED)
  childrenAffected?: number | null;

  @ApiPropertyOptional({ type: RehousedInput, description: 'Where the persons affected went; together at most personsAffected.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RehousedInput)
  rehoused?: RehousedInput | null;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_BASIS_FINDINGS,
    description:
      'The findings the decision rests on, stored with it: findings of this building in force on the effective date that the whole taskforce sees ' +
      '(visibility taskforce, or released by their agency). Required for a declaration, which needs one of severity major or danger among them.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_BASIS_FINDINGS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  basisFindingIds?: string[];
}

export class RehousedDto {
  @ApiProperty({ type: Number, nullable: true }) shelter: number | null;
  @ApiProperty({ type: Number, nullable: true }) owner: number | null;
  @ApiProperty({ type: Number, nullable: true }) self: number | null;
  @ApiProperty({ type: Number, nullable: true }) unknown: number | null;
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) propertyId: string;
  @ApiProperty({ enum: DECISION_TYPES, enumName: 'DecisionType' }) type: DecisionType;
  @ApiProperty({ format: 'date' }) effectiveDate: string;
  @ApiProperty({ type: String, nullable: true }) fileReference: string | null;
  @ApiProperty({ type: String, nullable: true }) legalBasis: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: Number, nullable: true }) personsAffected: number | null;
  @ApiProperty({ type: Number, nullable: true }) childrenAffected: number | null;
  @ApiProperty({ type: RehousedDto }) rehoused: RehousedDto;
  @ApiProperty({ enum: PROPERTY_STATUSES, enumName: 'PropertyStatus' }) statusBefore: PropertyStatus;
  @ApiProperty({ enum: PROPERTY_STATUSES, enumName: 'PropertyStatus' }) statusAfter: PropertyStatus;
  @ApiProperty({ format: 'uuid' }) decidedBy: string;
  @ApiProperty() agencyCode: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The findings the decision rests on, as named when it was recorded; none for taken-over decisions.',
  })
  basisFindingIds: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The Kataster import that took the decision over from the city’s spreadsheet, with its date; null when recorded in Hausakte.',
  })
  importId: string | null;
}

export class DecisionRecordedDto {
  @ApiProperty({ type: DecisionDto }) decision: DecisionDto;
  @ApiProperty({ type: PropertyDetailDto, description: 'The property with its new status and next allowed decisions.' }) property: PropertyDetailDto;
}

/** `basisFindingIds`: the findings the decision names (decision_basis). */
export function toDecisionDto(d: Decision, basisFindingIds: readonly string[] = []): DecisionDto {
  return {
    id: d.id,
    propertyId: d.propertyId,
    type: d.type,
    effectiveDate: d.effectiveDate,
    fileReference: d.fileReference,
    legalBasis: d.legalBasis,
    reason: d.reason,
    personsAffected: d.personsAffected,
    childrenAffected: d.childrenAffected,
    rehoused: { shelter: d.rehousedShelter, owner: d.rehousedOwner, self: d.rehousedSelf, unknown: d.rehousedUnknown },
    statusBefore: d.statusBefore,
    statusAfter: d.statusAfter,
    decidedBy: d.decidedBy,
    agencyCode: d.agencyCode,
    createdAt: d.createdAt.toISOString(),
    basisFindingIds: [...basisFindingIds].sort(),
    importId: d.importId,
  };
}
