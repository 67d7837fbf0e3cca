import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'lat' }) field: string;
  @ApiProperty({ example: 'lat must not be greater than 90' }) message: string;
  @ApiProperty({ description: 'The rule that failed; stable, for clients to word the message in their own language.', example: 'max' }) code: string;
  @ApiPropertyOptional({
    description: "The rule's parameters, e.g. the limit of max or the allowed values of isIn.",
    example: [90],
    type: 'array',
    items: {
      anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } }],
    },
  })
  params?: Array<string | number | boolean | Array<string | number>>;
}

/** RFC 9457 problem details as ProblemDetailsFilter renders them; some codes add fields (existingId, allowedDecisions …). */
export class ProblemDto {
  @ApiProperty({ example: 'urn:hausakte:problem:validation_failed' }) type: string;
  @ApiProperty({ example: 'Bad Request' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ description: 'Stable; clients act on it, never on the text.', example: 'validation_failed' }) code: string;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional({ description: 'The path the problem arose on.' }) instance?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'One entry per field that failed, for validation problems.' }) errors?: FieldErrorDto[];
}

export type ProblemCodes = Partial<Record<400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 503, readonly string[]>>;

/** What the auth guard answers on every route that needs a login. */
export const SIGNED_IN: ProblemCodes = { 401: ['unauthorized'], 403: ['forbidden', 'password_change_required'] };
/** What the body parser answers on every POST, PUT and PATCH, whether the route reads a body or not. */
export const PARSED_BODY: ProblemCodes = { 400: ['malformed_json', 'empty_body'], 413: ['payload_too_large'], 415: ['unsupported_media_type'] };
/** The parser's answers and the validation pipe's, on every route that takes a JSON body. */
export const WITH_BODY: ProblemCodes = { ...PARSED_BODY, 400: ['validation_failed', ...PARSED_BODY[400]!] };
export const WITH_QUERY: ProblemCodes = { 400: ['validation_failed'] };
export const WITH_ID: ProblemCodes = { 400: ['invalid_id'] };

/** Documents a route's error answers as application/problem+json, each status with the codes it can carry. */
export function ApiProblems(...groups: ProblemCodes[]): MethodDecorator & ClassDecorator {
  const codes = new Map<number, Set<string>>();
  for (const group of groups) {
    for (const [status, list] of Object.entries(group)) codes.set(Number(status), new Set([...(codes.get(Number(status)) ?? []), ...list]));
  }
  return applyDecorators(ApiExtraModels(ProblemDto), ...[...codes].map(([status, set]) => ApiResponse({ status, ...problemResponse([...set]) })));
}

/** The OpenAPI response object of a problem status with the codes it can carry. */
export function problemResponse(codes: readonly string[]) {
  return {
    description: `Problem details, code ${codes.join(', ')}.`,
    content: {
      'application/problem+json': {
        schema: { allOf: [{ $ref: getSchemaPath(ProblemDto) }, { type: 'object', properties: { code: { type: 'string', enum: [...codes] } } }] },
      },
    },
  };
}
