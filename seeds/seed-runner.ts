import { randomUUID } from 'node:crypto';
import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../src/audit/audit.service.js';
import { hashPassword } from '../src/auth/passwords.js';
import { User } from '../src/auth/user.entity.js';
import { City } from '../src/cities/city.entity.js';
import { AppMeta } from '../src/database/app-meta.entity.js';
import { META_DEMO_DATA, MetaService } from '../src/database/meta.service.js';
import { WriteQueue } from '../src/database/write-queue.js';
import { Decision } from '../src/decisions/decision.entity.js';
import { District } from '../src/districts/district.entity.js';
import { DistrictsService } from '../src/districts/districts.service.js';
import { Amendment } from '../src/operations/amendment.entity.js';
import { Finding } from '../src/operations/finding.entity.js';
import { Measure } from '../src/operations/measure.entity.js';
import { OccupancyCount } from '../src/operations/occupancy-count.entity.js';
import { OperationAgency } from '../src/operations/operation-agency.entity.js';
import { Operation } from '../src/operations/operation.entity.js';
import { Party } from '../src/parties/party.entity.js';
import { PropertyParty } from '../src/parties/property-party.entity.js';
import { PropertyStatusPeriod } from '../src/properties/property-status-period.entity.js';
import { Property } from '../src/properties/property.entity.js';
import { Unit } from '../src/properties/unit.entity.js';
import { insertInChunks } from '../src/database/bulk-insert.js';
import { OfficialAddress } from '../src/addresses/official-address.entity.js';
import { DEMO_SEED, generateDemoData, type GeneratedDemoData } from './demo-data.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';
import { DEMO_CITY, DEMO_CITY_RECORD, loadDuisburgOutlines, OUTLINES_ATTRIBUTION, type DuisburgOutlines } from './duisburg-outlines.js';

const SYSTEM_ACTOR = { id: null, username: 'system' };

type SeedCounts = Record<string, number | Record<string, number>>;

/**
 * Loads the demo data set when the database is empty: districts, buildings and their histories, the
 * demo users, one audit entry and the demo flag, all in one transaction. A no-op on every later start.
 */
export async function seedDemoData(app: INestApplicationContext, logger: LoggerService): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const meta = app.get(MetaService);
  if (await meta.isDemo()) {
    logger.log('Demo data is loaded (fictitious addresses).');
    logDemoLogins(logger);
    return;
  }
  if ((await dataSource.getRepository(Property).count()) > 0 || (await dataSource.getRepository(City).count()) > 0) {
    logger.log('Demo data not loaded: the database already holds properties or a city of its own.');
    return;
  }
  const started = performance.now();
  // Files and password hashing happen before the transaction: nothing slow may run inside it.
  const outlines = loadDuisburgOutlines();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const counts = await app.get(WriteQueue).run((manager) => insertDemoData(app, manager, outlines, passwordHash));
  if (counts === null) {
    logger.log('Demo data not loaded: another process filled the database first.');
    return;
  }
  logger.log(`Demo data loaded in ${Math.round(performance.now() - started)} ms: ${JSON.stringify(counts)}`);
  logDemoLogins(logger);
}

async function insertDemoData(
  app: INestApplicationContext,
  manager: EntityManager,
  outlines: DuisburgOutlines,
  passwordHash: string,
): Promise<SeedCounts | null> {
  // Checked again inside the transaction, so two starting instances cannot both seed.
  const filled = (await manager.getRepository(Property).count()) > 0 || (await manager.getRepository(City).count()) > 0;
  if (filled || (await manager.getRepository(AppMeta).findOneBy({ key: META_DEMO_DATA }))) return null;
  await manager.getRepository(City).insert({ ...DEMO_CITY_RECORD });
  await app.get(DistrictsService).importFeatures(manager, DEMO_CITY_RECORD, [...outlines.bezirke, ...outlines.ortsteile], OUTLINES_ATTRIBUTION);
  const districts = await manager.getRepository(District).find({ where: { cityAgs: DEMO_CITY_RECORD.ags }, select: { id: true, code: true } });
  const users = await ensureDemoUsers(manager, passwordHash);
  const generated = generateDemoData(
    outlines,
    { byCode: new Map(districts.map((d) => [d.code, d.id])) },
    {
      inspector: users.get('inspector') as string,
      bauaufsicht: users.get('inspector.bauaufsicht') as string,
      jugendamt: users.get('inspector.jugendamt') as string,
      lead: users.get('lead') as string,
    },
  );
  const { data } = generated;
  await insertInChunks(manager, OfficialAddress, data.officialAddresses);
  await insertInChunks(manager, Party, data.parties);
  await insertInChunks(manager, Property, data.properties);
  await insertInChunks(manager, PropertyStatusPeriod, data.statusPeriods);
  await insertInChunks(manager, Unit, data.units);
  await insertInChunks(manager, PropertyParty, data.propertyParties);
  await insertInChunks(manager, Operation, data.operations);
  await insertInChunks(manager, OperationAgency, data.operationAgencies);
  await insertInChunks(manager, Amendment, data.amendments);
  await insertInChunks(manager, Finding, data.findings);
  await insertInChunks(manager, OccupancyCount, data.occupancyCounts);
  await insertInChunks(manager, Measure, data.measures);
  await insertInChunks(manager, Decision, data.decisions);
  const counts = summarise(generated, districts.length);
  await app.get(AuditService).append(manager, SYSTEM_ACTOR, { action: 'demo_data_seeded', entity: 'demo_data', entityId: null, payload: counts });
  await app.get(MetaService).set(manager, META_DEMO_DATA, JSON.stringify({ seed: DEMO_SEED, city: DEMO_CITY }));
  return counts;
}

/** Creates the demo logins that do not exist yet and answers every demo user's id by username. */
async function ensureDemoUsers(manager: EntityManager, passwordHash: string): Promise<Map<string, string>> {
  const repository = manager.getRepository(User);
  const existing = await repository.find({ where: { username: In(DEMO_USERS.map((u) => u.username)) }, select: { id: true, username: true } });
  const ids = new Map(existing.map((u) => [u.username, u.id]));
  const missing = DEMO_USERS.filter((u) => !ids.has(u.username)).map((u) => ({
    id: randomUUID(),
    ...u,
    cityAgs: DEMO_CITY_RECORD.ags,
    passwordHash,
    active: true,
  }));
  // Each id is taken from the row it was generated for: a read-back after a multi-row insert can come back in another order.
  for (const user of missing) ids.set(user.username, user.id);
  await insertInChunks(manager, User, missing);
  return ids;
}

function summarise(generated: GeneratedDemoData, districts: number): SeedCounts {
  const { data } = generated;
  const declarations = data.decisions.filter((d) => d.type === 'declare_uninhabitable');
  const total = (values: ReadonlyArray<number | null>) => values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  return {
    districts,
    officialAddresses: data.officialAddresses.length,
    properties: data.properties.length,
    units: data.units.length,
    parties: data.parties.length,
    operations: data.operations.length,
    findings: data.findings.length,
    occupancyCounts: data.occupancyCounts.length,
    measures: data.measures.length,
    decisions: data.decisions.length,
    amendments: data.amendments.length,
    statuses: generated.statuses,
    everDeclared: generated.everDeclared,
    reletAfterDeclaration: generated.reletAfterDeclaration,
    personsAffected: total(declarations.map((d) => d.personsAffected)),
    childrenAffected: total(declarations.map((d) => d.childrenAffected)),
  };
}

function logDemoLogins(logger: LoggerService): void {
  const logins = DEMO_USERS.map((u) => `${u.username} (${u.role}, ${u.agencyCode})`).join(', ');
  logger.log(`Demo logins: ${logins}; password for all: ${DEMO_PASSWORD}`);
}
