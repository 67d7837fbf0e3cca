import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Decision } from '../../src/decisions/decision.entity.js';
import { District, type DistrictLevel } from '../../src/districts/district.entity.js';
import { Finding, type Severity, type Visibility } from '../../src/operations/finding.entity.js';
import { Measure, type MeasureState, type MeasureType } from '../../src/operations/measure.entity.js';
import { OccupancyCount } from '../../src/operations/occupancy-count.entity.js';
import { OperationAgency } from '../../src/operations/operation-agency.entity.js';
import { Operation, type OperationKind, type OperationState } from '../../src/operations/operation.entity.js';
import {
  buildingCopies,
  loadPropertyHistory,
  lockProperty,
  newBuildingFile,
  operationCopies,
  projectBuildingFile,
} from '../../src/properties/property-history.js';
import { checkDecision, type DecisionRefusal } from '../../src/properties/property-status.js';
import { Property } from '../../src/properties/property.entity.js';
import { ALLOWED_DECISIONS, DECISION_TARGET, type DecisionType, type PropertyStatus } from '../../src/properties/status-catalogue.js';
import { Unit } from '../../src/properties/unit.entity.js';
import type { TestApp } from './test-app.js';

/**
 * Test factories, one per entity, with overridable defaults. They write building files through the core as the routes
 * do: a property starts as newBuildingFile, rows take their copies from buildingCopies, and every submitted operation
 * or decision ends in projectBuildingFile; no factory sets a status, first event, period or copy itself.
 */

let counter = 0;

export interface DistrictSpec {
  name?: string;
  code?: string;
  level?: DistrictLevel;
  city?: string;
  /** [west, south, east, north]; the outline is this rectangle. */
  box?: [number, number, number, number];
  attribution?: string | null;
}

export async function makeDistrict(t: TestApp, spec: DistrictSpec = {}): Promise<District> {
  const [w, s, e, n] = spec.box ?? [6.7, 51.4, 6.8, 51.5];
  const district: District = {
    id: randomUUID(),
    city: spec.city ?? 'Duisburg',
    code: spec.code ?? randomUUID().slice(0, 6),
    name: spec.name ?? 'Mitte',
    level: spec.level ?? 'bezirk',
    parentCode: null,
    geometry: rectangle(w, s, e, n),
    minLon: w,
    minLat: s,
    maxLon: e,
    maxLat: n,
    attribution: spec.attribution === undefined ? '© OpenStreetMap contributors (ODbL)' : spec.attribution,
  };
  await t.dataSource.getRepository(District).insert(district);
  return district;
}

/** A rectangle as a GeoJSON polygon, west, south, east, north. */
export function rectangle(w: number, s: number, e: number, n: number): District['geometry'] {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

export type PropertySpec = Partial<
  Pick<Property, 'street' | 'houseNumber' | 'houseNumberSuffix' | 'postcode' | 'city' | 'lat' | 'lon' | 'districtId' | 'subdistrictId' | 'origin' | 'note'>
> & {
  /** The day the building file was opened. */
  createdOn?: string;
  /** Reached as bringToStatus does. */
  status?: PropertyStatus;
};

export async function makeProperty(t: TestApp, spec: PropertySpec = {}): Promise<Property> {
  counter += 1;
  const { createdOn = '2024-01-01', status = 'suspected', ...fields } = spec;
  const street = fields.street ?? `Teststraße ${randomUUID().slice(0, 8)}`;
  const houseNumber = fields.houseNumber ?? String(counter);
  const property = Object.assign(new Property(), {
    id: randomUUID(),
    houseNumberSuffix: null,
    postcode: '47166',
    city: 'Duisburg',
    lat: 51.43,
    lon: 6.76,
    districtId: null,
    subdistrictId: null,
    origin: 'complaint' as const,
    note: null,
    createdBy: null,
    ...fields,
    street,
    houseNumber,
    addressKey: `${street.toLowerCase()}|${houseNumber}|${fields.houseNumberSuffix ?? ''}`,
    ...newBuildingFile(new Date(`${createdOn}T10:00:00Z`)),
  });
  await t.dataSource.transaction(async (manager) => {
    await manager.getRepository(Property).insert(property);
    await projectBuildingFile(manager, property.id);
  });
  if (status !== 'suspected') await bringToStatus(t, property.id, status);
  return t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id });
}

/** A grid of properties around a centre, cycling through the given statuses. */
export async function makePropertyGrid(
  t: TestApp,
  count: number,
  statuses: readonly PropertyStatus[],
  centre: [number, number] = [6.76, 51.43],
  spec: PropertySpec = {},
): Promise<Property[]> {
  const rows: Property[] = [];
  const side = Math.ceil(Math.sqrt(count));
  for (let i = 0; i < count; i += 1) {
    const lon = centre[0] + ((i % side) - side / 2) * 0.002;
    const lat = centre[1] + (Math.floor(i / side) - side / 2) * 0.002;
    rows.push(await makeProperty(t, { ...spec, lon, lat, status: statuses[i % statuses.length] }));
  }
  return rows;
}

/** The visit each refused precondition asks for, filed on the decision's day. */
const VISIT_FOR: Partial<Record<DecisionRefusal, OperationSpec>> = {
  declaration_requires_serious_finding: { kind: 'joint_inspection', findings: [{ severity: 'major' }] },
  lifting_requires_acceptance_inspection: { kind: 'acceptance_inspection', findings: [{ severity: 'minor' }] },
};

/** Brings a suspected building to `status` on the day its file was opened: a visit, then the fewest decisions. */
export async function bringToStatus(t: TestApp, propertyId: string, status: PropertyStatus): Promise<void> {
  const property = await t.dataSource.getRepository(Property).findOneByOrFail({ id: propertyId });
  const day = property.createdAt.toISOString().slice(0, 10);
  await makeOperation(t, property, { date: day });
  for (const type of decisionsFrom('inspected', status)) await makeDecision(t, property, { type, effectiveDate: day });
}

/** The shortest way through the transition table from one status to another. */
function decisionsFrom(from: PropertyStatus, to: PropertyStatus): DecisionType[] {
  const ways = new Map<PropertyStatus, DecisionType[]>([[from, []]]);
  for (const [status, way] of ways) {
    if (status === to) return way;
    for (const type of ALLOWED_DECISIONS[status]) if (!ways.has(DECISION_TARGET[type])) ways.set(DECISION_TARGET[type], [...way, type]);
  }
  throw new Error(`no decisions lead from ${from} to ${to}`);
}

export async function makeUnit(t: TestApp, propertyId: string, overrides: Partial<Unit> = {}): Promise<Unit> {
  const unit = Object.assign(new Unit(), {
    id: randomUUID(),
    propertyId,
    label: `Wohnung ${randomUUID().slice(0, 4)}`,
    livingSpaceM2: null,
    singleRoomSharedFacilities: false,
    ...overrides,
  });
  await t.dataSource.getRepository(Unit).insert(unit);
  return unit;
}

export interface OperationSpec {
  kind?: OperationKind;
  date?: string;
  state?: OperationState;
  interpreterPresent?: boolean;
  /** The first one leads; each becomes an operation_agencies row. */
  agencyCodes?: string[];
  /** One major finding unless given: problem buildings are visited for a reason. */
  findings?: Array<{ severity?: Severity; visibility?: Visibility; withdrawn?: boolean }>;
  occupancy?: Array<{
    personsFound: number;
    childrenFound?: number;
    personsRegistered?: number | null;
    livingSpaceM2?: number | null;
    singleRoomSharedFacilities?: boolean;
    withdrawn?: boolean;
  }>;
  measures?: MeasureSpec[];
}

export interface MeasureSpec {
  type?: MeasureType;
  agencyCode?: string;
  date?: string;
  deadline?: string | null;
  state?: MeasureState;
  stateChangedAt?: string | null;
  personsCount?: number | null;
  visibility?: Visibility;
  withdrawn?: boolean;
}

export async function makeOperation(t: TestApp, property: Pick<Property, 'id'>, spec: OperationSpec = {}): Promise<Operation> {
  const agencyCodes = spec.agencyCodes ?? ['ordnungsamt'];
  const state = spec.state ?? 'submitted';
  const date = spec.date ?? '2024-03-01';
  return t.dataSource.transaction(async (manager) => {
    const building = await locked(manager, property.id);
    const operation = Object.assign(new Operation(), {
      id: randomUUID(),
      propertyId: property.id,
      ...operationCopies(building, agencyCodes),
      kind: spec.kind ?? 'joint_inspection',
      date,
      trigger: 'complaint' as const,
      triggerSource: null,
      interpreterPresent: spec.interpreterPresent ?? false,
      unitsEntered: 1,
      unitsNotAccessible: 0,
      notes: null,
      state,
      leadAgencyCode: agencyCodes[0],
      createdBy: randomUUID(),
      submittedBy: null,
      submittedAt: state === 'submitted' ? new Date(`${date}T18:00:00Z`) : null,
      version: 1,
    });
    await manager.getRepository(Operation).insert(operation);
    await manager.getRepository(OperationAgency).insert(agencyCodes.map((agencyCode) => ({ operationId: operation.id, agencyCode })));
    for (const f of spec.findings ?? [{}]) {
      await manager.getRepository(Finding).insert({
        id: randomUUID(),
        operationId: operation.id,
        unitId: null,
        category: 'structural_safety',
        severity: f.severity ?? 'major',
        description: 'Befund aus der Testfabrik',
        agencyCode: agencyCodes[0],
        visibility: f.visibility ?? 'taskforce',
        addedByAmendmentId: null,
        withdrawnByAmendmentId: f.withdrawn ? randomUUID() : null,
      });
    }
    for (const c of spec.occupancy ?? []) {
      await manager.getRepository(OccupancyCount).insert({
        id: randomUUID(),
        operationId: operation.id,
        unitId: null,
        personsFound: c.personsFound,
        childrenFound: c.childrenFound ?? 0,
        personsRegistered: c.personsRegistered ?? null,
        registerExtractDate: c.personsRegistered === undefined || c.personsRegistered === null ? null : date,
        livingSpaceM2: c.livingSpaceM2 ?? null,
        singleRoomSharedFacilities: c.singleRoomSharedFacilities ?? false,
        agencyCode: agencyCodes[0],
        addedByAmendmentId: null,
        withdrawnByAmendmentId: c.withdrawn ? randomUUID() : null,
      });
    }
    for (const m of spec.measures ?? []) await insertMeasure(manager, building, operation, m);
    if (state === 'submitted') await projectBuildingFile(manager, property.id);
    return operation;
  });
}

export async function makeMeasure(t: TestApp, operation: Operation, spec: MeasureSpec = {}): Promise<Measure> {
  return t.dataSource.transaction(async (manager) => insertMeasure(manager, await locked(manager, operation.propertyId), operation, spec));
}

async function insertMeasure(manager: EntityManager, building: Property, operation: Operation, spec: MeasureSpec): Promise<Measure> {
  const measure = Object.assign(new Measure(), {
    id: randomUUID(),
    propertyId: building.id,
    ...buildingCopies(building),
    operationId: operation.id,
    type: spec.type ?? 'repair_order',
    agencyCode: spec.agencyCode ?? operation.leadAgencyCode,
    legalBasis: null,
    date: spec.date ?? operation.date,
    deadline: spec.deadline ?? null,
    state: spec.state ?? 'open',
    personsCount: spec.personsCount ?? null,
    description: null,
    visibility: spec.visibility ?? 'taskforce',
    stateNote: null,
    stateChangedBy: spec.stateChangedAt ? randomUUID() : null,
    stateChangedAt: spec.stateChangedAt ? new Date(spec.stateChangedAt) : null,
    addedByAmendmentId: null,
    withdrawnByAmendmentId: spec.withdrawn ? randomUUID() : null,
  });
  await manager.getRepository(Measure).insert(measure);
  return measure;
}

export interface DecisionSpec {
  type: DecisionType;
  effectiveDate: string;
  personsAffected?: number | null;
  childrenAffected?: number | null;
  shelter?: number | null;
  owner?: number | null;
  self?: number | null;
  unknown?: number | null;
}

/**
 * Records a decision the status rule allows, as the decisions route would. A decision whose precondition needs a
 * visit (a serious finding, an acceptance inspection) gets that visit on its day; any other refusal fails the test.
 */
export async function makeDecision(t: TestApp, property: Pick<Property, 'id'>, spec: DecisionSpec): Promise<Decision> {
  const refusal = await t.dataSource.transaction(async (manager) => {
    const building = await locked(manager, property.id);
    const history = await loadPropertyHistory(manager, building);
    const check = checkDecision(history, { type: spec.type, effectiveDate: spec.effectiveDate });
    if (!check.ok) return check;
    const decision = Object.assign(new Decision(), {
      id: randomUUID(),
      propertyId: property.id,
      ...buildingCopies(building),
      type: spec.type,
      effectiveDate: spec.effectiveDate,
      fileReference: null,
      legalBasis: null,
      reason: null,
      personsAffected: spec.personsAffected ?? null,
      childrenAffected: spec.childrenAffected ?? null,
      rehousedShelter: spec.shelter ?? null,
      rehousedOwner: spec.owner ?? null,
      rehousedSelf: spec.self ?? null,
      rehousedUnknown: spec.unknown ?? null,
      statusBefore: building.status,
      statusAfter: check.statusAfter,
      decidedBy: randomUUID(),
      agencyCode: 'ordnungsamt',
      createdAt: new Date(),
    });
    await manager.getRepository(Decision).insert(decision);
    await projectBuildingFile(manager, property.id);
    return decision;
  });
  if (refusal instanceof Decision) return refusal;
  const visit = VISIT_FOR[refusal.code];
  if (!visit) throw new Error(`test data: ${spec.type} on ${spec.effectiveDate} refused: ${refusal.reason}`);
  await makeOperation(t, property, { ...visit, date: spec.effectiveDate });
  return makeDecision(t, property, spec);
}

async function locked(manager: EntityManager, propertyId: string): Promise<Property> {
  const property = await lockProperty(manager, propertyId);
  if (!property) throw new Error(`test data: no property ${propertyId}`);
  return property;
}
