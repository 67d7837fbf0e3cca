import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { getMetadataStorage } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../client/src/field-labels.js';
import { de } from '../../client/src/i18n/de.js';
import { en } from '../../client/src/i18n/en.js';
import { AppModule } from '../../src/app.module.js';
import { API_PREFIX } from '../../src/bootstrap.js';
import { openApiDocument } from '../../src/common/openapi-document.js';
import { SERVICE_RULES } from '../../src/common/problem.js';
import { loadAppConfig } from '../../src/config/app-config.js';

// Raised before a route runs (body parser, router, HTTP parser, database constraint, crash), so no route documents them.
const FRAMEWORK_CODES = [
  'route_not_found',
  'method_not_allowed',
  'invalid_content_length',
  'malformed_request',
  'malformed_url',
  'headers_too_large',
  'uri_too_long',
  'request_timeout',
  'internal_error',
  'if_match_invalid',
  'invalid_district_feature',
];
// Reported by the validation pipe itself rather than by a decorator.
const PIPE_RULES = ['whitelistValidation', 'unknownValue', 'nestedValidation'];
// Markers that never fail on their own.
const NOT_RULES = new Set(['isOptional', 'conditionalValidation']);

interface RuleMetadata {
  name?: string;
  type: string;
  propertyName: string;
  target: { name: string };
}

/** Every validation rule of every DTO the API reads from clients (the environment is checked at start-up, not by clients). */
function clientRules(): RuleMetadata[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, RuleMetadata[]> };
  return [...storage.validationMetadatas.values()].flat().filter((m) => m.target.name !== 'EnvironmentVariables');
}

async function documentedCodes(): Promise<string[]> {
  const app = await NestFactory.create(AppModule.forRoot(loadAppConfig({}, null)), new FastifyAdapter(), { preview: true, logger: ['error'] });
  app.setGlobalPrefix(API_PREFIX);
  const text = JSON.stringify(openApiDocument(app));
  await app.close();
  const codes = new Set<string>();
  for (const match of text.matchAll(/"code":\{"type":"string","enum":(\[[^\]]*\])/g)) for (const code of JSON.parse(match[1]) as string[]) codes.add(code);
  return [...codes];
}

const missingIn = (keys: string[]) => ({
  de: keys.filter((key) => !(key in de)),
  en: keys.filter((key) => !(key in en)),
});

describe('messages for everything the server can refuse, in German and English', () => {
  it('should word every problem code the API documents or the framework raises', async () => {
    const codes = [...(await documentedCodes()), ...FRAMEWORK_CODES];
    expect(codes.length).toBeGreaterThan(30);
    expect(missingIn(codes.map((code) => `problem.${code}`))).toEqual({ de: [], en: [] });
  });

  it('should word every field rule of the request DTOs and of the services', () => {
    const rules = [...new Set([...clientRules().map((m) => m.name ?? m.type), ...SERVICE_RULES, ...PIPE_RULES])].filter((r) => !NOT_RULES.has(r));
    expect(rules).toEqual(expect.arrayContaining(['max', 'isIn', 'isCalendarDate', 'isNotBlank', 'notInFuture']));
    expect(missingIn(rules.map((rule) => `rule.${rule}`))).toEqual({ de: [], en: [] });
  });

  it('should say what each pattern rule expects, by field', () => {
    const patterns = [
      ...new Set(
        clientRules()
          .filter((m) => m.name === 'matches')
          .map((m) => `rule.matches.${m.propertyName}`),
      ),
    ];
    expect(missingIn(patterns)).toEqual({ de: [], en: [] });
  });

  it('should name every field of every request by a label the user knows', () => {
    const fields = [...new Set(clientRules().map((m) => m.propertyName))];
    expect(fields.filter((field) => !(field in FIELD_LABELS))).toEqual([]);
    expect(missingIn(Object.values(FIELD_LABELS))).toEqual({ de: [], en: [] });
  });
});
