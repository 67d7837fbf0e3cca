import { describe, expect, it } from 'vitest';
import { propertyChanges, reapplyChanges, type PropertyValues } from '../../client/src/ui/property-edits';

const base: PropertyValues = { street: 'Musterstraße', houseNumber: '3', houseNumberSuffix: '', postcode: '47166', city: 'Duisburg', note: '' };

describe('property edits', () => {
  it('should send only the fields the user changed, with an emptied suffix or note as null', () => {
    expect(propertyChanges(base, { ...base })).toEqual({});
    expect(propertyChanges(base, { ...base, street: ' Neue Straße ', houseNumberSuffix: 'b' })).toEqual({ street: 'Neue Straße', houseNumberSuffix: 'b' });
    expect(propertyChanges({ ...base, note: 'alt' }, { ...base, note: '  ' })).toEqual({ note: null });
  });

  it("should lay the user's changes over the fresh values and name the fields both people changed", () => {
    const mine = { ...base, houseNumberSuffix: 'c', note: 'Meine Notiz' };
    const fresh = { ...base, street: 'Umbenannte Straße', note: 'Andere Notiz' };
    expect(reapplyChanges(base, mine, fresh)).toEqual({
      values: { ...base, street: 'Umbenannte Straße', houseNumberSuffix: 'c', note: 'Meine Notiz' },
      overlapping: ['note'],
    });
  });

  it('should not call a field overlapping when the other person made the same change', () => {
    expect(reapplyChanges(base, { ...base, note: 'Gleich' }, { ...base, note: 'Gleich' }).overlapping).toEqual([]);
  });
});
