import { Param, ParseUUIDPipe } from '@nestjs/common';
import { badRequest, fieldError } from './problem.js';

/** A route parameter that must be a UUID: anything else is a 400 naming the parameter, never a 404 or 500. */
export const UuidParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => badRequest('invalid_id', `The path parameter "${name}" must be a UUID.`, [fieldError(name, 'isUuid', `${name} must be a UUID`)]),
    }),
  );
