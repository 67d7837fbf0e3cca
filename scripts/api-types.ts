// `npm run api-types`: writes the client's API types from the OpenAPI document, without a database or a listening server.
import { writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from '../src/app.module.js';
import { API_PREFIX } from '../src/bootstrap.js';
import { openApiDocument } from '../src/common/openapi-document.js';
import { loadAppConfig } from '../src/config/app-config.js';
import { CLIENT_TYPES_FILE, clientTypesSource } from './client-types.js';

// Preview mode resolves the module graph without instantiating providers, so nothing connects to a database.
const app = await NestFactory.create(AppModule.forRoot(loadAppConfig({}, null)), new FastifyAdapter(), { preview: true, logger: ['error'] });
app.setGlobalPrefix(API_PREFIX);
await writeFile(CLIENT_TYPES_FILE, await clientTypesSource(openApiDocument(app)));
await app.close();
console.log(`Wrote ${CLIENT_TYPES_FILE}`);
