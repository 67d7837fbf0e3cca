import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { Scene, Shape } from './chart-scene.js';

class MarkDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Written as data-<key> attributes.',
    example: { status: 'relet' },
  })
  data?: Record<string, string>;
  @ApiPropertyOptional({ description: 'Tooltip text.' }) tip?: string;
}

export class RectShapeDto extends MarkDto {
  @ApiProperty({ enum: ['rect'] }) kind: 'rect';
  @ApiProperty() x: number;
  @ApiProperty() y: number;
  @ApiProperty() w: number;
  @ApiProperty() h: number;
  @ApiProperty({ example: '#1a9641' }) fill: string;
  @ApiPropertyOptional() stroke?: string;
}

export class LineShapeDto {
  @ApiProperty({ enum: ['line'] }) kind: 'line';
  @ApiProperty() x1: number;
  @ApiProperty() y1: number;
  @ApiProperty() x2: number;
  @ApiProperty() y2: number;
  @ApiProperty() stroke: string;
  @ApiProperty() width: number;
}

export class PolylineShapeDto extends MarkDto {
  @ApiProperty({ enum: ['polyline'] }) kind: 'polyline';
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }, description: '[x, y] pairs' })
  points: Array<[number, number]>;
  @ApiProperty() stroke: string;
  @ApiProperty() width: number;
  @ApiPropertyOptional({ description: 'Dash length.' }) dash?: number;
}

export class CircleShapeDto extends MarkDto {
  @ApiProperty({ enum: ['circle'] }) kind: 'circle';
  @ApiProperty() x: number;
  @ApiProperty() y: number;
  @ApiProperty() r: number;
  @ApiProperty() fill: string;
}

export class PathShapeDto extends MarkDto {
  @ApiProperty({ enum: ['path'] }) kind: 'path';
  @ApiProperty({ description: 'Absolute SVG path data using only M, L and Z (even-odd fill).' }) d: string;
  @ApiProperty() fill: string;
  @ApiProperty() stroke: string;
  @ApiProperty() width: number;
}

export class TextShapeDto {
  @ApiProperty({ enum: ['text'] }) kind: 'text';
  @ApiProperty() x: number;
  @ApiProperty({ description: 'The baseline.' }) y: number;
  @ApiProperty() text: string;
  @ApiProperty() size: number;
  @ApiProperty({ enum: ['start', 'middle', 'end'] }) anchor: 'start' | 'middle' | 'end';
  @ApiPropertyOptional() bold?: boolean;
  @ApiPropertyOptional() fill?: string;
}

const SHAPES = { rect: RectShapeDto, line: LineShapeDto, polyline: PolylineShapeDto, circle: CircleShapeDto, path: PathShapeDto, text: TextShapeDto };

/** A chart as the HTML report, the PDF and the dashboard draw it: one scene, built once on the server. */
@ApiExtraModels(...Object.values(SHAPES))
export class SceneDto implements Scene {
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'The chart as text, for screen readers.' }) description: string;
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: Object.values(SHAPES).map((dto) => ({ $ref: getSchemaPath(dto) })),
      discriminator: { propertyName: 'kind', mapping: Object.fromEntries(Object.entries(SHAPES).map(([kind, dto]) => [kind, getSchemaPath(dto)])) },
    },
  })
  shapes: Shape[];
}

export class SummaryScenesDto {
  @ApiProperty({ type: SceneDto }) statusBars: SceneDto;
  @ApiProperty({ type: SceneDto }) quarterly: SceneDto;
  @ApiProperty({ type: SceneDto }) choropleth: SceneDto;
}
