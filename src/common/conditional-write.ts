import {
  applyDecorators,
  createParamDecorator,
  HttpStatus,
  Injectable,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { ApiProblems } from './api-problems.js';
import { ProblemException } from './problem.js';

const ETAG_KEY = 'hausakte:etag';

/** The strong entity tag of a record's version. */
export const etagOf = (version: number) => `"${version}"`;

export type IfMatchHeader = string | string[] | undefined;

/**
 * Checks a change's If-Match against the record's current version, after the record was loaded (so a missing record
 * is 404 first): 428 without one, so no edit can silently overwrite another; 412 when it names an older version.
 */
export function checkIfMatch(header: IfMatchHeader, current: number): void {
  assertCurrentVersion(current, parseIfMatch(header));
}

function parseIfMatch(header: IfMatchHeader): number[] {
  if (header === undefined || (typeof header === 'string' && header.trim() === '')) {
    throw new ProblemException(
      HttpStatus.PRECONDITION_REQUIRED,
      'precondition_required',
      'Send If-Match with the ETag of the version you edited (from GET), so a change made meanwhile is not overwritten.',
    );
  }
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim());
  // "0" is the tag of a record not saved yet: a client that saw none is told when one appeared meanwhile.
  const versions = tags.map((tag) => /^"(0|[1-9]\d{0,9})"$/.exec(tag)?.[1]);
  if (versions.some((v) => v === undefined)) {
    throw new ProblemException(HttpStatus.BAD_REQUEST, 'if_match_invalid', 'If-Match must be the quoted ETag of a version, e.g. "3".', {
      errors: [{ field: 'If-Match', message: 'must be the ETag of a version, e.g. "3"', code: 'if_match_invalid' }],
    });
  }
  return versions.map(Number);
}

/** 412 naming the current version, when the record changed since the client read it. */
export function assertCurrentVersion(current: number, expected: readonly number[]): void {
  if (expected.includes(current)) return;
  throw new ProblemException(
    HttpStatus.PRECONDITION_FAILED,
    'precondition_failed',
    `The record was changed meanwhile: it is at version ${current}, not ${expected.join(' or ')}. Reload it and apply your change again.`,
    { currentVersion: current, currentETag: etagOf(current) },
  );
}

/** The request's If-Match header, for checkIfMatch in the service once the record is loaded. */
export const IfMatch = createParamDecorator(
  (_data: unknown, context: ExecutionContext): IfMatchHeader => context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'],
);

/** Answers carry the record's ETag (from its `version`). */
export const WithETag = () => SetMetadata(ETAG_KEY, true);

/** A change that needs If-Match: documents the header and its problems, and answers the new ETag. */
export const ConditionalWrite = () =>
  applyDecorators(
    WithETag(),
    ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the version being changed, as GET answered it (e.g. "3").' }),
    ApiProblems({ 400: ['if_match_invalid'], 412: ['precondition_failed'], 428: ['precondition_required'] }),
  );

/** Sets ETag on answers of routes marked WithETag, from the answered record's version. */
@Injectable()
export class ETagInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reflector.get<boolean>(ETAG_KEY, context.getHandler())) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((result: unknown) => {
        const version = (result as { version?: unknown } | null)?.version;
        if (typeof version === 'number') void reply.header('etag', etagOf(version));
        return result;
      }),
    );
  }
}
