import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, registerDecorator, type ValidationArguments } from 'class-validator';
import { AGS_PATTERN } from '../cities/city-key.js';
import { IsCalendarDate } from '../common/dates.js';
import { TOPICS, type FigureUnit, type TopicKey } from './summary-definitions.js';
import type { SummaryMethod } from './summary-method.js';
import type { ReportCell, SummaryReport } from './summary-report.js';
import { daysBetween } from './statistics.js';
import { StatusCountsDto } from '../properties/status-counts.dto.js';
import { SummaryScenesDto } from './chart-scene.dto.js';

export const SUMMARY_FORMATS = ['json', 'csv', 'html', 'pdf'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];
export const MAX_SPAN_DAYS = 20 * 366;

/** `to` must not be before `from`, and the span stays under twenty years. */
function IsPeriodEnd(): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isPeriodEnd',
      target: target.constructor,
      propertyName: String(propertyKey),
      options: { message: (args: ValidationArguments) => periodProblem(args) ?? '' },
      validator: { validate: (_value: unknown, args: ValidationArguments) => periodProblem(args) === null },
    });
}

function periodProblem(args: ValidationArguments): string | null {
  const { from, to } = args.object as { from?: unknown; to?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return null;
  if (to < from) return 'to must not be before from';
  if (daysBetween(from, to) + 1 > MAX_SPAN_DAYS) return 'the period from..to must not be longer than 20 years';
  return null;
}

export class SummaryQueryDto {
  @ApiProperty({ example: '2025-01-01', description: 'First day of the period (inclusive).' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2025-12-31', description: 'Last day of the period (inclusive); the reference day for status and cumulative figures.' })
  @IsCalendarDate()
  @IsPeriodEnd()
  to: string;

  @ApiPropertyOptional({
    example: '05112000',
    description: "AGS of the city summarised: the user's own; a Land role names one where several are set up.",
  })
  @IsOptional()
  @IsString()
  @Matches(AGS_PATTERN, { message: 'city must be the AGS of a city, eight digits' })
  city?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Show one Stadtbezirk (and the city total).' })
  @IsOptional()
  @IsUUID('all')
  district?: string;

  @ApiPropertyOptional({ enum: SUMMARY_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(SUMMARY_FORMATS)
  format?: SummaryFormat;
}

export class PeriodDto {
  @ApiProperty({ example: '2025-01-01' }) from: string;
  @ApiProperty({ example: '2025-12-31' }) to: string;
}

export class ReportPeriodDto extends PeriodDto {
  @ApiProperty({ example: 365 }) days: number;
}

export interface SummaryDistrictDto {
  id: string;
  name: string;
}

export class TopicDto {
  @ApiProperty({ enum: TOPICS.map((t) => t.key) }) key: TopicKey;
  @ApiProperty({ example: 'Entscheidungen' }) title: string;
  @ApiProperty({ type: [String] }) figureKeys: string[];
}

export class FigureDto {
  @ApiProperty({ example: 'sinceStart.declared' }) key: string;
  @ApiProperty({ enum: TOPICS.map((t) => t.key) }) topic: TopicKey;
  @ApiProperty({ example: 'Unbewohnbar erklärt seit Beginn' }) label: string;
  @ApiProperty({ enum: ['buildings', 'operations', 'measures', 'persons', 'cases', 'days', 'agencies'] }) unit: FigureUnit;
  @ApiProperty({ description: 'Person counts: small ones shown as "< minCell", the others perturbed by the cell key method (see method.perturbationRule).' })
  person: boolean;
  @ApiProperty({ example: 0 }) decimals: number;
  @ApiProperty() definition: string;
}

export class SummaryCellDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Null when not computable, and for a person count from 1 to minCell − 1. Other person counts: the perturbed value, never the true one.',
  })
  value: number | null;
  @ApiProperty({ example: '< 3', description: 'German display text: the number, "< 3" for a small person count, or "–" when not computable.' })
  display: string;
  @ApiProperty({ type: Number, nullable: true }) previous: number | null;
  @ApiProperty() previousDisplay: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Period minus previous period.' }) change: number | null;
  @ApiProperty({ example: '+3' }) changeDisplay: string;
}

@ApiExtraModels(SummaryCellDto)
export class SummaryRowDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null for the total and for properties without district.' }) districtId: string | null;
  @ApiProperty({ example: 'Mitte' }) label: string;
  @ApiProperty({ description: 'The city total.' }) total: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(SummaryCellDto) }, description: 'One cell per figure key.' })
  cells: Record<string, SummaryCellDto>;
}

export class StatusBarDto {
  @ApiProperty({ type: String, nullable: true }) districtId: string | null;
  @ApiProperty() label: string;
  @ApiProperty({ type: StatusCountsDto }) counts: StatusCountsDto;
}

export class QuarterPointDto {
  @ApiProperty({ example: '2025-Q1' }) quarter: string;
  @ApiProperty({ description: 'Buildings declared uninhabitable in the quarter.' }) declared: number;
  @ApiProperty({ description: 'Buildings re-let in the quarter.' }) relet: number;
}

export class SummaryChartsDto {
  @ApiProperty({ type: [StatusBarDto] }) statusBars: StatusBarDto[];
  @ApiProperty({ type: [QuarterPointDto] }) quarterly: QuarterPointDto[];
  @ApiProperty({ type: SummaryScenesDto, description: 'The three charts as drawn in the report, for clients to draw the same.' }) scenes: SummaryScenesDto;
}

export class DefinitionDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() definition: string;
}

export class SummaryMethodDto {
  @ApiProperty() period: string;
  @ApiProperty() previousPeriod: string;
  @ApiProperty({
    example: '2026-01-05T09:12:00.000Z',
    description:
      'When the figures were read from the database. Until the data change, every format of the same period is built from that reading and shows this time and the same fingerprint.',
  })
  dataAsOf: string;
  @ApiProperty({ example: 'Europe/Berlin', description: "The city's time zone: every time shown in the HTML, PDF and CSV is local time in it." })
  timeZone: string;
  @ApiProperty() dataAsOfText: string;
  @ApiProperty() sources: string;
  @ApiProperty() visibilityRule: string;
  @ApiProperty({ description: 'How person counts are protected (cell key method), in German.' }) perturbationRule: string;
  @ApiProperty({ example: 3, description: 'Person counts from 1 to this minus one are shown as "< minCell"; no published count is below it.' }) minCell: number;
  @ApiProperty({ example: 2, description: 'The most a published person count differs from the true one.' }) maxDeviation: number;
  @ApiProperty({ type: [DefinitionDto] }) definitions: DefinitionDto[];
  @ApiProperty({ example: 'a3f…', description: 'SHA-256 (hex) of the canonical input rows; same data and period, same hash.' }) fingerprint: string;
  @ApiProperty() fingerprintMethod: string;
}

export class SummaryDto {
  @ApiProperty({ example: 'Lagebericht Problemimmobilien' }) title: string;
  @ApiProperty({ example: 'Duisburg' }) city: string;
  @ApiProperty({ type: ReportPeriodDto }) period: ReportPeriodDto;
  @ApiProperty({ type: PeriodDto }) previousPeriod: PeriodDto;
  // Written out: OpenAPI 3.0 lets null through only beside an explicit type, never beside a $ref.
  @ApiProperty({
    type: 'object',
    nullable: true,
    description: 'The Stadtbezirk shown; null for the whole city.',
    properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string', example: 'Mitte' } },
    required: ['id', 'name'],
  })
  district: SummaryDistrictDto | null;
  @ApiProperty({ example: '2026-01-05T09:12:00.000Z' }) generatedAt: string;
  @ApiProperty({ description: 'The demo data set is loaded: fictitious figures.' }) demoData: boolean;
  @ApiProperty({ type: [TopicDto] }) topics: TopicDto[];
  @ApiProperty({ type: [FigureDto] }) figures: FigureDto[];
  @ApiProperty({ type: [SummaryRowDto], description: 'One row per Stadtbezirk (or the one asked for), then the total.' }) rows: SummaryRowDto[];
  @ApiProperty({ type: SummaryChartsDto }) charts: SummaryChartsDto;
  @ApiProperty({ type: SummaryMethodDto }) method: SummaryMethodDto;
}

const toCell = (c: ReportCell): SummaryCellDto => ({ ...c });
const toMethod = (m: SummaryMethod): SummaryMethodDto => ({ ...m, definitions: m.definitions.map((d) => ({ ...d })) });

export function toSummaryDto(report: SummaryReport, scenes: SummaryScenesDto, demoData: boolean): SummaryDto {
  return {
    title: report.title,
    city: report.city,
    period: { ...report.period },
    previousPeriod: { ...report.previousPeriod },
    district: report.district ? { ...report.district } : null,
    generatedAt: report.generatedAt,
    demoData,
    topics: report.topics.map((t) => ({ ...t, figureKeys: [...t.figureKeys] })),
    figures: report.figures.map((f) => ({
      key: f.key,
      topic: f.topic,
      label: f.label,
      unit: f.unit,
      person: f.person,
      decimals: f.decimals,
      definition: f.definition,
    })),
    rows: report.rows.map((r) => ({
      districtId: r.districtId,
      label: r.label,
      total: r.total,
      cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, toCell(c)])),
    })),
    charts: {
      statusBars: report.statusBars.map((b) => ({ districtId: b.districtId, label: b.label, counts: { ...b.counts } })),
      quarterly: report.quarterly.map((q) => ({ ...q })),
      scenes,
    },
    method: toMethod(report.method),
  };
}
