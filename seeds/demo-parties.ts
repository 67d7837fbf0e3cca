import type { PartyRole } from '../src/parties/property-party.entity.js';
import { companyName, formerCompanyName, personName } from './demo-names.js';
import { DEMO_CITY_RECORD } from './duisburg-outlines.js';
import type { Clock, DemoDataSet, PartyRow, PropertyRow } from './demo-types.js';
import { addDays, daysBetween, type Random } from './random.js';

const COMPANIES = 48;
const PERSONS = 40;
const RENAMED = 12;

export interface PartyPool {
  owners: PartyRow[];
  persons: PartyRow[];
  managers: PartyRow[];
}

/** Invented owner and manager companies (a few renamed, keeping their old names as aliases) and private owners. */
export function generateParties(rng: Random, clock: Clock, data: DemoDataSet): PartyPool {
  const createdAt = clock.at('2014-01-02', 7);
  const companies: PartyRow[] = [];
  for (let i = 0; i < COMPANIES; i += 1) {
    const aliases = i < RENAMED ? [formerCompanyName(i, 0), ...(i % 4 === 0 ? [formerCompanyName(i, 1)] : [])] : [];
    companies.push({
      id: rng.uuid(),
      kind: 'company',
      name: companyName(i),
      aliases,
      contactAddress: rng.chance(0.8) ? `Musterallee ${rng.int(1, 99)}, 99999 Musterstadt` : null,
      cityAgs: DEMO_CITY_RECORD.ags,
      createdAt,
      version: 1,
      importId: null,
    });
  }
  const persons: PartyRow[] = [];
  for (let i = 0; i < PERSONS; i += 1) {
    persons.push({
      id: rng.uuid(),
      kind: 'person',
      name: personName(i * 5),
      aliases: [],
      contactAddress: rng.chance(0.6) ? `Beispielweg ${rng.int(1, 99)}, 99999 Musterstadt` : null,
      cityAgs: DEMO_CITY_RECORD.ags,
      createdAt,
      version: 1,
      importId: null,
    });
  }
  data.parties.push(...companies, ...persons);
  const managers = companies.filter((c) => c.name.includes('Hausverwaltung') || c.name.includes('Vermögensverwaltung'));
  return { owners: companies.filter((c) => !managers.includes(c)), persons, managers };
}

/** Links owners (a few concentrate many buildings), sometimes a manager, a landlord, and changes of owner. */
export function linkParties(rng: Random, clock: Clock, data: DemoDataSet, pool: PartyPool, property: PropertyRow, lastDate: string): void {
  const knownOn = property.createdAt.toISOString().slice(0, 10);
  const link = (partyId: string, role: PartyRole, validFrom: string | null, validTo: string | null) =>
    data.propertyParties.push({ id: rng.uuid(), propertyId: property.id, partyId, role, validFrom, validTo, createdAt: clock.at(knownOn, 7), importId: null });
  const owner = () => (rng.chance(0.7) ? rng.weighted(pool.owners.map((p, i) => [p, 1 / (i + 1)] as const)) : rng.pick(pool.persons));
  const since = addDays(knownOn, -rng.int(200, 3000));
  const first = owner();
  const span = daysBetween(knownOn, lastDate);
  if (span > 180 && rng.chance(0.15)) {
    const change = addDays(knownOn, rng.int(60, span - 30));
    link(first.id, 'owner', since, addDays(change, -1));
    let next = owner();
    if (next.id === first.id) next = rng.pick(pool.persons.filter((p) => p.id !== first.id));
    link(next.id, 'owner', change, null);
  } else {
    link(first.id, 'owner', since, null);
  }
  if (rng.chance(0.4)) link(rng.pick(pool.managers).id, 'manager', addDays(since, rng.int(0, 400)), null);
  if (rng.chance(0.1)) link(rng.pick(pool.persons).id, 'landlord', null, null);
}
