import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ProblemException, type FieldError, fieldError } from './problem.js';
import { isUploadStream } from './uploads.js';

/** No request body of any route needs more; far below what would let building and validating the DTO hold the event loop. */
export const BODY_SHAPE_LIMITS = { maxDepth: 12, maxItems: 1000, maxErrors: 100 };

/**
 * Arrays longer and nesting deeper than the limits, with their paths; the walk is iterative and stops after
 * `maxErrors`, so no body of the allowed size can make it recurse deeply or run long.
 */
export function bodyShapeErrors(body: unknown, limits = BODY_SHAPE_LIMITS): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: '', depth: 0 }];
  while (stack.length && errors.length < limits.maxErrors) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limits.maxDepth) {
      const field = path.match(/^[^.[]+/)?.[0] ?? path;
      errors.push(fieldError(field, 'maxDepth', `${field} is nested deeper than ${limits.maxDepth} levels`, [limits.maxDepth]));
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > limits.maxItems) {
        errors.push(fieldError(path, 'arrayMaxSize', `${path} must contain no more than ${limits.maxItems} elements`, [limits.maxItems]));
        continue;
      }
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    } else {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return errors;
}

/** Runs before the validation pipe: a body too large in shape is refused before class-transformer and class-validator see it. */
@Injectable()
export class BodyShapePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // An uploaded file is read by its own service, never as an object.
    if (metadata.type !== 'body' || isUploadStream(value)) return value;
    const errors = bodyShapeErrors(value);
    if (errors.length) {
      throw new ProblemException(400, 'validation_failed', `Invalid input in: ${[...new Set(errors.map((e) => e.field))].join(', ')}.`, { errors });
    }
    return value;
  }
}
