import type { ValidationError, ValidationPipeOptions } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { BODY_SHAPE_LIMITS } from './body-shape.pipe.js';
import { ProblemException, type FieldError, type FieldErrorParam } from './problem.js';

const isParam = (value: unknown): value is FieldErrorParam =>
  ['string', 'number', 'boolean'].includes(typeof value) || (Array.isArray(value) && value.every((v) => ['string', 'number'].includes(typeof v)));

/** The rule's parameters (`[500]` for `max`, the allowed values for `isIn`), so a client can word the message in its own language. */
function ruleParams(target: unknown, property: string, code: string): FieldErrorParam[] | undefined {
  if (typeof target !== 'object' || target === null) return undefined;
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === code);
  const params = (rule?.constraints ?? []).filter(isParam);
  return params.length ? params : undefined;
}

/** Turns class-validator's tree into flat field paths such as `findings[1].severity`, at most `limit` of them. */
export function flattenValidationErrors(errors: ValidationError[], limit: number, parent = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    if (result.length >= limit) break;
    const segment = /^\d+$/.test(error.property) ? `[${error.property}]` : parent ? `.${error.property}` : error.property;
    const path = `${parent}${segment}`;
    for (const [code, message] of Object.entries(error.constraints ?? {}).slice(0, limit - result.length)) {
      const params = ruleParams(error.target, error.property, code);
      result.push({ field: path, message, code, ...(params && { params }) });
    }
    if (error.children?.length) result.push(...flattenValidationErrors(error.children, limit - result.length, path));
  }
  return result;
}

/** Shared by main.ts and the tests so both validate exactly alike. */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  // The target only serves to look up each rule's parameters; answers never include it.
  validationError: { target: true, value: false },
  stopAtFirstError: false,
  exceptionFactory: (errors) => {
    // A client needs the first errors to correct its input, not an answer as large as its body.
    const fieldErrors = flattenValidationErrors(errors, BODY_SHAPE_LIMITS.maxErrors);
    const fields = [...new Set(fieldErrors.map((e) => e.field))];
    return new ProblemException(400, 'validation_failed', `Invalid input in: ${fields.join(', ')}.`, { errors: fieldErrors });
  },
};
