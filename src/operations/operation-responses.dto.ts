import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { canSee, readableText } from '../auth/access.js';
import type { LegalProfile } from '../legal/legal-profiles.js';
import type { Amendment } from './amendment.entity.js';
import { computeDensity } from './density.js';
import { FINDING_CATEGORIES, SEVERITIES, VISIBILITIES, type Finding, type FindingCategory, type Severity, type Visibility } from './finding.entity.js';
import { MEASURE_STATES, MEASURE_TYPES, type Measure, type MeasureState, type MeasureType } from './measure.entity.js';
import type { OccupancyCount } from './occupancy-count.entity.js';
import { OPERATION_KINDS, OPERATION_TRIGGERS, type Operation, type OperationKind, type OperationState, type OperationTrigger } from './operation.entity.js';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** The visibility of the free text before it; null whenever that text is null to the reader. */
const TextVisibilityProperty = () =>
  ApiProperty({ enum: [...VISIBILITIES, null], nullable: true, description: 'Null whenever the text before it is null to you.' });

export class FindingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) operationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId: string | null;
  @ApiProperty({ enum: FINDING_CATEGORIES, enumName: 'FindingCategory' }) category: FindingCategory;
  @ApiProperty({ enum: SEVERITIES, enumName: 'Severity' }) severity: Severity;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'Agency of the user who filed it.' }) agencyCode: string;
  @ApiProperty({ enum: VISIBILITIES, enumName: 'Visibility' }) visibility: Visibility;
  @ApiProperty({ description: 'Withdrawn by an amendment; kept for the record.' }) withdrawn: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) addedByAmendmentId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) withdrawnByAmendmentId: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the owning agency released this `agency` finding for decisions; from then on the whole taskforce sees it.',
  })
  releasedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DensityThresholdDto {
  @ApiProperty({ example: 10, description: 'The minimum applied: the single-room one for a single room with shared facilities.' }) minM2PerPerson: number;
  @ApiProperty({ example: '§ 10 Abs. 1 WohnStG NRW' }) legalReference: string;
  @ApiProperty({ format: 'date', example: '2021-07-01' }) validFrom: string;
}

export class OccupancyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) operationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId: string | null;
  @ApiProperty() personsFound: number;
  @ApiProperty() childrenFound: number;
  @ApiProperty({ type: Number, nullable: true }) personsRegistered: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) registerExtractDate: string | null;
  @ApiProperty({ type: Number, nullable: true }) livingSpaceM2: number | null;
  @ApiProperty() singleRoomSharedFacilities: boolean;
  @ApiProperty() agencyCode: string;
  @ApiProperty() withdrawn: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) addedByAmendmentId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) withdrawnByAmendmentId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Living space per person found, cut to two decimals.' }) m2PerPerson: number | null;
  @ApiProperty({ type: DensityThresholdDto, nullable: true, description: 'The rule in force on the day of the operation; null before the Land had one.' })
  threshold: DensityThresholdDto | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Null when living space or persons are unknown, or no rule applied on that day.' })
  underThreshold: boolean | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MeasureDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) propertyId: string;
  @ApiProperty({ format: 'uuid' }) operationId: string;
  @ApiProperty({ enum: MEASURE_TYPES, enumName: 'MeasureType' }) type: MeasureType;
  @ApiProperty() agencyCode: string;
  @ApiProperty({ type: String, nullable: true }) legalBasis: string | null;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deadline: string | null;
  @ApiProperty({ enum: MEASURE_STATES, enumName: 'MeasureState' }) state: MeasureState;
  @ApiProperty({ type: Number, nullable: true }) personsCount: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null when empty or kept for another agency.' }) description: string | null;
  @TextVisibilityProperty() descriptionVisibility: Visibility | null;
  @ApiProperty({ enum: VISIBILITIES, enumName: 'Visibility' }) visibility: Visibility;
  @ApiProperty({ type: String, nullable: true, description: 'Null when empty or kept for another agency.' }) stateNote: string | null;
  @TextVisibilityProperty() stateNoteVisibility: Visibility | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) stateChangedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) stateChangedBy: string | null;
  @ApiProperty() withdrawn: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) addedByAmendmentId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) withdrawnByAmendmentId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ example: 2, description: 'State changes so far; PATCH /measures/:id needs it in If-Match.' }) version: number;
}

export class AmendmentItemsDto {
  @ApiProperty({ type: [String] }) findingIds: string[];
  @ApiProperty({ type: [String] }) occupancyCountIds: string[];
  @ApiProperty({ type: [String] }) measureIds: string[];
}

/** One corrected field: its value before and after the amendment (null when empty). */
export class FieldChangeDto {
  @ApiProperty({ oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }] }) from: string | number | boolean | null;
  @ApiProperty({ oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }] }) to: string | number | boolean | null;
}

@ApiExtraModels(FieldChangeDto)
export class AmendmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) operationId: string;
  @ApiProperty({ description: '1 for the first amendment of the operation.' }) seq: number;
  @ApiProperty({ type: String, nullable: true, description: 'Null when the amending agency kept the reason for itself.' }) reason: string | null;
  @TextVisibilityProperty() reasonVisibility: Visibility | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(FieldChangeDto) },
    example: { date: { from: '2026-03-01', to: '2026-03-02' } },
    description: 'Corrected fields as { field: { from, to } }.',
  })
  changes: Record<string, FieldChangeDto>;
  @ApiProperty({ type: AmendmentItemsDto, description: 'Items this amendment added (only those visible to you).' }) added: AmendmentItemsDto;
  @ApiProperty({ type: AmendmentItemsDto, description: 'Items this amendment withdrew (only those visible to you).' }) withdrawn: AmendmentItemsDto;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty() agencyCode: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OperationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) propertyId: string;
  @ApiProperty({ enum: OPERATION_KINDS, enumName: 'OperationKind' }) kind: OperationKind;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: OPERATION_TRIGGERS, enumName: 'OperationTrigger' }) trigger: OperationTrigger;
  @ApiProperty({ type: String, nullable: true, description: 'Null when empty or kept for the filing agency.' }) triggerSource: string | null;
  @TextVisibilityProperty() triggerSourceVisibility: Visibility | null;
  @ApiProperty() interpreterPresent: boolean;
  @ApiProperty({ type: [String] }) agencyCodes: string[];
  @ApiProperty() unitsEntered: number;
  @ApiProperty() unitsNotAccessible: number;
  @ApiProperty({ type: String, nullable: true, description: 'Null when empty or kept for the filing agency.' }) notes: string | null;
  @TextVisibilityProperty() notesVisibility: Visibility | null;
  @ApiProperty({ enum: ['draft', 'submitted'] }) state: OperationState;
  @ApiProperty() leadAgencyCode: string;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) submittedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: [FindingDto] }) findings: FindingDto[];
  @ApiProperty({ type: [OccupancyDto] }) occupancyCounts: OccupancyDto[];
  @ApiProperty({ type: [MeasureDto] }) measures: MeasureDto[];
  @ApiProperty({ type: [AmendmentDto] }) amendments: AmendmentDto[];
}

/** How an amendment is stored: corrected fields plus the ids of items it added and withdrew. */
export interface StoredAmendmentChanges {
  fields: Record<string, FieldChangeDto>;
  added: { findingIds: string[]; occupancyCountIds: string[]; measureIds: string[] };
  withdrawn: { findingIds: string[]; occupancyCountIds: string[]; measureIds: string[] };
}

export function toFindingDto(finding: Finding): FindingDto {
  return {
    id: finding.id,
    operationId: finding.operationId,
    unitId: finding.unitId,
    category: finding.category,
    severity: finding.severity,
    description: finding.description,
    agencyCode: finding.agencyCode,
    visibility: finding.visibility,
    withdrawn: finding.withdrawnByAmendmentId !== null,
    addedByAmendmentId: finding.addedByAmendmentId,
    withdrawnByAmendmentId: finding.withdrawnByAmendmentId,
    releasedAt: finding.releasedAt ? new Date(finding.releasedAt).toISOString() : null,
    createdAt: finding.createdAt.toISOString(),
  };
}

export function toOccupancyDto(count: OccupancyCount, profile: LegalProfile, date: string): OccupancyDto {
  return {
    id: count.id,
    operationId: count.operationId,
    unitId: count.unitId,
    personsFound: count.personsFound,
    childrenFound: count.childrenFound,
    personsRegistered: count.personsRegistered,
    registerExtractDate: count.registerExtractDate,
    livingSpaceM2: count.livingSpaceM2,
    singleRoomSharedFacilities: count.singleRoomSharedFacilities,
    agencyCode: count.agencyCode,
    withdrawn: count.withdrawnByAmendmentId !== null,
    addedByAmendmentId: count.addedByAmendmentId,
    withdrawnByAmendmentId: count.withdrawnByAmendmentId,
    ...computeDensity(count, profile, date),
    createdAt: count.createdAt.toISOString(),
  };
}

/** Callers must only pass measures the viewer may see (`canSee`). */
export function toMeasureDto(measure: Measure, viewer: AuthUser): MeasureDto {
  const description = readableText(viewer, measure.description, measure.agencyCode, measure.descriptionVisibility);
  const stateNote = readableText(viewer, measure.stateNote, measure.stateNoteAgencyCode, measure.stateNoteVisibility);
  return {
    id: measure.id,
    propertyId: measure.propertyId,
    operationId: measure.operationId,
    type: measure.type,
    agencyCode: measure.agencyCode,
    legalBasis: measure.legalBasis,
    date: measure.date,
    deadline: measure.deadline,
    state: measure.state,
    personsCount: measure.personsCount,
    description: description.text,
    descriptionVisibility: description.visibility,
    visibility: measure.visibility,
    stateNote: stateNote.text,
    stateNoteVisibility: stateNote.visibility,
    stateChangedAt: iso(measure.stateChangedAt),
    stateChangedBy: measure.stateChangedBy,
    withdrawn: measure.withdrawnByAmendmentId !== null,
    addedByAmendmentId: measure.addedByAmendmentId,
    withdrawnByAmendmentId: measure.withdrawnByAmendmentId,
    createdAt: measure.createdAt.toISOString(),
    updatedAt: measure.updatedAt.toISOString(),
    version: measure.version,
  };
}

/** Ids of items the viewer may not see are left out, so an amendment never reveals that they exist; so are corrections of text they may not read. */
export function toAmendmentDto(
  amendment: Amendment,
  viewer: AuthUser,
  hiddenItemIds: ReadonlySet<string>,
  fields: Record<string, FieldChangeDto> = correctedFields(amendment),
): AmendmentDto {
  const reason = readableText(viewer, amendment.reason, amendment.agencyCode, amendment.reasonVisibility);
  const stored = amendment.changes as Partial<StoredAmendmentChanges>;
  const shown = (ids: string[] | undefined) => (ids ?? []).filter((id) => !hiddenItemIds.has(id));
  const items = (group: StoredAmendmentChanges['added'] | undefined): AmendmentItemsDto => ({
    findingIds: shown(group?.findingIds),
    occupancyCountIds: shown(group?.occupancyCountIds),
    measureIds: shown(group?.measureIds),
  });
  return {
    id: amendment.id,
    operationId: amendment.operationId,
    seq: amendment.seq,
    reason: reason.text,
    reasonVisibility: reason.visibility,
    changes: fields,
    added: items(stored.added),
    withdrawn: items(stored.withdrawn),
    createdBy: amendment.createdBy,
    agencyCode: amendment.agencyCode,
    createdAt: amendment.createdAt.toISOString(),
  };
}

export interface OperationParts {
  agencyCodes: readonly string[];
  findings: readonly Finding[];
  occupancyCounts: readonly OccupancyCount[];
  measures: readonly Measure[];
  amendments: readonly Amendment[];
}

/** Operations with their parts (BuildingFileRepository.operationParts), mapped for one viewer. */
export function toOperationDtos(
  operations: readonly Operation[],
  parts: ReadonlyMap<string, OperationParts>,
  viewer: AuthUser,
  profile: LegalProfile,
): OperationDto[] {
  return operations.map((o) => toOperationDto(o, parts.get(o.id)!, viewer, profile));
}

/** Findings and measures the viewer may not see are filtered out (never redacted), here and in the amendments. */
export function toOperationDto(operation: Operation, parts: OperationParts, viewer: AuthUser, profile: LegalProfile): OperationDto {
  const hidden = new Set([...parts.findings, ...parts.measures].filter((item) => !canSee(viewer, item)).map((item) => item.id));
  const triggerSource = readableText(viewer, operation.triggerSource, operation.leadAgencyCode, operation.triggerSourceVisibility);
  const notes = readableText(viewer, operation.notes, operation.leadAgencyCode, operation.notesVisibility);
  const corrections = readableCorrections(operation, parts.amendments, viewer);
  return {
    id: operation.id,
    propertyId: operation.propertyId,
    kind: operation.kind,
    date: operation.date,
    trigger: operation.trigger,
    triggerSource: triggerSource.text,
    triggerSourceVisibility: triggerSource.visibility,
    interpreterPresent: operation.interpreterPresent,
    agencyCodes: [...parts.agencyCodes].sort(),
    unitsEntered: operation.unitsEntered,
    unitsNotAccessible: operation.unitsNotAccessible,
    notes: notes.text,
    notesVisibility: notes.visibility,
    state: operation.state,
    leadAgencyCode: operation.leadAgencyCode,
    createdBy: operation.createdBy,
    submittedBy: operation.submittedBy,
    submittedAt: iso(operation.submittedAt),
    version: operation.version,
    createdAt: operation.createdAt.toISOString(),
    updatedAt: operation.updatedAt.toISOString(),
    findings: parts.findings.filter((f) => !hidden.has(f.id)).map(toFindingDto),
    occupancyCounts: parts.occupancyCounts.map((c) => toOccupancyDto(c, profile, operation.date)),
    measures: parts.measures.filter((m) => !hidden.has(m.id)).map((m) => toMeasureDto(m, viewer)),
    amendments: parts.amendments.map((a) => toAmendmentDto(a, viewer, hidden, corrections.get(a.id))),
  };
}

/** Operation texts the filing agency may keep for itself, each with the field that holds its visibility. */
const OWNED_TEXTS = [
  ['notes', 'notesVisibility'],
  ['triggerSource', 'triggerSourceVisibility'],
] as const;

/**
 * The corrected fields of each amendment as the viewer may see them. Outside the filing agency, a correction of an
 * owned text shows only while that text was `taskforce` before and after it, so neither an old nor a new hidden text
 * (nor the change of its visibility) shows through the history.
 */
function readableCorrections(operation: Operation, amendments: readonly Amendment[], viewer: AuthUser): Map<string, Record<string, FieldChangeDto>> {
  if (viewer.agencyCode === operation.leadAgencyCode) return new Map(amendments.map((a) => [a.id, correctedFields(a)]));
  const current: Record<string, Visibility> = { notesVisibility: operation.notesVisibility, triggerSourceVisibility: operation.triggerSourceVisibility };
  const result = new Map<string, Record<string, FieldChangeDto>>();
  for (const amendment of [...amendments].sort((a, b) => b.seq - a.seq)) {
    const fields = { ...correctedFields(amendment) };
    for (const [text, visibilityField] of OWNED_TEXTS) {
      const after = current[visibilityField];
      const before = (fields[visibilityField]?.from as Visibility | undefined) ?? after;
      if (before !== 'taskforce' || after !== 'taskforce') {
        delete fields[text];
        delete fields[visibilityField];
      }
      current[visibilityField] = before;
    }
    result.set(amendment.id, fields);
  }
  return result;
}

/** The fields an amendment corrected, as stored. */
function correctedFields(amendment: Amendment): Record<string, FieldChangeDto> {
  return (amendment.changes as Partial<StoredAmendmentChanges>).fields ?? {};
}
