import { readFile } from 'node:fs/promises';
import type { OpenAPIObject } from '@nestjs/swagger';
import addFormats from 'ajv-formats';
import { OpenAPIBackend, type Document } from 'openapi-backend';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityToday } from '../helpers/city-day.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import type { UserWithPasswordDto } from '../../src/users/users.dto.js';
import type { PartyDto } from '../../src/parties/parties.dto.js';
import type { PropertyDetailDto, UnitDto } from '../../src/properties/properties.dto.js';
import { importTestDistricts, propertyInput } from '../properties/property-factory.js';
import { TEST_CITY_AGS, useTestApp } from '../helpers/test-app.js';
import { createUser, TEST_PASSWORD, useStandardUsers, type TestUser } from '../helpers/users.js';
import { operationBody } from '../operations/operation-bodies.js';
import { CLIENT_TYPES_FILE, clientTypesSource } from '../../scripts/client-types.js';

type Ajv = ReturnType<typeof addFormats.default>;

interface Exchange {
  operationId: string;
  status: number;
  problems: string[];
}

/** Every route is called with real requests, and both the request and the answer are checked against the served OpenAPI document. */
describe('the OpenAPI document against real requests and answers', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  const api = {} as { backend: OpenAPIBackend; document: Document; ajv: Ajv };
  const exchanges: Exchange[] = [];

  beforeAll(async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/docs-json' })).json<Document>();
    const backend = new OpenAPIBackend({
      definition: document,
      strict: true,
      quick: false,
      validate: true,
      customizeAjv: (ajv) => (api.ajv = addFormats.default(ajv)),
    });
    await backend.init();
    Object.assign(api, { backend, document });
  });

  /** Sends one request and records what the document says about it and about the answer; a refused request is not checked itself. */
  async function call(
    user: TestUser | null,
    method: string,
    url: string,
    payload?: unknown,
    options: { refused?: true; contentType?: string; headers?: Record<string, string> } = {},
  ) {
    const [path, search = ''] = url.split('?');
    const headers: Record<string, string> = { ...(user?.headers ?? {}), ...options.headers };
    // As clients do: a content type only with a body.
    if (payload !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const request = { method, path, query: search, headers, body: payload };
    const operation = api.backend.matchOperation(request);
    if (!operation) throw new Error(`${method} ${path} is not in the document`);
    const problems: string[] = [];
    if (!options.refused) {
      const requestCheck = api.backend.validateRequest(request, operation);
      if (!requestCheck.valid) problems.push(`request: ${JSON.stringify(requestCheck.errors)}`);
    }
    const res = await t.app.inject({ method: method as 'GET', url, headers, payload: payload as string | object | undefined });
    const answer = operation.responses?.[String(res.statusCode)] as { content?: Record<string, { schema: object }> } | undefined;
    const contentType = res.headers['content-type']?.toString() ?? '';
    if (!answer) problems.push(`answer ${res.statusCode} not documented (documented: ${Object.keys(operation.responses ?? {}).join(', ')})`);
    else if (contentType.startsWith('application/json')) {
      const answerCheck = api.backend.validateResponse(res.json(), operation, res.statusCode);
      if (answerCheck.errors?.length) problems.push(`answer: ${JSON.stringify(answerCheck.errors)}`);
    } else if (contentType.startsWith('application/problem+json')) {
      const schema = answer.content?.['application/problem+json']?.schema;
      const validate = schema && api.ajv.compile(schema);
      if (!validate) problems.push(`answer ${res.statusCode} is a problem the document does not describe`);
      else if (!validate(res.json())) problems.push(`problem ${res.json<{ code: string }>().code}: ${JSON.stringify(validate.errors)}`);
    }
    exchanges.push({ operationId: operation.operationId!, status: res.statusCode, problems });
    return res;
  }

  it('should be the document the committed client types were generated from', async () => {
    // `npm run api-types` builds the document without a server; the client must compile against what the server really serves.
    const served = (await t.app.inject({ method: 'GET', url: '/api/docs-json' })).json<OpenAPIObject>();
    expect(await clientTypesSource(served)).toBe(await readFile(CLIENT_TYPES_FILE, 'utf8'));
  });

  it('should describe every field of the requests the validator accepts and of the answers sent, on every route', async () => {
    await importTestDistricts(t);
    const { lead, inspector, admin, council } = users;
    await call(null, 'GET', '/api/v1/health');
    await call(null, 'POST', '/api/v1/auth/login', { username: lead.username, password: TEST_PASSWORD });
    await call(lead, 'GET', '/api/v1/auth/me');
    // Single sign-on is not configured here: each step answers so (test/auth/single-sign-on.e2e.spec.ts signs in for real).
    await call(null, 'GET', '/api/v1/auth/oidc/start');
    await call(null, 'GET', '/api/v1/auth/oidc/callback?code=abc&state=def');
    await call(null, 'POST', '/api/v1/auth/oidc/session', { code: 'a'.repeat(43) });
    await call(null, 'GET', '/api/v1/client-config');
    await call(lead, 'GET', '/api/v1/agencies');
    await call(lead, 'GET', '/api/v1/cities');
    await call(lead, 'GET', '/api/v1/districts?level=bezirk');

    // The nullable fields with their values and with null, as the client sends them.
    const property = (
      await call(lead, 'POST', '/api/v1/properties', propertyInput({ houseNumberSuffix: 'a', districtId: null, note: 'Hinweis der Nachbarn' }))
    ).json<PropertyDetailDto>();
    await call(lead, 'POST', '/api/v1/properties', propertyInput({ houseNumberSuffix: null, note: null }));
    await call(lead, 'PATCH', `/api/v1/properties/${property.id}`, { houseNumberSuffix: null, note: null }, { headers: { 'if-match': '"1"' } });
    await call(
      lead,
      'PATCH',
      `/api/v1/properties/${property.id}`,
      { houseNumberSuffix: 'b', note: 'Eigentümer unbekannt' },
      { headers: { 'if-match': '"2"' } },
    );
    await call(lead, 'GET', `/api/v1/properties/${property.id}`);
    await call(lead, 'GET', '/api/v1/properties?status=suspected&limit=5&q=Muster');
    const unit = (await call(lead, 'POST', `/api/v1/properties/${property.id}/units`, { label: 'EG links', livingSpaceM2: 48.5 })).json<UnitDto>();
    await call(lead, 'POST', `/api/v1/properties/${property.id}/units`, { label: 'EG rechts', livingSpaceM2: null, singleRoomSharedFacilities: true });
    await call(lead, 'GET', `/api/v1/properties/${property.id}/units`);

    const body = operationBody(property.id, {
      findings: [
        { unitId: unit.id, category: 'electricity', severity: 'major', description: 'Offene Verteilerdose', visibility: 'taskforce' },
        { unitId: null, category: 'fire_safety', severity: 'danger', description: 'Fluchtweg verstellt', visibility: 'agency' },
      ],
    });
    const draft = (await call(inspector, 'POST', '/api/v1/operations', body)).json<OperationDto>();
    await call(inspector, 'PUT', `/api/v1/operations/${draft.id}`, { ...body, notes: 'Nachtrag' }, { headers: { 'if-match': `"${draft.version}"` } });
    await call(inspector, 'POST', `/api/v1/operations/${draft.id}/submit`);
    const filed = (await call(inspector, 'GET', `/api/v1/operations/${draft.id}`)).json<OperationDto>();
    await call(inspector, 'POST', `/api/v1/operations/${draft.id}/amendments`, { reason: 'Notiz korrigiert', changes: { notes: 'Keller nass' } });
    await call(inspector, 'PATCH', `/api/v1/measures/${filed.measures[0].id}`, { state: 'done', note: 'Mängel behoben' }, { headers: { 'if-match': '"1"' } });
    await call(lead, 'GET', `/api/v1/properties/${property.id}/operations`);
    const kept = filed.findings.find((f) => f.visibility === 'agency')!;
    await call(lead, 'POST', `/api/v1/findings/${kept.id}/release`);

    await call(lead, 'POST', `/api/v1/properties/${property.id}/decisions`, {
      type: 'declare_uninhabitable',
      effectiveDate: cityToday(),
      basisFindingIds: filed.findings.map((f) => f.id),
      fileReference: '32-61-2026/0001',
      legalBasis: null,
      personsAffected: 6,
      childrenAffected: 2,
      rehoused: { shelter: 3, owner: null, self: 2, unknown: 1 },
    });
    await call(lead, 'GET', `/api/v1/properties/${property.id}/decisions`);
    await call(lead, 'GET', `/api/v1/properties/${property.id}/timeline`);

    const party = (await call(lead, 'POST', '/api/v1/parties', { kind: 'company', name: 'Rhein-Ruhr Wohnbesitz GmbH', contactAddress: null })).json<PartyDto>();
    await call(lead, 'PATCH', `/api/v1/parties/${party.id}`, { contactAddress: 'Postfach 1, 47051 Duisburg' }, { headers: { 'if-match': '"1"' } });
    await call(lead, 'GET', '/api/v1/parties?q=Rhein');
    await call(lead, 'POST', `/api/v1/properties/${property.id}/parties`, { partyId: party.id, role: 'owner', validFrom: '2019-01-01', validTo: null });
    await call(lead, 'GET', `/api/v1/properties/${property.id}/parties`);
    await call(lead, 'GET', `/api/v1/properties/${property.id}/reads?limit=50`);

    await call(lead, 'GET', '/api/v1/map?bbox=6.6,51.3,6.9,51.6&zoom=18');
    await call(lead, 'GET', '/api/v1/map?bbox=6.6,51.3,6.9,51.6&zoom=5');
    await call(council, 'GET', '/api/v1/map/districts');
    await call(council, 'GET', `/api/v1/summaries?from=2026-01-01&to=${cityToday()}`);
    await call(admin, 'GET', '/api/v1/audit/verify');
    const account = (
      await call(admin, 'POST', '/api/v1/users', { username: 'vertrag.test', displayName: 'Vertrag Test', role: 'inspector', agencyCode: 'jugendamt' })
    ).json<UserWithPasswordDto>();
    await call(admin, 'PATCH', `/api/v1/users/${account.user.id}`, { role: 'lead', active: false }, { headers: { 'if-match': '"1"' } });
    await call(admin, 'POST', `/api/v1/users/${account.user.id}/password-reset`);
    await call(admin, 'GET', '/api/v1/users');
    await call(admin, 'POST', '/api/v1/agencies', { code: 'sozialamt', name: 'Sozialamt', nameEn: 'Social welfare office', taskforce: true });
    await call(admin, 'PATCH', '/api/v1/agencies/sozialamt', { name: 'Amt für Soziales', active: false }, { headers: { 'if-match': '"1"' } });
    const outline = {
      type: 'Polygon',
      coordinates: [
        [
          [6.7, 51.4],
          [6.72, 51.4],
          [6.72, 51.42],
          [6.7, 51.4],
        ],
      ],
    };
    const districtsFile = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: '900', name: 'Testbezirk' }, geometry: outline }],
    });
    await call(admin, 'POST', '/api/v1/districts/import?level=bezirk&attribution=Testdaten&dryRun=true', districtsFile, {
      contentType: 'application/geo+json',
    });
    const gebrefLine = ';DENW000000000001;A;05;1;12;000;0000;01234;12;a;32349925,060;5701234,567;Teststraße;2026-01-01';
    await call(admin, 'POST', '/api/v1/addresses/import?format=gebref', gebrefLine, { contentType: 'text/plain' });
    await call(admin, 'GET', '/api/v1/addresses/imports');
    await call(inspector, 'GET', '/api/v1/addresses?q=Teststr.%2012a&limit=5');
    const kataster = 'Straße;Hausnr.;Unbewohnbar seit\r\nTeststraße;12a;01.02.2020\r\n';
    await call(lead, 'POST', '/api/v1/imports/kataster?dryRun=true', kataster, { contentType: 'text/csv' });
    await call(lead, 'PUT', '/api/v1/imports/kataster/mapping', { columns: { street: 'Straße', houseNumber: 'Hausnr.', declaredOn: 'Unbewohnbar seit' } });
    await call(lead, 'GET', '/api/v1/imports/kataster/mapping');
    await call(lead, 'POST', '/api/v1/imports/kataster?fileName=kataster.csv', kataster, { contentType: 'text/csv' });
    await call(lead, 'GET', '/api/v1/imports/kataster');
    // Last: with a second city, a Land role's summary and new buildings must name theirs.
    await call(admin, 'POST', '/api/v1/cities', { ags: '06413000', name: 'Offenbach am Main', timeZone: 'Europe/Berlin' });
    await call(admin, 'POST', '/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Verwaltung-Ost-2026' });
    await call(await createUser(t, 'inspector'), 'POST', '/api/v1/auth/logout');

    expect(exchanges.filter((e) => e.problems.length > 0)).toEqual([]);
    const operations = Object.values(api.document.paths ?? {}).flatMap((item) =>
      Object.values(item as Record<string, { operationId?: string }>).map((o) => o.operationId),
    );
    expect(new Set(exchanges.map((e) => e.operationId))).toEqual(new Set(operations));
  });

  it('should document every error answer of every route as problem details with its code', async () => {
    exchanges.length = 0;
    const { lead, inspector, council } = users;
    const missing = '00000000-0000-4000-8000-000000000000';
    const routes = Object.entries(api.document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => ({ method: method.toUpperCase(), path, url: path.replace(/\{[^}]+\}/g, missing) })),
    );
    for (const route of routes) {
      const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
      await call(null, route.method, route.url, body, { refused: true });
      if (route.path.includes('{')) {
        await call(lead, route.method, route.path.replace(/\{[^}]+\}/g, 'kein-uuid'), body, { refused: true });
        await call(lead, route.method, route.url, body, { refused: true });
      }
      if (body) {
        await call(lead, route.method, route.url, '{"street": ', { refused: true });
        await call(lead, route.method, route.url, '<street/>', { refused: true, contentType: 'application/xml' });
      }
    }

    // The first test set up a second city: a Land role names the city of a new building.
    const again = propertyInput({ cityAgs: TEST_CITY_AGS });
    const property = (await call(lead, 'POST', '/api/v1/properties', again)).json<PropertyDetailDto>();
    await call(lead, 'POST', '/api/v1/properties', again, { refused: true });
    await call(lead, 'PATCH', `/api/v1/properties/${property.id}`, { note: 'Veraltet' }, { headers: { 'if-match': '"2"' }, refused: true });
    await call(lead, 'PATCH', `/api/v1/properties/${property.id}`, { note: 'Ohne Version' }, { refused: true });
    await call(lead, 'POST', '/api/v1/properties', propertyInput({ districtId: missing, cityAgs: TEST_CITY_AGS }), { refused: true });
    await call(council, 'POST', '/api/v1/properties', propertyInput(), { refused: true });
    await call(lead, 'GET', '/api/v1/properties?cursor=abc', undefined, { refused: true });
    await call(lead, 'GET', '/api/v1/properties?limit=0', undefined, { refused: true });
    await call(lead, 'POST', `/api/v1/properties/${property.id}/units`, { label: 'OG' });
    await call(lead, 'POST', `/api/v1/properties/${property.id}/units`, { label: 'OG' }, { refused: true });
    await call(lead, 'POST', `/api/v1/properties/${property.id}/decisions`, { type: 'relet', effectiveDate: cityToday() }, { refused: true });
    await call(lead, 'POST', `/api/v1/properties/${property.id}/parties`, { partyId: missing, role: 'owner' }, { refused: true });

    const body = operationBody(property.id);
    await call(inspector, 'POST', '/api/v1/operations', { ...body, agencyCodes: ['gibtesnicht'] }, { refused: true });
    const draft = (await call(inspector, 'POST', '/api/v1/operations', body)).json<OperationDto>();
    await call(lead, 'PUT', `/api/v1/operations/${draft.id}`, body, { headers: { 'if-match': `"${draft.version}"` }, refused: true });
    await call(inspector, 'PUT', `/api/v1/operations/${draft.id}`, body, { headers: { 'if-match': `"${draft.version + 5}"` }, refused: true });
    await call(inspector, 'POST', `/api/v1/operations/${draft.id}/amendments`, { reason: 'Zu früh', changes: { notes: 'x' } }, { refused: true });
    await call(inspector, 'PATCH', `/api/v1/measures/${draft.measures[0].id}`, { state: 'done' }, { headers: { 'if-match': '"1"' }, refused: true });
    await call(inspector, 'POST', `/api/v1/operations/${draft.id}/submit`);
    await call(inspector, 'POST', `/api/v1/operations/${draft.id}/submit`, undefined, { refused: true });
    await call(inspector, 'PUT', `/api/v1/operations/${draft.id}`, body, { headers: { 'if-match': `"${draft.version + 1}"` }, refused: true });
    await call(inspector, 'POST', `/api/v1/operations/${draft.id}/amendments`, { reason: 'Nichts' }, { refused: true });
    await call(lead, 'GET', `/api/v1/summaries?from=2026-01-01&to=${cityToday()}&district=${missing}`, undefined, { refused: true });
    await call(lead, 'GET', '/api/v1/map?bbox=1,2,3&zoom=5', undefined, { refused: true });

    expect(exchanges.filter((e) => e.problems.length > 0)).toEqual([]);
    expect(new Set(exchanges.map((e) => e.status))).toEqual(new Set([200, 201, 400, 401, 403, 404, 409, 412, 415, 428]));
  });
});
