import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { getDataSourceToken } from '@nestjs/typeorm';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { BodyShapePipe } from './common/body-shape.pipe.js';
import { clientErrorHandler, frameworkErrors } from './common/client-errors.js';
import { openApiDocument } from './common/openapi-document.js';
import { ProblemDetailsFilter } from './common/problem-details.filter.js';
import { VALIDATION_OPTIONS } from './common/validation-options.js';
import type { AppConfig } from './config/app-config.js';
import { registerUploadParser } from './common/uploads.js';
import { findClientDist, serveClient, tileImageSources } from './map/client-static.js';
import { databaseRateLimitStore } from './database/rate-limit-store.js';
import { WriteQueue } from './database/write-queue.js';

export const API_PREFIX = 'api/v1';
/** One year; without includeSubDomains, which would bind every host of the city's domain. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

export interface CreateAppOptions {
  logger?: boolean;
  /** Called for every route Fastify registers (the role table test lists them this way). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
}

/** Builds the whole application exactly as `npm start` runs it; tests use the same function. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy.length ? [...config.trustProxy] : false,
    routerOptions: { maxParamLength: 200 },
    clientErrorHandler,
    frameworkErrors,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: options.logger === false ? false : ['error', 'warn', 'log'],
  });
  const fastify = app.getHttpAdapter().getInstance();
  if (options.onRoute) fastify.addHook('onRoute', options.onRoute);
  registerUploadParser(fastify);
  if (options.logger !== false) {
    // One JSON line per request with method, path and status only: headers (tokens) never reach the log.
    const httpLogger = pinoHttp({
      level: config.logLevel,
      serializers: {
        req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    });
    fastify.addHook('onRequest', (request, reply, done) => {
      httpLogger(request.raw, reply.raw);
      done();
    });
  }
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(new BodyShapePipe(), new ValidationPipe(VALIDATION_OPTIONS));
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.register(helmet, {
    // Sent below only over HTTPS: over plain HTTP (the embedded default, an intranet) it means nothing.
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...tileImageSources(config.tiles.url)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        // Plain-HTTP installations (embedded default, intranet) would otherwise have every asset rewritten to https.
        upgradeInsecureRequests: null,
      },
    },
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    // Case and personal data must not stay in a browser's or proxy's cache after the session ends.
    if (request.url.startsWith(`/${API_PREFIX}/`) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    // HTTPS as the request arrived, or as a trusted proxy reports it (X-Forwarded-Proto).
    if (request.protocol === 'https') reply.header('strict-transport-security', `max-age=${HSTS_MAX_AGE_SECONDS}`);
    return payload;
  });
  // Brotli or gzip as the client accepts: the client bundle and large JSON answers travel at a third of their size or less.
  await app.register(compress, { encodings: ['br', 'gzip'] });
  const clientDist = findClientDist();
  if (clientDist) await serveClient(app, clientDist);
  await app.register(rateLimit, {
    global: false,
    max: config.loginRateLimitPerMinute,
    timeWindow: 60_000,
    store: databaseRateLimitStore(app.get<DataSource>(getDataSourceToken()), app.get(WriteQueue)),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'too_many_requests',
      message: `Too many login attempts; try again in ${Math.ceil(context.ttl / 1000)} s.`,
    }),
  });
  if (config.apiDocs) SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  return app;
}
