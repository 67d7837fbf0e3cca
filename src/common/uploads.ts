import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ProblemException } from './problem.js';

/** The routes that take a file as their body, by path, with the media types each takes. */
export const UPLOAD_ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/api/v1/districts/import': ['application/geo+json', 'application/zip'],
  '/api/v1/addresses/import': ['text/plain', 'text/csv', 'application/zip'],
  '/api/v1/imports/kataster': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
};

const UPLOAD_TYPES = [...new Set(Object.values(UPLOAD_ROUTES).flat())];

export const mediaType = (header: string | undefined) => (header ?? '').split(';')[0].trim().toLowerCase();

const unsupported = () =>
  Object.assign(new Error('This route does not take a file of this type.'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' });

/**
 * File bodies reach the upload routes as the request stream, unread: each service reads it within its own limit, or
 * streams it. Elsewhere such a body is refused before it is read.
 */
export function registerUploadParser(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    const type = mediaType(request.headers['content-type']);
    if (UPLOAD_TYPES.includes(type) && !UPLOAD_ROUTES[request.routeOptions.url ?? '']?.includes(type)) return done(unsupported());
    done(null, payload);
  });
  // Fastify's own text/plain parser would read the body as a string of at most the JSON limit.
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser(UPLOAD_TYPES, (_request, payload, done) => done(null, payload));
}

/** Whether a route's body is an upload stream (so the pipes leave it alone). */
export const isUploadStream = (value: unknown): value is Readable =>
  typeof value === 'object' && value !== null && typeof (value as Readable).pipe === 'function' && typeof (value as Readable).read === 'function';

/** An uploaded file read whole, refused with 413 as soon as it grows past the limit. */
export async function readUpload(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new ProblemException(413, 'payload_too_large', `The file is larger than ${limit} bytes.`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
