import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { problemType, statusTitle, type ProblemBody } from './problem.js';

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty_body',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_content_length',
};

/** Renders every error as RFC 9457 problem details; nothing a client sent ever produces a stack trace or a 500. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const body = this.toProblem(exception);
    body.instance = request?.url?.split('?')[0];
    if (body.status >= 500) {
      this.logger.error(`${request?.method} ${request?.url}: ${exception instanceof Error ? exception.stack : String(exception)}`);
    }
    // A refusal that names its wait says so in the header clients and proxies read too.
    if (typeof body.retryAfter === 'number') void reply.header('retry-after', String(body.retryAfter));
    void reply.status(body.status).header('content-type', 'application/problem+json; charset=utf-8').send(JSON.stringify(body));
  }

  private toProblem(exception: unknown): ProblemBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'code' in response && 'type' in response) {
        return { ...(response as ProblemBody) };
      }
      const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
      // Nest wraps Fastify's body-parser errors; their code says what was wrong.
      const causeCode = (exception.cause as { code?: string } | undefined)?.code;
      const code = (causeCode && FASTIFY_CODES[causeCode]) ?? (status === 404 ? 'route_not_found' : snake(statusTitle(status)));
      return this.make(status, code, Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message);
    }
    const fastifyError = exception as { code?: string; statusCode?: number; message?: string };
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      const code = (fastifyError.code && FASTIFY_CODES[fastifyError.code]) ?? snake(statusTitle(fastifyError.statusCode));
      return this.make(fastifyError.statusCode, code, fastifyError.message);
    }
    if (exception instanceof QueryFailedError && /UNIQUE|unique constraint|duplicate key/i.test(exception.message)) {
      return this.make(409, 'duplicate', 'A record with the same unique values already exists.');
    }
    return this.make(500, 'internal_error', 'An unexpected error occurred; it has been logged.');
  }

  private make(status: number, code: string, detail?: string): ProblemBody {
    return { type: problemType(code), title: statusTitle(status), status, code, detail };
  }
}

const snake = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
