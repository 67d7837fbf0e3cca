import type { INestApplication } from '@nestjs/common';
import { documentIdempotencyKey } from '../idempotency/idempotency-openapi.js';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The OpenAPI document of the API: served at /api/docs-json and written out for the client's generated types. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hausakte API')
      .setDescription('Multi-agency inspections of problem buildings: properties, operations, findings, occupancy, measures, decisions.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  documentIdempotencyKey(document);
  return document;
}
