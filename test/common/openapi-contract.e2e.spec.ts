import addFormats from 'ajv-formats';
import { OpenAPIBackend, type Document } from 'openapi-backend';
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../src/common/dates.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import type { PartyDto } from '../../src/parties/parties.dto.js';
import type { PropertyDetailDto, UnitDto } from '../../src/properties/properties.dto.js';
import { importTestDistricts } from '../properties/property-factory.js';
import { useTestApp } from '../helpers/test-app.js';
import { TEST_PASSWORD, useStandardUsers, type TestUser } from '../helpers/users.js';
import { operationBody } from '../operations/operation-bodies.js';

interface Exchange {
  operationId: string;
  status: number;
  problems: string[];
}

/** Every route is called with real requests, and both the request and the answer are checked against the served OpenAPI document. */
describe('the OpenAPI document against real requests and answers', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  const api = {} as { backend: OpenAPIBackend; document: Document };
  const exchanges: Exchange[] = [];

  beforeAll(async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/docs-json' })).json<Document>();
    const backend = new OpenAPIBackend({ definition: document, strict: true, quick: false, validate: true, customizeAjv: (ajv) => addFormats.default(ajv) });
    await backend.init();
    Object.assign(api, { backend, document });
  });

  /** Sends one request and records what the document says about it and about the answer. */
  async function call(user: TestUser | null, method: string, url: string, payload?: unknown) {
    const [path, search = ''] = url.split('?');
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(user?.headers ?? {}) };
    const request = { method, path, query: search, headers, body: payload };
    const operation = api.backend.matchOperation(request);
    if (!operation) throw new Error(`${method} ${path} is not in the document`);
    const problems: string[] = [];
    const requestCheck = api.backend.validateRequest(request, operation);
    if (!requestCheck.valid) problems.push(`request: ${JSON.stringify(requestCheck.errors)}`);
    const res = await t.app.inject({ method: method as 'GET', url, headers: user?.headers, payload: payload as object | undefined });
    const documented = Object.keys(operation.responses ?? {});
    if (!documented.includes(String(res.statusCode))) problems.push(`answer ${res.statusCode} not documented (documented: ${documented.join(', ')})`);
    else if (res.headers['content-type']?.toString().startsWith('application/json')) {
      const answerCheck = api.backend.validateResponse(res.json(), operation, res.statusCode);
      if (answerCheck.errors?.length) problems.push(`answer: ${JSON.stringify(answerCheck.errors)}`);
    }
    exchanges.push({ operationId: operation.operationId!, status: res.statusCode, problems });
    return res;
  }

  it('should describe every field of the requests the validator accepts and of the answers sent, on every route', async () => {
    await importTestDistricts(t);
    const { lead, inspector, admin, council } = users;
    await call(null, 'GET', '/api/v1/health');
    await call(null, 'POST', '/api/v1/auth/login', { username: lead.username, password: TEST_PASSWORD });
    await call(lead, 'GET', '/api/v1/auth/me');
    await call(null, 'GET', '/api/v1/client-config');
    await call(lead, 'GET', '/api/v1/agencies');
    await call(lead, 'GET', '/api/v1/districts?level=bezirk');

    // The nullable fields with their values and with null, as the client sends them.
    const property = (
      await call(lead, 'POST', '/api/v1/properties', {
        street: 'Musterstraße',
        houseNumber: '12',
        houseNumberSuffix: 'a',
        postcode: '47166',
        city: 'Teststadt',
        lat: 51.41,
        lon: 6.705,
        districtId: null,
        origin: 'complaint',
        note: 'Hinweis der Nachbarn',
      })
    ).json<PropertyDetailDto>();
    await call(lead, 'POST', '/api/v1/properties', {
      street: 'Musterstraße',
      houseNumber: '14',
      houseNumberSuffix: null,
      postcode: '47166',
      city: 'Teststadt',
      lat: 51.41,
      lon: 6.705,
      origin: 'complaint',
      note: null,
    });
    await call(lead, 'PATCH', `/api/v1/properties/${property.id}`, { houseNumberSuffix: null, note: null });
    await call(lead, 'PATCH', `/api/v1/properties/${property.id}`, { houseNumberSuffix: 'b', note: 'Eigentümer unbekannt' });
    await call(lead, 'GET', `/api/v1/properties/${property.id}`);
    await call(lead, 'GET', '/api/v1/properties?status=suspected&limit=5&q=Muster');
    const unit = (await call(lead, 'POST', `/api/v1/properties/${property.id}/units`, { label: 'EG links', livingSpaceM2: 48.5 })).json<UnitDto>();
    await call(lead, 'POST', `/api/v1/properties/${property.id}/units`, { label: 'EG rechts', livingSpaceM2: null, singleRoomSharedFacilities: true });
    await call(lead, 'GET', `/api/v1/properties/${property.id}/units`);

    const body = operationBody(property.id, {
      findings: [{ unitId: unit.id, category: 'electricity', severity: 'major', description: 'Offene Verteilerdose', visibility: 'taskforce' }],
    });
    const draft = (await call(inspector, 'POST', '/api/v1/operations', body)).json<OperationDto>();
    await call(inspector, 'PUT', `/api/v1/operations/${draft.id}`, { ...body, version: draft.version, notes: 'Nachtrag' });
    await call(inspector, 'POST', `/api/v1/operations/${draft.id}/submit`);
    const filed = (await call(inspector, 'GET', `/api/v1/operations/${draft.id}`)).json<OperationDto>();
    await call(inspector, 'POST', `/api/v1/operations/${draft.id}/amendments`, { reason: 'Notiz korrigiert', changes: { notes: 'Keller nass' } });
    await call(inspector, 'PATCH', `/api/v1/measures/${filed.measures[0].id}`, { state: 'done', note: 'Mängel behoben' });
    await call(lead, 'GET', `/api/v1/properties/${property.id}/operations`);

    await call(lead, 'POST', `/api/v1/properties/${property.id}/decisions`, {
      type: 'declare_uninhabitable',
      effectiveDate: today(),
      fileReference: '32-61-2026/0001',
      legalBasis: null,
      personsAffected: 6,
      childrenAffected: 2,
      rehoused: { shelter: 3, owner: null, self: 2, unknown: 1 },
    });
    await call(lead, 'GET', `/api/v1/properties/${property.id}/decisions`);
    await call(lead, 'GET', `/api/v1/properties/${property.id}/timeline`);

    const party = (await call(lead, 'POST', '/api/v1/parties', { kind: 'company', name: 'Rhein-Ruhr Wohnbesitz GmbH', contactAddress: null })).json<PartyDto>();
    await call(lead, 'PATCH', `/api/v1/parties/${party.id}`, { contactAddress: 'Postfach 1, 47051 Duisburg' });
    await call(lead, 'GET', '/api/v1/parties?q=Rhein');
    await call(lead, 'POST', `/api/v1/properties/${property.id}/parties`, { partyId: party.id, role: 'owner', validFrom: '2019-01-01', validTo: null });
    await call(lead, 'GET', `/api/v1/properties/${property.id}/parties`);

    await call(lead, 'GET', '/api/v1/map?bbox=6.6,51.3,6.9,51.6&zoom=18');
    await call(lead, 'GET', '/api/v1/map?bbox=6.6,51.3,6.9,51.6&zoom=5');
    await call(council, 'GET', '/api/v1/map/districts');
    await call(council, 'GET', `/api/v1/summaries?from=2026-01-01&to=${today()}`);
    await call(admin, 'GET', '/api/v1/audit/verify');

    expect(exchanges.filter((e) => e.problems.length > 0)).toEqual([]);
    const operations = Object.values(api.document.paths ?? {}).flatMap((item) =>
      Object.values(item as Record<string, { operationId?: string }>).map((o) => o.operationId),
    );
    expect(new Set(exchanges.map((e) => e.operationId))).toEqual(new Set(operations));
  });
});
