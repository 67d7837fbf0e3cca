import type { PropertyOrigin } from '../src/properties/property.entity.js';
import { addressKey } from '../src/properties/address-key.js';
import { newBuildingFile, statusPeriodRows } from '../src/properties/property-history.js';
import { projectHistory } from '../src/properties/property-status.js';
import { addAmendments } from './demo-amendments.js';
import { unitLabel } from './demo-names.js';
import type { Building, DemoContext, Flat, OperationPlan } from './demo-operations.js';
import { generateParties, linkParties } from './demo-parties.js';
import { demoGazetteer, demoMatcher } from './demo-gazetteer.js';
import { generatePlaces, type DemoPlace } from './demo-places.js';
import { DECLARED_SCENARIOS, fitSteps, planScenario, RELET_SCENARIOS, SCENARIO_COUNTS, type Scenario, type Step } from './demo-scenarios.js';
import { PropertyTimeline } from './demo-timeline.js';
import { Clock, emptyDataSet, type DemoActors, type DemoDataSet, type PropertyRow, type UnitRow } from './demo-types.js';
import { DEMO_CITY, DEMO_CITY_RECORD, type DuisburgOutlines } from './duisburg-outlines.js';
import { addDays, daysBetween, Random } from './random.js';
import { PROPERTY_STATUSES, type PropertyStatus } from '../src/properties/status-catalogue.js';

export const DEMO_SEED = 20_140_101;
export const DEMO_FIRST_DAY = '2014-01-06';
export const DEMO_LAST_DAY = '2026-10-31';
const DRAFTS = 3;
/** Buildings still uninhabitable or under renovation were mostly declared in the last years. */
const RECENT_SCENARIOS: readonly Scenario[] = ['declared', 'redeclared', 'renovation', 'released'];
const RECENT_DAYS = 3000;

export interface DemoDistrictIds {
  /** District id by Stadtbezirk or Ortsteil code. */
  byCode: ReadonlyMap<string, string>;
}

export interface GeneratedDemoData {
  data: DemoDataSet;
  /** Final status per property id, derived from its history with the rule the API uses. */
  statuses: Record<PropertyStatus, number>;
  everDeclared: number;
  reletAfterDeclaration: number;
}

const ORIGINS: ReadonlyArray<readonly [PropertyOrigin, number]> = [
  ['complaint', 30],
  ['tip', 15],
  ['register_anomaly', 20],
  ['utility_disconnection', 8],
  ['police', 10],
  ['field', 12],
  ['other', 5],
];

const PROPERTY_NOTES = [
  'Eigentümerin im Ausland, Zustellung über den Verwalter.',
  'Hinterhaus gehört zum Objekt.',
  'Schlüssel beim Hausmeister des Nachbarhauses.',
];

/**
 * The whole fictitious demo history, deterministic for a seed: ~600 buildings in the real Duisburg
 * districts, their owners, operations, findings, occupancy counts, measures and decisions, 2014 to 2026-10.
 */
export function generateDemoData(outlines: DuisburgOutlines, districts: DemoDistrictIds, actors: DemoActors, seed = DEMO_SEED): GeneratedDemoData {
  const rng = new Random(seed);
  const clock = new Clock();
  const data = emptyDataSet();
  const ctx: DemoContext = { rng, data, actors, clock, end: DEMO_LAST_DAY, fileNumbers: new Map() };
  const places = generatePlaces(rng, outlines);
  data.officialAddresses = demoGazetteer(places, DEMO_CITY_RECORD.ags);
  const officialMatch = demoMatcher(data.officialAddresses);
  const scenarios = rng.shuffle(Object.entries(SCENARIO_COUNTS).flatMap(([scenario, count]) => Array<Scenario>(count).fill(scenario as Scenario)));
  if (scenarios.length !== places.length) throw new Error(`demo data: ${places.length} places for ${scenarios.length} scenarios`);
  const parties = generateParties(rng, clock, data);
  const statuses = Object.fromEntries(PROPERTY_STATUSES.map((s) => [s, 0])) as Record<PropertyStatus, number>;
  let drafts = 0;

  places.forEach((place, index) => {
    const scenario = scenarios[index];
    const origin = rng.weighted(ORIGINS);
    const steps = planScenario(rng, scenario, origin);
    const available = daysBetween(DEMO_FIRST_DAY, DEMO_LAST_DAY);
    const fitted = fitSteps(steps, available);
    const span = requiredSpan(fitted);
    // Open tips are mostly recent; other histories start where their decisions still fit before the last day.
    const earliest = RECENT_SCENARIOS.includes(scenario) ? Math.max(0, available - span - RECENT_DAYS) : 0;
    const start =
      scenario === 'suspected' && rng.chance(0.8) ? addDays(DEMO_LAST_DAY, -rng.int(3, 700)) : addDays(DEMO_FIRST_DAY, rng.int(earliest, available - span));
    const building = createBuilding(rng, clock, data, place, districts, origin, start, actors.lead);
    Object.assign(building.property, officialMatch(place));
    const timeline = new PropertyTimeline(ctx, building);
    let date = start;
    for (const step of fitted) {
      date = addDays(date, step.gap);
      if (date > DEMO_LAST_DAY) break;
      if ('op' in step) timeline.file(step.op, date);
      else timeline.decide(step.decision, date, declarationDetails(rng, step.decision === 'declare_uninhabitable' ? timeline.lastFiled : null, step.reason));
    }
    if (scenario === 'inspected' && drafts < DRAFTS && daysBetween(timeline.lastDate, DEMO_LAST_DAY) > 20) {
      const draft: OperationPlan = { kind: 'follow_up', trigger: 'earlier_finding', worst: 'minor', occupancy: 'normal', registration: false };
      timeline.file(draft, addDays(DEMO_LAST_DAY, -rng.int(0, 10)), true);
      drafts += 1;
    }
    const history = timeline.history();
    const { periods, ...derived } = projectHistory(history);
    Object.assign(building.property, derived);
    data.statusPeriods.push(...statusPeriodRows(building.property, periods));
    building.property.updatedAt = clock.at(timeline.lastDate, 18);
    statuses[derived.status] += 1;
    linkParties(rng, clock, data, parties, building.property, timeline.lastDate);
  });
  addAmendments(rng, clock, data);

  const declared = new Set(data.decisions.filter((d) => d.type === 'declare_uninhabitable').map((d) => d.propertyId));
  const relet = new Set(data.decisions.filter((d) => d.type === 'relet' && declared.has(d.propertyId)).map((d) => d.propertyId));
  const expectedDeclared = DECLARED_SCENARIOS.reduce((total, s) => total + SCENARIO_COUNTS[s], 0);
  const expectedRelet = RELET_SCENARIOS.reduce((total, s) => total + SCENARIO_COUNTS[s], 0);
  if (declared.size !== expectedDeclared || relet.size !== expectedRelet) {
    throw new Error(`demo data: ${declared.size} declared / ${relet.size} re-let, expected ${expectedDeclared} / ${expectedRelet}`);
  }
  return { data, statuses, everDeclared: declared.size, reletAfterDeclaration: relet.size };
}

/** Days up to the last decision (or the first visit): later follow-ups that run past the last day are left out. */
function requiredSpan(steps: readonly Step[]): number {
  let offset = 0;
  let required = 0;
  steps.forEach((step, i) => {
    offset += step.gap;
    if (i === 0 || 'decision' in step) required = offset;
  });
  return required;
}

function createBuilding(
  rng: Random,
  clock: Clock,
  data: DemoDataSet,
  place: DemoPlace,
  districts: DemoDistrictIds,
  origin: PropertyOrigin,
  knownOn: string,
  createdBy: string,
): Building {
  const districtId = districts.byCode.get(place.bezirkCode);
  if (!districtId) throw new Error(`demo data: no district with code ${place.bezirkCode}`);
  const createdAt = clock.at(knownOn, 7);
  const property: PropertyRow = {
    id: rng.uuid(),
    street: place.street,
    houseNumber: place.houseNumber,
    houseNumberSuffix: place.houseNumberSuffix,
    postcode: place.postcode,
    city: DEMO_CITY,
    cityAgs: DEMO_CITY_RECORD.ags,
    addressKey: addressKey(place),
    lat: place.lat,
    lon: place.lon,
    officialAddressId: null,
    addressMatch: null,
    districtId,
    subdistrictId: place.ortsteilCode ? (districts.byCode.get(place.ortsteilCode) ?? null) : null,
    origin,
    note: rng.chance(0.1) ? rng.pick(PROPERTY_NOTES) : null,
    createdBy,
    importId: null,
    ...newBuildingFile(createdAt),
    updatedAt: createdAt,
    version: 1,
  };
  data.properties.push(property);
  const units: UnitRow[] = [];
  const flats: Flat[] = [];
  const layout = rng.weighted<'flats' | 'rooms' | 'uncounted'>([
    ['flats', 55],
    ['rooms', 8],
    ['uncounted', 37],
  ]);
  const count = layout === 'rooms' ? rng.int(6, 14) : layout === 'flats' ? rng.int(3, 12) : rng.int(2, 10);
  for (let i = 0; i < count; i += 1) {
    const singleRoom = layout === 'rooms';
    const livingSpaceM2 = singleRoom ? rng.int(9, 18) : rng.int(35, 95);
    if (layout === 'uncounted') {
      flats.push({ unitId: null, livingSpaceM2, singleRoom });
      continue;
    }
    const unit: UnitRow = {
      id: rng.uuid(),
      propertyId: property.id,
      label: unitLabel(i, singleRoom),
      livingSpaceM2,
      singleRoomSharedFacilities: singleRoom,
      createdAt,
    };
    units.push(unit);
    flats.push({ unitId: unit.id, livingSpaceM2, singleRoom });
  }
  data.units.push(...units);
  return { property, units, flats };
}

/** People affected by a declaration are those found at the operation that led to it, and where they went. */
function declarationDetails(rng: Random, filed: { personsFound: number; childrenFound: number } | null, reason: string) {
  if (!filed) return { reason };
  const persons = filed.personsFound;
  const shelter = Math.round(persons * rng.between(0.1, 0.45));
  const owner = Math.round((persons - shelter) * rng.between(0, 0.4));
  const self = Math.round((persons - shelter - owner) * rng.between(0.4, 0.9));
  return {
    reason,
    personsAffected: persons,
    childrenAffected: filed.childrenFound,
    rehoused: { shelter, owner, self, unknown: persons - shelter - owner - self },
  };
}
