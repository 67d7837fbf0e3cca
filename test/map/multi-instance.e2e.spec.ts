import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createUser, type TestUser } from '../helpers/users.js';
import { declarationBasis } from '../operations/operation-bodies.js';
import type { PropertyDetailDto } from '../../src/properties/properties.dto.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import type { MapFeatureCollectionDto } from '../../src/map/map.dto.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';

describe('two server instances on one database', () => {
  let first: TestApp;
  let second: TestApp;
  let lead: TestUser;
  let propertyId: string;
  const at = { lat: 51.4901, lon: 6.7701 };
  const bbox = [at.lon - 0.001, at.lat - 0.001, at.lon + 0.001, at.lat + 0.001].map((v) => v.toFixed(4)).join(',');

  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestApp(first.shareDatabase);
    lead = await createUser(first, 'lead');
    const created = await first.app.inject({
      method: 'POST',
      url: '/api/v1/properties',
      headers: lead.headers,
      payload: { street: 'Zechenstraße', houseNumber: '7', postcode: '47166', city: 'Duisburg', lat: at.lat, lon: at.lon, origin: 'complaint' },
    });
    expect(created.statusCode).toBe(201);
    propertyId = created.json<PropertyDetailDto>().id;
    const operation = await first.app.inject({
      method: 'POST',
      url: '/api/v1/operations',
      headers: lead.headers,
      payload: {
        propertyId,
        kind: 'joint_inspection',
        date: '2026-02-03',
        trigger: 'complaint',
        interpreterPresent: false,
        agencyCodes: ['ordnungsamt', 'bauaufsicht'],
        unitsEntered: 1,
        unitsNotAccessible: 0,
        findings: [{ category: 'structural_safety', severity: 'danger', description: 'Decke einsturzgefährdet', visibility: 'taskforce' }],
        occupancyCounts: [],
        measures: [],
      },
    });
    expect(operation.statusCode).toBe(201);
    const submitted = await first.app.inject({ method: 'POST', url: `/api/v1/operations/${operation.json<OperationDto>().id}/submit`, headers: lead.headers });
    expect(submitted.statusCode).toBe(200);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const pointThroughSecond = async () => {
    const res = await second.app.inject({ method: 'GET', url: `/api/v1/map?bbox=${bbox}&zoom=18`, headers: lead.headers });
    expect(res.json()).toMatchObject({ type: 'FeatureCollection' });
    const feature = res.json<MapFeatureCollectionDto>().features.find((f) => f.properties.id === propertyId);
    return feature?.properties.status;
  };

  it('should show a decision made through one instance on the very next map request through the other', async () => {
    expect(await pointThroughSecond()).toBe('inspected');
    const decided = await first.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${propertyId}/decisions`,
      headers: lead.headers,
      payload: {
        type: 'declare_uninhabitable',
        effectiveDate: '2026-02-04',
        fileReference: '32-UB-2026-001',
        personsAffected: 5,
        childrenAffected: 2,
        basisFindingIds: await declarationBasis(first, propertyId),
      },
    });
    expect(decided.statusCode).toBe(201);
    expect(await pointThroughSecond()).toBe('uninhabitable');
  });

  it('should accept a token issued by one instance at the other', async () => {
    const res = await second.app.inject({ method: 'GET', url: `/api/v1/properties/${propertyId}`, headers: lead.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json<PropertyDetailDto>().status).toBe('uninhabitable');
  });

  it('should count a decision made through one instance in the very next summary through the other', async () => {
    const renovationsThroughSecond = async () => {
      const res = await second.app.inject({ method: 'GET', url: '/api/v1/summaries?from=2026-01-01&to=2026-12-31', headers: lead.headers });
      expect(res.statusCode).toBe(200);
      return res.json<SummaryDto>().rows.find((r) => r.total)?.cells['inPeriod.renovationStarted'].value;
    };
    expect(await renovationsThroughSecond()).toBe(0);
    const decided = await first.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${propertyId}/decisions`,
      headers: lead.headers,
      payload: { type: 'renovation_started', effectiveDate: '2026-02-05', fileReference: '32-UB-2026-001' },
    });
    expect(decided.statusCode).toBe(201);
    expect(await renovationsThroughSecond()).toBe(1);
  });
});
