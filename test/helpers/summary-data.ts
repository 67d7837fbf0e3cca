import { randomUUID } from 'node:crypto';
import { Decision } from '../../src/decisions/decision.entity.js';
import { District, type DistrictLevel } from '../../src/districts/district.entity.js';
import type { Visibility } from '../../src/operations/finding.entity.js';
import { Measure, type MeasureState, type MeasureType } from '../../src/operations/measure.entity.js';
import { OccupancyCount } from '../../src/operations/occupancy-count.entity.js';
import { OperationAgency } from '../../src/operations/operation-agency.entity.js';
import { Operation, type OperationKind, type OperationState } from '../../src/operations/operation.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import type { TestApp } from './test-app.js';
import { buildingCopies, operationCopies, projectBuildingFile } from '../../src/properties/property-history.js';
import { DECISION_TARGET, type DecisionType, type PropertyStatus } from '../../src/properties/status-catalogue.js';

/** Rows for summary tests, written straight through repositories with overridable defaults. */

/** The street every summary test property lies in: it must never appear in a summary. */
export const SECRET_STREET = 'Geheimweg';

export interface OperationSpec {
  kind?: OperationKind;
  date: string;
  state?: OperationState;
  interpreterPresent?: boolean;
  agencies?: string[];
  occupancy?: Array<{ personsFound: number; personsRegistered?: number | null; childrenFound?: number; withdrawn?: boolean }>;
  measures?: MeasureSpec[];
}

export interface MeasureSpec {
  type: MeasureType;
  agencyCode?: string;
  date?: string;
  deadline?: string | null;
  state?: MeasureState;
  stateChangedAt?: string | null;
  personsCount?: number | null;
  visibility?: Visibility;
  withdrawn?: boolean;
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

export class SummaryData {
  private readonly statuses = new Map<string, PropertyStatus>();
  private counter = 0;

  constructor(private readonly t: TestApp) {}

  async district(
    name: string,
    code: string,
    level: DistrictLevel = 'bezirk',
    box: [number, number, number, number] = [6.7, 51.4, 6.8, 51.5],
  ): Promise<District> {
    const [w, s, e, n] = box;
    const district: District = {
      id: randomUUID(),
      city: 'Teststadt',
      code,
      name,
      level,
      parentCode: null,
      geometry: {
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
      },
      minLon: w,
      minLat: s,
      maxLon: e,
      maxLat: n,
      attribution: '© OpenStreetMap contributors (ODbL)',
    };
    await this.t.dataSource.getRepository(District).insert(district);
    return district;
  }

  /** A property created on `createdOn`, at an address in SECRET_STREET. */
  async property(districtId: string | null, createdOn: string): Promise<Property> {
    this.counter += 1;
    const property = this.t.dataSource.getRepository(Property).create({
      id: randomUUID(),
      street: SECRET_STREET,
      houseNumber: String(this.counter),
      houseNumberSuffix: null,
      postcode: '47051',
      city: 'Teststadt',
      addressKey: `${SECRET_STREET.toLowerCase()}|${this.counter}|`,
      lat: 51.45,
      lon: 6.75,
      districtId,
      subdistrictId: null,
      status: 'suspected',
      statusSince: createdOn,
      origin: 'complaint',
      note: null,
      createdBy: null,
      createdAt: new Date(`${createdOn}T10:00:00Z`),
    });
    await this.t.dataSource.getRepository(Property).insert(property);
    await this.project(property.id);
    this.statuses.set(property.id, 'suspected');
    return property;
  }

  async operation(property: Property, spec: OperationSpec): Promise<Operation> {
    const agencies = spec.agencies ?? ['ordnungsamt'];
    const state = spec.state ?? 'submitted';
    const operation = this.t.dataSource.getRepository(Operation).create({
      id: randomUUID(),
      propertyId: property.id,
      ...operationCopies(property, agencies),
      kind: spec.kind ?? 'joint_inspection',
      date: spec.date,
      trigger: 'complaint',
      triggerSource: null,
      interpreterPresent: spec.interpreterPresent ?? false,
      unitsEntered: 1,
      unitsNotAccessible: 0,
      notes: null,
      state,
      leadAgencyCode: agencies[0],
      createdBy: randomUUID(),
      submittedBy: null,
      submittedAt: state === 'submitted' ? new Date(`${spec.date}T18:00:00Z`) : null,
      version: 1,
    });
    await this.t.dataSource.getRepository(Operation).insert(operation);
    await this.t.dataSource.getRepository(OperationAgency).insert(agencies.map((agencyCode) => ({ operationId: operation.id, agencyCode })));
    for (const c of spec.occupancy ?? []) {
      await this.t.dataSource.getRepository(OccupancyCount).insert({
        id: randomUUID(),
        operationId: operation.id,
        unitId: null,
        personsFound: c.personsFound,
        childrenFound: c.childrenFound ?? 0,
        personsRegistered: c.personsRegistered ?? null,
        registerExtractDate: c.personsRegistered === undefined ? null : spec.date,
        livingSpaceM2: null,
        singleRoomSharedFacilities: false,
        agencyCode: agencies[0],
        addedByAmendmentId: null,
        withdrawnByAmendmentId: c.withdrawn ? randomUUID() : null,
      });
    }
    for (const m of spec.measures ?? []) await this.measure(property, operation, m);
    if (state === 'submitted') await this.project(property.id);
    if (state === 'submitted' && this.statuses.get(property.id) === 'suspected') this.statuses.set(property.id, 'inspected');
    return operation;
  }

  async measure(property: Property, operation: Operation, spec: MeasureSpec): Promise<void> {
    await this.t.dataSource.getRepository(Measure).insert({
      id: randomUUID(),
      propertyId: property.id,
      ...buildingCopies(property),
      operationId: operation.id,
      type: spec.type,
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
  }

  /** Records a decision and keeps the stored status in step, as the decisions route would. */
  async decision(property: Property, spec: DecisionSpec): Promise<void> {
    const before = this.statuses.get(property.id) ?? 'inspected';
    const after = DECISION_TARGET[spec.type];
    await this.t.dataSource.getRepository(Decision).insert({
      id: randomUUID(),
      propertyId: property.id,
      ...buildingCopies(property),
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
      statusBefore: before,
      statusAfter: after,
      decidedBy: randomUUID(),
      agencyCode: 'ordnungsamt',
    });
    this.statuses.set(property.id, after);
    await this.project(property.id);
  }

  /** Stores what the building file's history derives, as every write route does. */
  private async project(propertyId: string): Promise<void> {
    await this.t.dataSource.transaction((manager) => projectBuildingFile(manager, propertyId));
  }
}
