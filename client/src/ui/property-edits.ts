import type { PropertyChanges, PropertyDetail } from '../api-types';

/** The fields of a property a lead corrects by hand; location and district change on the map. */
export const PROPERTY_FIELDS = ['street', 'houseNumber', 'houseNumberSuffix', 'postcode', 'city', 'note'] as const;
export type PropertyField = (typeof PROPERTY_FIELDS)[number];
export type PropertyValues = Record<PropertyField, string>;

/** The form's values for a property as the server answered it. */
export function propertyValues(property: PropertyDetail): PropertyValues {
  const { street, houseNumber, houseNumberSuffix, postcode, city } = property.address;
  return { street, houseNumber, houseNumberSuffix: houseNumberSuffix ?? '', postcode: postcode ?? '', city, note: property.note ?? '' };
}

const OPTIONAL: ReadonlySet<PropertyField> = new Set(['houseNumberSuffix', 'postcode', 'note']);
const sent = (field: PropertyField, text: string): string | null => (OPTIONAL.has(field) && text.trim() === '' ? null : text.trim());

/** Only what the user changed, so a PATCH never writes back a value they did not touch. */
export function propertyChanges(base: PropertyValues, values: PropertyValues): PropertyChanges {
  const changes: Record<string, string | null> = {};
  for (const field of PROPERTY_FIELDS) if (sent(field, values[field]) !== sent(field, base[field])) changes[field] = sent(field, values[field]);
  return changes;
}

/**
 * After a 412: the fresh values with the user's own changes laid over them; `overlapping` names the fields that
 * both the user and the other person changed, where the user's value now replaces the other one.
 */
export function reapplyChanges(base: PropertyValues, mine: PropertyValues, fresh: PropertyValues): { values: PropertyValues; overlapping: PropertyField[] } {
  const changed = Object.keys(propertyChanges(base, mine)) as PropertyField[];
  const values = { ...fresh };
  for (const field of changed) values[field] = mine[field];
  return {
    values,
    overlapping: changed.filter((field) => sent(field, fresh[field]) !== sent(field, base[field]) && sent(field, fresh[field]) !== sent(field, mine[field])),
  };
}
