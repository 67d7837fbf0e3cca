import type { ValidationError, ValidationPipeOptions } from '@nestjs/common';
import { BODY_SHAPE_LIMITS } from './body-shape.pipe.js';
import { ProblemException, type FieldError } from './problem.js';

/** Turns class-validator's tree into flat field paths such as `findings[1].severity`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const segment = /^\d+$/.test(error.property) ? `[${error.property}]` : parent ? `.${error.property}` : error.property;
    const path = `${parent}${segment}`;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      result.push({ field: path, message, code });
    }
    if (error.children?.length) result.push(...flattenValidationErrors(error.children, path));
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
  validationError: { target: false, value: false },
  stopAtFirstError: false,
  exceptionFactory: (errors) => {
    // A client needs the first errors to correct its input, not an answer as large as its body.
    const fieldErrors = flattenValidationErrors(errors).slice(0, BODY_SHAPE_LIMITS.maxErrors);
    const fields = [...new Set(fieldErrors.map((e) => e.field))];
    return new ProblemException(400, 'validation_failed', `Invalid input in: ${fields.join(', ')}.`, { errors: fieldErrors });
  },
};
