import type { FastifyInstance } from 'fastify';

/** The routes that take a file as their body, by path, with the media types each takes. */
export const UPLOAD_ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/api/v1/districts/import': ['application/geo+json', 'application/zip'],
};

const UPLOAD_TYPES = [...new Set(Object.values(UPLOAD_ROUTES).flat())];

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0].trim().toLowerCase();

const unsupported = () =>
  Object.assign(new Error('This route does not take a file of this type.'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' });

/**
 * File bodies arrive as a Buffer with their own size limit, on the upload routes only: elsewhere such a body is
 * refused before it is read, so the larger limit opens no other route to large bodies.
 */
export function registerUploadParser(fastify: FastifyInstance, limit: number): void {
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    const type = mediaType(request.headers['content-type']);
    if (UPLOAD_TYPES.includes(type) && !UPLOAD_ROUTES[request.routeOptions.url ?? '']?.includes(type)) return done(unsupported());
    done(null, payload);
  });
  fastify.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) => done(null, body));
}
