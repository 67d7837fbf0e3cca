import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemType, statusTitle, type ProblemBody } from './problem.js';

const problem = (status: number, code: string, detail: string): ProblemBody => ({ type: problemType(code), title: statusTitle(status), status, code, detail });

/** Errors Node's HTTP parser raises before a request reaches the app (headers too large, timeout, not HTTP), as problem details. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const answer =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? problem(431, 'headers_too_large', 'The request line and headers are larger than the server accepts; shorten the URL or the headers.')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? problem(408, 'request_timeout', 'The request was not completed in time.')
        : problem(400, 'malformed_request', 'The request is not valid HTTP.');
  const body = JSON.stringify(answer);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Router errors (a path parameter over the length limit, a URL that cannot be decoded), as problem details. */
export function frameworkErrors(error: Error & { code?: string }, _request: FastifyRequest, reply: FastifyReply): void {
  const body =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? problem(414, 'uri_too_long', 'A path segment is longer than the server accepts.')
      : problem(400, 'malformed_url', 'The URL cannot be decoded.');
  void reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}
