import { randomUUID } from 'node:crypto';
import { District, type DistrictLevel } from '../../src/districts/district.entity.js';
import type { Visibility } from '../../src/operations/finding.entity.js';
import { Measure, type MeasureState } from '../../src/operations/measure.entity.js';
import { OccupancyCount } from '../../src/operations/occupancy-count.entity.js';
import { OperationAgency } from '../../src/operations/operation-agency.entity.js';
import { Operation, type OperationState } from '../../src/operations/operation.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import type { TestApp } from './test-app.js';
import { storeFirstEvents } from './first-events.js';
import { buildingCopies, operationCopies } from '../../src/properties/property-history.js';
import type { PropertyStatus } from '../../src/properties/status-catalogue.js';

/** Stored rows for map tests, written straight through repositories (the map reads them; the routes that write them are tested elsewhere). */

export interface DistrictInput {
  name?: string;
  code?: string;
  level?: DistrictLevel;
  city?: string;
  /** [west, south, east, north]; the outline is this rectangle. */
  box?: [number, number, number, number];
  attribution?: string | null;
}

export async function insertDistrict(t: TestApp, input: DistrictInput = {}): Promise<District> {
  const [w, s, e, n] = input.box ?? [6.7, 51.4, 6.8, 51.5];
  const district: District = {
    id: randomUUID(),
    city: input.city ?? 'Duisburg',
    code: input.code ?? randomUUID().slice(0, 6),
    name: input.name ?? 'Mitte',
    level: input.level ?? 'bezirk',
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
    attribution: input.attribution === undefined ? '© OpenStreetMap contributors (ODbL)' : input.attribution,
  };
  await t.dataSource.getRepository(District).insert(district);
  return district;
}

export interface PropertyInput {
  lat?: number;
  lon?: number;
  status?: PropertyStatus;
  districtId?: string | null;
  subdistrictId?: string | null;
  street?: string;
  houseNumber?: string;
  houseNumberSuffix?: string | null;
  postcode?: string;
  city?: string;
}

let counter = 0;

export async function insertProperty(t: TestApp, input: PropertyInput = {}): Promise<Property> {
  counter += 1;
  const street = input.street ?? 'Teststraße';
  const houseNumber = input.houseNumber ?? String(counter);
  const property = t.dataSource.getRepository(Property).create({
    id: randomUUID(),
    street,
    houseNumber,
    houseNumberSuffix: input.houseNumberSuffix ?? null,
    postcode: input.postcode ?? '47051',
    city: input.city ?? 'Duisburg',
    addressKey: `${street.toLowerCase()}|${houseNumber}|${input.houseNumberSuffix ?? ''}|${counter}`,
    lat: input.lat ?? 51.43,
    lon: input.lon ?? 6.76,
    districtId: input.districtId ?? null,
    subdistrictId: input.subdistrictId ?? null,
    status: input.status ?? 'inspected',
    statusSince: '2024-01-01',
    origin: 'complaint',
    note: null,
    createdBy: null,
  });
  await t.dataSource.getRepository(Property).insert(property);
  return property;
}

/** A grid of properties around a centre, cycling through the given statuses. */
export async function insertPropertyGrid(
  t: TestApp,
  count: number,
  statuses: readonly PropertyStatus[],
  centre: [number, number] = [6.76, 51.43],
  input: PropertyInput = {},
): Promise<Property[]> {
  const rows: Property[] = [];
  const side = Math.ceil(Math.sqrt(count));
  for (let i = 0; i < count; i += 1) {
    const lon = centre[0] + ((i % side) - side / 2) * 0.002;
    const lat = centre[1] + (Math.floor(i / side) - side / 2) * 0.002;
    rows.push(await insertProperty(t, { ...input, lon, lat, status: statuses[i % statuses.length] }));
  }
  return rows;
}

export interface OperationInput {
  date?: string;
  state?: OperationState;
  agencyCodes?: string[];
  measures?: Array<{ state?: MeasureState; visibility?: Visibility; agencyCode?: string }>;
  occupancy?: Array<{ personsFound: number; livingSpaceM2: number | null; singleRoomSharedFacilities?: boolean; withdrawn?: boolean }>;
}

export async function insertOperation(t: TestApp, propertyId: string, input: OperationInput = {}): Promise<Operation> {
  const agencyCodes = input.agencyCodes ?? ['ordnungsamt'];
  const state = input.state ?? 'submitted';
  return t.dataSource.transaction(async (manager) => {
    const property = await manager.getRepository(Property).findOneByOrFail({ id: propertyId });
    const operation = manager.getRepository(Operation).create({
      id: randomUUID(),
      propertyId,
      ...operationCopies(property, agencyCodes),
      kind: 'joint_inspection',
      date: input.date ?? '2024-03-01',
      trigger: 'complaint',
      triggerSource: null,
      interpreterPresent: false,
      unitsEntered: 1,
      unitsNotAccessible: 0,
      notes: null,
      state,
      leadAgencyCode: agencyCodes[0],
      createdBy: randomUUID(),
      submittedBy: null,
      submittedAt: state === 'submitted' ? new Date() : null,
      version: 1,
    });
    await manager.getRepository(Operation).insert(operation);
    await manager.getRepository(OperationAgency).insert(agencyCodes.map((agencyCode) => ({ operationId: operation.id, agencyCode })));
    for (const m of input.measures ?? []) {
      await manager.getRepository(Measure).insert({
        id: randomUUID(),
        propertyId,
        ...buildingCopies(property),
        operationId: operation.id,
        type: 'repair_order',
        agencyCode: m.agencyCode ?? agencyCodes[0],
        legalBasis: null,
        date: operation.date,
        deadline: null,
        state: m.state ?? 'open',
        personsCount: null,
        description: null,
        visibility: m.visibility ?? 'taskforce',
        addedByAmendmentId: null,
        withdrawnByAmendmentId: null,
      });
    }
    for (const c of input.occupancy ?? []) {
      await manager.getRepository(OccupancyCount).insert({
        id: randomUUID(),
        operationId: operation.id,
        unitId: null,
        personsFound: c.personsFound,
        childrenFound: 0,
        personsRegistered: null,
        registerExtractDate: null,
        livingSpaceM2: c.livingSpaceM2,
        singleRoomSharedFacilities: c.singleRoomSharedFacilities ?? false,
        agencyCode: agencyCodes[0],
        addedByAmendmentId: null,
        withdrawnByAmendmentId: c.withdrawn ? randomUUID() : null,
      });
    }
    if (state === 'submitted') await storeFirstEvents(manager, propertyId);
    return operation;
  });
}
