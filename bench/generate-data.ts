// `npm run bench:data -- --buildings 100000 --operations 1000000`: a synthetic Land-sized data set in the configured database.
import { parseArgs } from 'node:util';
import type { DataSource, EntityManager } from 'typeorm';
import { GENESIS_HASH, hashEntry, hashPayload } from '../src/audit/audit-chain.js';
import { loadAppConfig } from '../src/config/app-config.js';
import { bulkInsert } from '../src/database/bulk-insert.js';
import { buildDataSourceOptions } from '../src/database/database-options.js';
import { openDataSource } from '../src/database/migrations.js';
import { Random } from '../seeds/random.js';
import { projectHistory, type OperationFact, type PropertyHistory } from '../src/properties/property-status.js';
import { buildingCopies, operationCopies, statusPeriodRows } from '../src/properties/property-history.js';
import type { DecisionType, PropertyStatus } from '../src/properties/status-catalogue.js';
import { NRW_CITIES } from './cities.js';
import { orderedIds } from './ordered-ids.js';

const AGENCIES = ['ordnungsamt', 'bauaufsicht', 'feuerwehr', 'polizei', 'jugendamt', 'jobcenter', 'meldebehoerde', 'gesundheitsamt', 'zoll'];
const CATEGORIES = ['electricity', 'heating', 'water_sanitation', 'fire_safety', 'structural_safety', 'vermin', 'waste', 'weather_damp_protection'];
const STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Kirchstraße',
  'Schulstraße',
  'Gartenstraße',
  'Lindenstraße',
  'Bergstraße',
  'Ringstraße',
  'Wiesenweg',
  'Zechenstraße',
];
const GRID = 3;
const CITY_SPAN = { lat: 0.12, lon: 0.18 };
const BATCH_BUILDINGS = 5000;
const SQLITE_CACHE_KIB = 256 * 1024;
const YIELD_EVERY = 100;

export interface GeneratedCounts {
  buildings: number;
  operations: number;
  findings: number;
  decisions: number;
  measures: number;
  seconds: number;
}

const day = (from: number, offsetDays: number) => new Date(from + offsetDays * 86_400_000).toISOString().slice(0, 10);
const START = Date.UTC(2014, 0, 1);
const SPAN_DAYS = 4500;

/** Inserts cities' districts, buildings and their histories in batches of one transaction each. */
export async function generateData(dataSource: DataSource, buildings: number, operations: number, seed = 42): Promise<GeneratedCounts> {
  const started = performance.now();
  // The default 2 MB page cache makes SQLite re-read index pages from the file for every batch.
  if (dataSource.options.type === 'better-sqlite3') await dataSource.query(`PRAGMA cache_size = -${SQLITE_CACHE_KIB}`);
  const random = new Random(seed);
  const nextId = orderedIds(seed);
  const createdAt = new Date();
  const totalPopulation = NRW_CITIES.reduce((s, c) => s + c.population, 0);
  const districtIds = new Map<string, string[]>();
  await dataSource.transaction(async (manager) => {
    const cityRows = NRW_CITIES.map((city) => [city.ags, city.name, 'NW', 'Europe/Berlin', 1, createdAt]);
    await bulkInsert(manager, 'cities', ['ags', 'name', 'land', 'time_zone', 'version', 'created_at'], cityRows);
    const rows: unknown[][] = [];
    for (const city of NRW_CITIES) {
      const ids: string[] = [];
      for (let i = 0; i < GRID * GRID; i += 1) {
        const id = nextId();
        ids.push(id);
        const [row, col] = [Math.floor(i / GRID), i % GRID];
        const south = city.lat - CITY_SPAN.lat / 2 + (row * CITY_SPAN.lat) / GRID;
        const west = city.lon - CITY_SPAN.lon / 2 + (col * CITY_SPAN.lon) / GRID;
        const [north, east] = [south + CITY_SPAN.lat / GRID, west + CITY_SPAN.lon / GRID];
        const geometry = {
          type: 'Polygon',
          coordinates: [
            [
              [west, south],
              [east, south],
              [east, north],
              [west, north],
              [west, south],
            ],
          ],
        };
        rows.push([
          id,
          city.name,
          city.ags,
          String((i + 1) * 100),
          `${city.name} Bezirk ${i + 1}`,
          'bezirk',
          null,
          JSON.stringify(geometry),
          west,
          south,
          east,
          north,
          'synthetic benchmark grid',
        ]);
      }
      districtIds.set(city.name, ids);
    }
    await bulkInsert(
      manager,
      'districts',
      ['id', 'city', 'city_ags', 'code', 'name', 'level', 'parent_code', 'geometry', 'min_lon', 'min_lat', 'max_lon', 'max_lat', 'attribution'],
      rows,
    );
  });

  const counts = { buildings: 0, operations: 0, findings: 0, decisions: 0, measures: 0 };
  const meanOperations = operations / buildings;
  let operationsLeft = operations;
  // PostgreSQL stores one batch while the next is generated: the database server works on the other core.
  let storing: Promise<void> = Promise.resolve();
  for (let first = 0; first < buildings; first += BATCH_BUILDINGS) {
    const size = Math.min(BATCH_BUILDINGS, buildings - first);
    const batch = emptyBatch();
    for (let i = 0; i < size; i += 1) {
      const buildingsLeft = buildings - first - i;
      const wanted = buildingsLeft === 1 ? operationsLeft : Math.min(operationsLeft, Math.round(random.between(0, 2 * meanOperations)));
      operationsLeft -= wanted;
      addBuilding(batch, { random, nextId, totalPopulation, districtIds, createdAt }, first + i, wanted);
      // Let the batch being stored send its next rows.
      if (i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await storing;
    storing = dataSource.transaction((manager) => insertBatch(manager, batch));
    counts.buildings += size;
    counts.operations += batch.operations.length;
    counts.findings += batch.findings.length;
    counts.decisions += batch.decisions.length;
    counts.measures += batch.measures.length;
  }
  await storing;
  await dataSource.transaction((manager) => appendAuditEntry(manager, counts));
  // What autovacuum would do within minutes: planner statistics, and the visibility map without which index-only scans read the table.
  if (dataSource.options.type === 'postgres') await dataSource.query('VACUUM ANALYZE');
  return { ...counts, seconds: (performance.now() - started) / 1000 };
}

interface Batch {
  properties: unknown[][];
  statusPeriods: unknown[][];
  operations: unknown[][];
  operationAgencies: unknown[][];
  findings: unknown[][];
  occupancy: unknown[][];
  measures: unknown[][];
  decisions: unknown[][];
}

const emptyBatch = (): Batch => ({
  properties: [],
  statusPeriods: [],
  operations: [],
  operationAgencies: [],
  findings: [],
  occupancy: [],
  measures: [],
  decisions: [],
});

interface Context {
  random: Random;
  nextId: () => string;
  totalPopulation: number;
  districtIds: Map<string, string[]>;
  /** When the buildings were recorded: the generation run. */
  createdAt: Date;
}

function addBuilding(batch: Batch, { random, nextId, totalPopulation, districtIds, createdAt }: Context, index: number, operationCount: number): void {
  let roll = random.next() * totalPopulation;
  const city = NRW_CITIES.find((c) => (roll -= c.population) < 0) ?? NRW_CITIES[0];
  const cell = random.int(0, GRID * GRID - 1);
  const lat = city.lat - CITY_SPAN.lat / 2 + ((Math.floor(cell / GRID) + random.next()) * CITY_SPAN.lat) / GRID;
  const lon = city.lon - CITY_SPAN.lon / 2 + (((cell % GRID) + random.next()) * CITY_SPAN.lon) / GRID;
  const id = nextId();
  const street = random.pick(STREETS);
  const number = String(index + 1);
  const dates = Array.from({ length: operationCount }, () => random.int(0, SPAN_DAYS)).sort((a, b) => a - b);
  // A fixed share of the histories go through declaration, renovation, release and re-letting, as the status rule allows.
  const path =
    operationCount === 0
      ? 0
      : random.weighted<number>([
          [1, 70],
          [2, 10],
          [3, 5],
          [4, 3],
          [5, 2],
          [6, 10],
        ]);
  const decisions: Array<[DecisionType, number, PropertyStatus, PropertyStatus]> = [];
  const last = dates.at(-1) ?? 0;
  if (path >= 2 && path <= 5) decisions.push(['declare_uninhabitable', dates[0] + 1, 'inspected', 'uninhabitable']);
  if (path >= 3 && path <= 5) decisions.push(['renovation_started', dates[0] + 30, 'uninhabitable', 'renovation']);
  // Lifted after the last visit (the acceptance inspection) and after the renovation began.
  const lifted = Math.max(last, dates[0] + 30) + 1;
  if (path >= 4 && path <= 5) decisions.push(['declaration_lifted', lifted, 'renovation', 'released']);
  if (path === 5) decisions.push(['relet', lifted + 59, 'released', 'relet']);
  if (path === 6) decisions.push(['close', last + 1, 'inspected', 'closed']);
  const districtId = districtIds.get(city.name)![cell];
  const building = buildingCopies({ districtId, cityAgs: city.ags });
  const history: PropertyHistory & { operations: OperationFact[] } = {
    createdOn: createdAt.toISOString().slice(0, 10),
    operations: [],
    decisions: decisions.map(([type, offset]) => ({ type, effectiveDate: day(START, offset) })),
  };
  dates.forEach((offset, n) => {
    const operationId = nextId();
    const acceptance = path >= 4 && path <= 5 && n === dates.length - 1 && n > 0;
    const kind = acceptance
      ? 'acceptance_inspection'
      : random.weighted([
          ['joint_inspection', 5],
          ['registration_check', 3],
          ['follow_up', 2],
        ] as const);
    const date = day(START, offset);
    const agencies = [...new Set([AGENCIES[0], random.pick(AGENCIES), random.pick(AGENCIES)])];
    const copies = operationCopies(building, agencies);
    batch.operations.push([
      operationId,
      id,
      copies.districtId,
      copies.cityAgs,
      kind,
      date,
      'complaint',
      null,
      random.chance(0.3),
      copies.agencyCount,
      random.int(0, 8),
      random.int(0, 3),
      null,
      'submitted',
      'ordnungsamt',
      'bench',
      'bench',
      new Date(START + offset * 86_400_000),
      1,
    ]);
    for (const agency of agencies) batch.operationAgencies.push([operationId, agency]);
    const severity = n === 0 && path >= 2 && path <= 5 ? 'major' : acceptance ? 'minor' : random.pick(['minor', 'minor', 'major', 'danger'] as const);
    history.operations.push({ kind, date, severities: [severity] });
    batch.findings.push([nextId(), operationId, null, random.pick(CATEGORIES), severity, 'Generierter Befund', 'bauaufsicht', 'taskforce', null, null]);
    if (kind === 'registration_check' || random.chance(0.3)) {
      const found = random.int(1, 20);
      batch.occupancy.push([
        nextId(),
        operationId,
        null,
        found,
        random.int(0, Math.floor(found / 2)),
        random.int(0, 25),
        date,
        random.int(20, 200),
        false,
        'ordnungsamt',
        null,
        null,
      ]);
    }
    if (random.chance(0.5)) {
      const type = kind === 'registration_check' ? 'deregistration_ex_officio' : random.pick(['repair_order', 'fine_proceedings', 'waste_removal']);
      const state = random.pick(['open', 'done', 'done']);
      // Done within two months of the deadline.
      const changedAt = state === 'done' ? new Date(START + (offset + 30 + random.int(-20, 40)) * 86_400_000) : null;
      batch.measures.push([
        nextId(),
        id,
        building.districtId,
        building.cityAgs,
        operationId,
        type,
        'ordnungsamt',
        null,
        date,
        day(START, offset + 30),
        state,
        changedAt,
        type === 'deregistration_ex_officio' ? random.int(1, 8) : null,
        null,
        'taskforce',
        null,
        null,
      ]);
    }
  });
  // The projector's pure part derives the stored status, first events and status periods, as for any building file.
  const { periods, ...derived } = projectHistory(history);
  batch.properties.push([
    id,
    street,
    number,
    null,
    String(city.postcode + (index % 40)),
    city.name,
    city.ags,
    `${street.toLowerCase()}|${number}|`,
    lat,
    lon,
    districtId,
    null,
    derived.status,
    derived.statusSince,
    derived.firstVisitOn,
    derived.firstDecisionOn,
    'import',
    null,
    null,
    createdAt,
  ]);
  for (const p of statusPeriodRows({ id, ...building }, periods)) batch.statusPeriods.push([id, p.validFrom, p.validUntil, p.status, p.districtId, p.cityAgs]);
  for (const [type, offset, before, after] of decisions) {
    const affected = type === 'declare_uninhabitable' ? random.int(3, 40) : null;
    batch.decisions.push([
      nextId(),
      id,
      building.districtId,
      building.cityAgs,
      type,
      day(START, offset),
      null,
      null,
      null,
      affected,
      affected === null ? null : random.int(0, Math.floor(affected / 2)),
      affected,
      0,
      0,
      0,
      before,
      after,
      'bench',
      'ordnungsamt',
    ]);
  }
}

async function insertBatch(manager: EntityManager, batch: Batch): Promise<void> {
  await bulkInsert(
    manager,
    'properties',
    [
      'id',
      'street',
      'house_number',
      'house_number_suffix',
      'postcode',
      'city',
      'city_ags',
      'address_key',
      'lat',
      'lon',
      'district_id',
      'subdistrict_id',
      'status',
      'status_since',
      'first_visit_on',
      'first_decision_on',
      'origin',
      'note',
      'created_by',
      'created_at',
    ],
    batch.properties,
  );
  await bulkInsert(manager, 'property_status_periods', ['property_id', 'valid_from', 'valid_until', 'status', 'district_id', 'city_ags'], batch.statusPeriods);
  await bulkInsert(
    manager,
    'operations',
    [
      'id',
      'property_id',
      'district_id',
      'city_ags',
      'kind',
      'date',
      'trigger',
      'trigger_source',
      'interpreter_present',
      'agency_count',
      'units_entered',
      'units_not_accessible',
      'notes',
      'state',
      'lead_agency_code',
      'created_by',
      'submitted_by',
      'submitted_at',
      'version',
    ],
    batch.operations,
  );
  await bulkInsert(manager, 'operation_agencies', ['operation_id', 'agency_code'], batch.operationAgencies);
  await bulkInsert(
    manager,
    'findings',
    ['id', 'operation_id', 'unit_id', 'category', 'severity', 'description', 'agency_code', 'visibility', 'added_by_amendment_id', 'withdrawn_by_amendment_id'],
    batch.findings,
  );
  await bulkInsert(
    manager,
    'occupancy_counts',
    [
      'id',
      'operation_id',
      'unit_id',
      'persons_found',
      'children_found',
      'persons_registered',
      'register_extract_date',
      'living_space_m2',
      'single_room_shared_facilities',
      'agency_code',
      'added_by_amendment_id',
      'withdrawn_by_amendment_id',
    ],
    batch.occupancy,
  );
  await bulkInsert(
    manager,
    'measures',
    [
      'id',
      'property_id',
      'district_id',
      'city_ags',
      'operation_id',
      'type',
      'agency_code',
      'legal_basis',
      'date',
      'deadline',
      'state',
      'state_changed_at',
      'persons_count',
      'description',
      'visibility',
      'added_by_amendment_id',
      'withdrawn_by_amendment_id',
    ],
    batch.measures,
  );
  await bulkInsert(
    manager,
    'decisions',
    [
      'id',
      'property_id',
      'district_id',
      'city_ags',
      'type',
      'effective_date',
      'file_reference',
      'legal_basis',
      'reason',
      'persons_affected',
      'children_affected',
      'rehoused_shelter',
      'rehoused_owner',
      'rehoused_self',
      'rehoused_unknown',
      'status_before',
      'status_after',
      'decided_by',
      'agency_code',
    ],
    batch.decisions,
  );
}

async function appendAuditEntry(manager: EntityManager, counts: object): Promise<void> {
  const [last] = await manager.query<Array<{ seq: number | string; hash: string }>>('SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1');
  const entry = {
    seq: (last ? Number(last.seq) : 0) + 1,
    at: new Date(),
    actorId: null,
    actorName: 'bench:data',
    action: 'bench_data_generated',
    entity: 'dataset',
    entityId: null,
    payloadHash: hashPayload(counts),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await bulkInsert(
    manager,
    'audit_entries',
    ['seq', 'at', 'actor_id', 'actor_name', 'action', 'entity', 'entity_id', 'payload_hash', 'prev_hash', 'hash'],
    [[entry.seq, entry.at, null, entry.actorName, entry.action, entry.entity, null, entry.payloadHash, entry.prevHash, hashEntry(entry)]],
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { buildings: { type: 'string', default: '100000' }, operations: { type: 'string', default: '1000000' } } });
  const config = loadAppConfig();
  const dataSource = await openDataSource(buildDataSourceOptions(config));
  const [{ n }] = await dataSource.query<Array<{ n: number | string }>>('SELECT COUNT(*) AS n FROM properties');
  if (Number(n) > 0) throw new Error(`The database already holds ${n} properties; point DATA_DIR or DATABASE_URL at an empty one.`);
  const counts = await generateData(dataSource, Number(values.buildings), Number(values.operations));
  console.log(JSON.stringify(counts));
  await dataSource.destroy();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
