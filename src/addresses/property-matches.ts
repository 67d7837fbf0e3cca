import { In, type EntityManager } from 'typeorm';
import { Property } from '../properties/property.entity.js';
import { matchAddress, officialCandidates } from './address-match.js';

/**
 * After an import of a city's addresses: its buildings not matched before (no gazetteer then, or no official address
 * with theirs), and those whose official address the import made historic (gone, or re-issued under a new
 * identifier), are matched with the addresses as they now are. Positions stay as they were; only the verdict moves.
 * Answers how many buildings got a new verdict.
 */
export async function matchWaitingProperties(manager: EntityManager, cityAgs: readonly string[]): Promise<number> {
  if (!cityAgs.length) return 0;
  const waiting = await manager
    .getRepository(Property)
    .createQueryBuilder('p')
    .leftJoin('p.officialAddress', 'a')
    .select(['p.id', 'p.cityAgs', 'p.street', 'p.houseNumber', 'p.houseNumberSuffix', 'p.lat', 'p.lon', 'p.officialAddressId', 'p.addressMatch'])
    .where({ cityAgs: In(cityAgs) })
    .andWhere("(p.addressMatch IS NULL OR p.addressMatch = 'unmatched' OR a.historic = :historic)", { historic: true })
    .getMany();
  let changed = 0;
  for (const property of waiting) {
    // The import has just delivered addresses of each city given, so each has a gazetteer.
    const matched = matchAddress(await officialCandidates(manager, property.cityAgs, property), property, true);
    if (matched.addressMatch === property.addressMatch && matched.officialAddressId === property.officialAddressId) continue;
    await manager.getRepository(Property).update({ id: property.id }, matched);
    changed += 1;
  }
  return changed;
}
