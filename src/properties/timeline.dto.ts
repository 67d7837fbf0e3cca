import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AmendmentDto, MeasureDto, OperationDto } from '../operations/operation-responses.dto.js';
import { DecisionDto } from '../decisions/decisions.dto.js';

export const TIMELINE_KINDS = ['operation', 'measure', 'amendment', 'decision'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export class TimelineItemDto {
  @ApiProperty({ enum: TIMELINE_KINDS, enumName: 'TimelineKind' }) kind: TimelineKind;
  @ApiProperty({ format: 'date', description: 'Visit, measure or effective date; for amendments the day they were made.' }) date: string;
  @ApiProperty({ format: 'uuid', description: 'Id of the operation, measure, amendment or decision.' }) id: string;
  @ApiPropertyOptional({ type: OperationDto }) operation?: OperationDto;
  @ApiPropertyOptional({ type: MeasureDto }) measure?: MeasureDto;
  @ApiPropertyOptional({ type: AmendmentDto }) amendment?: AmendmentDto;
  @ApiPropertyOptional({ type: DecisionDto }) decision?: DecisionDto;
}

export class TimelineDto {
  @ApiProperty({ type: [TimelineItemDto], description: 'Date ascending; on the same day operations, then measures, amendments, decisions.' })
  items: TimelineItemDto[];
}

const KIND_ORDER: Record<TimelineKind, number> = { operation: 0, measure: 1, amendment: 2, decision: 3 };

/** Flattens operations (with their visible measures and amendments) and decisions into one dated list. */
export function buildTimeline(operations: readonly OperationDto[], decisions: readonly DecisionDto[]): TimelineDto {
  const items: Array<TimelineItemDto & { at: string }> = [];
  for (const operation of operations) {
    items.push({ kind: 'operation', date: operation.date, id: operation.id, operation, at: operation.createdAt });
    for (const measure of operation.measures) items.push({ kind: 'measure', date: measure.date, id: measure.id, measure, at: measure.createdAt });
    for (const amendment of operation.amendments) {
      items.push({ kind: 'amendment', date: amendment.createdAt.slice(0, 10), id: amendment.id, amendment, at: amendment.createdAt });
    }
  }
  for (const decision of decisions) items.push({ kind: 'decision', date: decision.effectiveDate, id: decision.id, decision, at: decision.createdAt });
  items.sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return { items: items.map(({ at, ...item }) => item) };
}
