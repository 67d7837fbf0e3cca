import { randomUUID } from 'node:crypto';
import { addressKey } from '../../src/properties/address-key.js';
import { newBuildingFile, projectBuildingFile } from '../../src/properties/property-history.js';
import { Property } from '../../src/properties/property.entity.js';
import { ALLOWED_DECISIONS, DECISION_TARGET, type DecisionType, type PropertyStatus } from '../../src/properties/status-catalogue.js';
import { TEST_CITY_AGS, type TestApp } from '../helpers/test-app.js';
import { makeDecision } from './decision.factory.js';
import { makeOperation } from './operation.factory.js';

/**
 * Test factories write building files through the core as the routes do: a property starts as newBuildingFile, rows
 * take their copies from buildingCopies, and every submitted operation or decision ends in projectBuildingFile; no
 * factory sets a status, first event, period or copy itself.
 */

let counter = 0;

export type PropertySpec = Partial<
  Pick<
    Property,
    'street' | 'houseNumber' | 'houseNumberSuffix' | 'postcode' | 'city' | 'cityAgs' | 'lat' | 'lon' | 'districtId' | 'subdistrictId' | 'origin' | 'note'
  >
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
    cityAgs: TEST_CITY_AGS,
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
    addressKey: addressKey({ street, houseNumber, houseNumberSuffix: fields.houseNumberSuffix ?? null }),
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
