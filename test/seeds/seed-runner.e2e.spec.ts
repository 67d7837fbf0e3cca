import type { LoggerService } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demo-users.js';
import { seedDemoData } from '../../seeds/seed-runner.js';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { User } from '../../src/auth/user.entity.js';
import { cityToday } from '../helpers/city-day.js';
import { ENTITIES } from '../../src/database/entities.js';
import { META_DEMO_DATA, MetaService } from '../../src/database/meta.service.js';
import { City } from '../../src/cities/city.entity.js';
import { CitiesService } from '../../src/cities/cities.service.js';
import { Decision } from '../../src/decisions/decision.entity.js';
import { District } from '../../src/districts/district.entity.js';
import { Finding } from '../../src/operations/finding.entity.js';
import { Operation } from '../../src/operations/operation.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { loadPropertyHistory, statusPeriodRows } from '../../src/properties/property-history.js';
import { PropertyStatusPeriod } from '../../src/properties/property-status-period.entity.js';
import { checkDecision, derivePropertyStatus, statusPeriods } from '../../src/properties/property-status.js';
import { makeProperty } from '../factories/property.factory.js';
import { createTestApp, useTestApp, type TestApp } from '../helpers/test-app.js';
import { ALLOWED_DECISIONS, PROPERTY_STATUSES, type PropertyStatus } from '../../src/properties/status-catalogue.js';
import type { LoginResponseDto } from '../../src/auth/auth.dto.js';
import type { DecisionRecordedDto } from '../../src/decisions/decisions.dto.js';
import type { DistrictCollectionDto } from '../../src/districts/districts.dto.js';
import type { OperationDto } from '../../src/operations/operation-responses.dto.js';
import type { PropertyPageDto } from '../../src/properties/properties.dto.js';
import type { TimelineDto } from '../../src/properties/timeline.dto.js';

function recordingLogger(): LoggerService & { messages: string[] } {
  const messages: string[] = [];
  const keep = (message: unknown) => void messages.push(String(message));
  return { messages, log: keep, error: keep, warn: keep };
}

async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of ENTITIES) counts[entity.name] = await t.dataSource.getRepository(entity).count();
  return counts;
}

async function login(t: TestApp, username: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
}

const t = useTestApp({}, { withoutCity: true });
const logger = recordingLogger();

beforeAll(async () => {
  const started = performance.now();
  await seedDemoData(t.app, logger);
  // Reported, never asserted: the suite has no absolute time limits.
  console.info(`demo seed took ${Math.round(performance.now() - started)} ms`);
});

describe('seedDemoData', () => {
  it('should store the 7 Stadtbezirke and the Ortsteile of Duisburg with the OpenStreetMap attribution', async () => {
    const districts = await t.dataSource.getRepository(District).find();
    const bezirke = districts.filter((d) => d.level === 'bezirk');
    expect(bezirke.map((d) => d.code).sort()).toEqual(['100', '200', '300', '400', '500', '600', '700']);
    expect(bezirke.find((d) => d.code === '500')?.name).toBe('Mitte');
    expect(districts.filter((d) => d.level === 'ortsteil').every((d) => bezirke.some((b) => b.code === d.parentCode))).toBe(true);
    expect(districts.every((d) => d.city === 'Duisburg' && d.attribution?.includes('© OpenStreetMap contributors, ODbL 1.0'))).toBe(true);
  });

  it('should set up Duisburg (AGS 05112000, NW) as the city its districts, buildings and demo logins belong to', async () => {
    expect(await t.dataSource.getRepository(City).find()).toMatchObject([{ ags: '05112000', name: 'Duisburg', land: 'NW', timeZone: 'Europe/Berlin' }]);
    const cityOf = (table: string) => t.dataSource.query<Array<{ ags: string }>>(`SELECT DISTINCT city_ags AS ags FROM ${table}`);
    for (const table of ['districts', 'properties', 'users']) expect(await cityOf(table)).toEqual([{ ags: '05112000' }]);
  });

  it('should store about 600 buildings, each in a Stadtbezirk', async () => {
    const properties = await t.dataSource.getRepository(Property).find({ relations: { district: true } });
    expect(properties.length).toBeGreaterThanOrEqual(550);
    expect(properties.length).toBeLessThanOrEqual(650);
    expect(properties.every((p) => p.district?.level === 'bezirk' && p.city === 'Duisburg')).toBe(true);
  });

  it('should give every operation the number of its participating agencies', async () => {
    const rows: Array<{ id: string; agency_count: number | string; linked: number | string }> = await t.dataSource.query(
      'SELECT o.id, o.agency_count, (SELECT COUNT(*) FROM operation_agencies oa WHERE oa.operation_id = o.id) AS linked FROM operations o',
    );
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.filter((r) => Number(r.agency_count) !== Number(r.linked))).toEqual([]);
  });

  it("should give every operation, measure and decision its building's Stadtbezirk, and every building its first visit and decision", async () => {
    const apart = async (table: string) =>
      t.dataSource.query<Array<{ id: string }>>(
        `SELECT x.id FROM ${table} x JOIN properties p ON p.id = x.property_id WHERE x.district_id IS NULL OR x.district_id <> p.district_id`,
      );
    expect(await apart('operations')).toEqual([]);
    expect(await apart('measures')).toEqual([]);
    expect(await apart('decisions')).toEqual([]);
    type Day = string | Date | null;
    const firsts = await t.dataSource.query<Array<{ first_visit_on: Day; visit: Day; first_decision_on: Day; decision: Day }>>(
      'SELECT p.first_visit_on, p.first_decision_on, ' +
        "(SELECT MIN(o.date) FROM operations o WHERE o.property_id = p.id AND o.state = 'submitted') AS visit, " +
        '(SELECT MIN(d.effective_date) FROM decisions d WHERE d.property_id = p.id) AS decision FROM properties p',
    );
    const day = (v: Day) => (v === null ? null : v instanceof Date ? v.toISOString() : v.slice(0, 10));
    expect(firsts.filter((r) => r.first_visit_on !== null).length).toBeGreaterThan(500);
    expect(firsts.filter((r) => day(r.first_visit_on) !== day(r.visit) || day(r.first_decision_on) !== day(r.decision))).toEqual([]);
  });

  it('should reproduce the practice figures: about 150 declared uninhabitable, exactly 23 re-let after a declaration', async () => {
    const decisions = await t.dataSource.getRepository(Decision).find({ order: { effectiveDate: 'ASC', createdAt: 'ASC' } });
    const declaredOn = new Map<string, string>();
    const relet = new Set<string>();
    for (const d of decisions) {
      if (d.type === 'declare_uninhabitable' && !declaredOn.has(d.propertyId)) declaredOn.set(d.propertyId, d.effectiveDate);
      if (d.type === 'relet' && (declaredOn.get(d.propertyId) ?? '9999') <= d.effectiveDate) relet.add(d.propertyId);
    }
    expect(declaredOn.size).toBeGreaterThanOrEqual(145);
    expect(declaredOn.size).toBeLessThanOrEqual(155);
    expect(relet.size).toBe(23);
  });

  it('should store for every building the status and status periods its history derives, and a history whose every decision the rule accepts', async () => {
    const manager = t.dataSource.manager;
    const properties = await manager.getRepository(Property).find();
    const periods = await manager.getRepository(PropertyStatusPeriod).find({ order: { validFrom: 'ASC' } });
    for (const property of properties) {
      const history = await loadPropertyHistory(manager, property);
      const derived = derivePropertyStatus(history);
      expect([property.status, property.statusSince], `${property.street} ${property.houseNumber}`).toEqual([derived.status, derived.since]);
      const stored = periods.filter((p) => p.propertyId === property.id);
      expect(stored, `${property.street} ${property.houseNumber}`).toEqual(statusPeriodRows(property, statusPeriods(history)));
      history.decisions.forEach((decision, i) => {
        const replay = checkDecision(
          { ...history, operations: history.operations.filter((o) => o.date <= decision.effectiveDate), decisions: history.decisions.slice(0, i) },
          decision,
        );
        expect(replay, `${property.street} ${property.houseNumber}: ${decision.type} on ${decision.effectiveDate}`).toMatchObject({ ok: true });
      });
    }
  });

  it('should attribute every operation to an inspector or lead of its lead agency and every decision to a lead', async () => {
    const users = new Map((await t.dataSource.getRepository(User).find()).map((u) => [u.id, u]));
    const operations = await t.dataSource.getRepository(Operation).find();
    const misfiled = operations.filter((o) => users.get(o.createdBy)?.agencyCode !== o.leadAgencyCode || users.get(o.createdBy)?.role === 'admin');
    expect(misfiled.map((o) => [o.leadAgencyCode, users.get(o.createdBy)?.username])).toEqual([]);
    const decisions = await t.dataSource.getRepository(Decision).find();
    expect(decisions.length).toBeGreaterThan(300);
    expect([...new Set(decisions.map((d) => users.get(d.decidedBy)?.username))]).toEqual(['lead']);
  });

  it('should let every demo user log in with the demo password, and log the logins', async () => {
    for (const user of DEMO_USERS) {
      const res = await login(t, user.username);
      expect(res.statusCode, user.username).toBe(200);
      expect(res.json<LoginResponseDto>().user).toMatchObject({ username: user.username, role: user.role, agencyCode: user.agencyCode });
    }
    expect(logger.messages.some((m) => m.includes('inspector.jugendamt') && m.includes(DEMO_PASSWORD))).toBe(true);
  });

  it('should record the seeding as one audit entry and set the demo flag, with an intact audit chain', async () => {
    const entries = await t.dataSource.getRepository(AuditEntry).find({ where: { action: 'demo_data_seeded' } });
    expect(entries).toHaveLength(1);
    expect(entries[0].actorName).toBe('system');
    expect(await t.app.get(MetaService).get(META_DEMO_DATA)).not.toBeNull();
    const lead = (await login(t, 'lead')).json<LoginResponseDto>().accessToken;
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit/verify', headers: { authorization: `Bearer ${lead}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true });
  });

  it('should change nothing when run a second time', async () => {
    const before = await rowCounts(t);
    const second = recordingLogger();
    await seedDemoData(t.app, second);
    expect(await rowCounts(t)).toEqual(before);
    expect(second.messages.some((m) => m.includes('Demo logins'))).toBe(true);
  });
});

describe('the API on the demo data', () => {
  const tokens = new Map<string, { authorization: string }>();
  const as = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, { authorization: `Bearer ${(await login(t, username)).json<LoginResponseDto>().accessToken}` });
    return tokens.get(username)!;
  };
  const firstWithStatus = async (status: PropertyStatus) => (await t.dataSource.getRepository(Property).findOneByOrFail({ status })).id;

  it('should list every building page by page', async () => {
    const ids = new Set<string>();
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/properties?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await t.app.inject({ method: 'GET', url, headers: await as('lead') });
      expect(res.statusCode).toBe(200);
      const page = res.json<PropertyPageDto>();
      for (const item of page.items) ids.add(item.id);
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids.size).toBe(await t.dataSource.getRepository(Property).count());
  });

  it('should answer the file and timeline of a building of every status, offering the decisions its status allows', async () => {
    for (const status of PROPERTY_STATUSES) {
      const id = await firstWithStatus(status);
      const file = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${id}`, headers: await as('lead') });
      expect(file.statusCode, status).toBe(200);
      expect(file.json()).toMatchObject({ status, allowedDecisions: [...ALLOWED_DECISIONS[status]], address: { city: 'Duisburg' } });
      const timeline = await t.app.inject({ method: 'GET', url: `/api/v1/properties/${id}/timeline`, headers: await as('lead') });
      expect(timeline.statusCode, status).toBe(200);
      const decisions = timeline.json<TimelineDto>().items.filter((i) => i.kind === 'decision');
      expect(decisions.length).toBe(await t.dataSource.getRepository(Decision).countBy({ propertyId: id }));
    }
  });

  it('should show an amendment with the finding it withdrew', async () => {
    const finding = await t.dataSource.getRepository(Finding).findOneByOrFail({ withdrawnByAmendmentId: Not(IsNull()) });
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/operations/${finding.operationId}`, headers: await as('lead') });
    expect(res.statusCode).toBe(200);
    const operation = res.json<OperationDto>();
    expect(operation.amendments[0].withdrawn.findingIds).toContain(finding.id);
    expect(operation.findings.find((f) => f.id === finding.id)).toMatchObject({ withdrawn: true });
  });

  it('should show Jugendamt-only findings to the Jugendamt and hide them from the Ordnungsamt', async () => {
    const finding = await t.dataSource.getRepository(Finding).findOneByOrFail({ visibility: 'agency', agencyCode: 'jugendamt' });
    const url = `/api/v1/operations/${finding.operationId}`;
    const ids = async (username: string) =>
      (await t.app.inject({ method: 'GET', url, headers: await as(username) })).json<OperationDto>().findings.map((f) => f.id);
    expect(await ids('inspector.jugendamt')).toContain(finding.id);
    expect(await ids('inspector')).not.toContain(finding.id);
  });

  it('should draw the 7 Stadtbezirke for the council with the OpenStreetMap attribution', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/districts?level=bezirk', headers: await as('council') });
    expect(res.statusCode).toBe(200);
    expect(res.json<DistrictCollectionDto>().features).toHaveLength(7);
    expect(res.json<DistrictCollectionDto>().attribution).toContain('OpenStreetMap');
  });

  it('should accept the next decision on a demo building and refuse one its status does not allow', async () => {
    const uninhabitable = await firstWithStatus('uninhabitable');
    const close = await t.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${uninhabitable}/decisions`,
      headers: await as('lead'),
      payload: { type: 'close', effectiveDate: cityToday(), reason: 'Abriss' },
    });
    expect(close.statusCode).toBe(201);
    expect(close.json<DecisionRecordedDto>().property.status).toBe('closed');
    const released = await firstWithStatus('released');
    const relet = await t.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${released}/decisions`,
      headers: await as('lead'),
      payload: { type: 'relet', effectiveDate: cityToday() },
    });
    expect(relet.statusCode).toBe(201);
    const suspected = await firstWithStatus('suspected');
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/properties/${suspected}/decisions`,
      headers: await as('lead'),
      payload: { type: 'declare_uninhabitable', effectiveDate: cityToday() },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'decision_not_allowed', currentStatus: 'suspected' });
  });
});

describe('seedDemoData on a database that already holds properties', () => {
  let other: TestApp;

  beforeAll(async () => {
    other = await createTestApp();
  });

  afterAll(async () => {
    await other?.close();
  });

  it('should load nothing, create no demo users and say why', async () => {
    const t = other;
    await makeProperty(t, { street: 'Echte Straße', houseNumber: '1', postcode: '47051', createdOn: '2026-01-01' });
    const logger = recordingLogger();
    await seedDemoData(t.app, logger);
    expect(await t.dataSource.getRepository(Property).count()).toBe(1);
    expect(await t.dataSource.getRepository(User).count()).toBe(0);
    expect(await t.app.get(MetaService).isDemo()).toBe(false);
    expect(logger.messages.join('\n')).toContain('already holds properties');
  });

  it('should load nothing into an installation whose own city is set up, even before its first building', async () => {
    const fresh = await createTestApp({}, { withoutCity: true });
    try {
      await fresh.app.get(CitiesService).createFromCommandLine({ ags: '05113000', name: 'Essen' });
      const logger = recordingLogger();
      await seedDemoData(fresh.app, logger);
      expect(await fresh.dataSource.getRepository(City).find()).toMatchObject([{ ags: '05113000', name: 'Essen' }]);
      expect([await fresh.dataSource.getRepository(District).count(), await fresh.dataSource.getRepository(User).count()]).toEqual([0, 0]);
      expect(logger.messages.join('\n')).toContain('a city of its own');
    } finally {
      await fresh.close();
    }
  });
});
