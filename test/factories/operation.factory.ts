import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Finding, type Severity, type Visibility } from '../../src/operations/finding.entity.js';
import { Measure, type MeasureState, type MeasureType } from '../../src/operations/measure.entity.js';
import { OccupancyCount } from '../../src/operations/occupancy-count.entity.js';
import { OperationAgency } from '../../src/operations/operation-agency.entity.js';
import { Operation, type OperationKind, type OperationState } from '../../src/operations/operation.entity.js';
import { buildingCopies, lockProperty, operationCopies, projectBuildingFile } from '../../src/properties/property-history.js';
import type { Property } from '../../src/properties/property.entity.js';
import type { TestApp } from '../helpers/test-app.js';

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
    const building = await lockedBuilding(manager, property.id);
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
  return t.dataSource.transaction(async (manager) => insertMeasure(manager, await lockedBuilding(manager, operation.propertyId), operation, spec));
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
    version: 1,
  });
  await manager.getRepository(Measure).insert(measure);
  return measure;
}

/** The building read under the core's lock, as every write on it starts. */
export async function lockedBuilding(manager: EntityManager, propertyId: string): Promise<Property> {
  const property = await lockProperty(manager, propertyId);
  if (!property) throw new Error(`test data: no property ${propertyId}`);
  return property;
}
