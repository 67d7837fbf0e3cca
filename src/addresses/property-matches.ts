import { In, IsNull, type EntityManager } from 'typeorm';
import { Property } from '../properties/property.entity.js';
import { matchAddress, officialCandidates } from './address-match.js';

/**
 * After an import of a city's addresses: its buildings not matched before (no gazetteer then, or no official address
 * with theirs) are matched with the addresses as they now are. Positions stay as they were; only the verdict moves.
 * Answers how many buildings got a new verdict.
 */
export async function matchWaitingProperties(manager: EntityManager, cityAgs: readonly string[]): Promise<number> {
  if (!cityAgs.length) return 0;
  const waiting = await manager.getRepository(Property).find({
    where: [
      { cityAgs: In(cityAgs), addressMatch: IsNull() },
      { cityAgs: In(cityAgs), addressMatch: 'unmatched' },
    ],
    select: { id: true, cityAgs: true, street: true, houseNumber: true, houseNumberSuffix: true, lat: true, lon: true, addressMatch: true },
  });
  let changed = 0;
  for (const property of waiting) {
    // The import has just delivered addresses of each city given, so each has a gazetteer.
    const matched = matchAddress(await officialCandidates(manager, property.cityAgs, property), property, true);
    if (matched.addressMatch === property.addressMatch) continue;
    await manager.getRepository(Property).update({ id: property.id }, matched);
    changed += 1;
  }
  return changed;
}
