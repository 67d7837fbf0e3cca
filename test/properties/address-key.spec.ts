import { describe, expect, it } from 'vitest';
import { addressKey, normaliseHouseNumber, normaliseStreet } from '../../src/properties/address-key.js';

describe('normaliseStreet', () => {
  it.each([
    ['Musterstraße', 'musterstr'],
    ['Musterstrasse', 'musterstr'],
    ['Musterstr.', 'musterstr'],
    ['Muster Str.', 'musterstr'],
    ['Muster-Straße', 'musterstr'],
    ['  MUSTERSTRASSE ', 'musterstr'],
    ['Königsberger Allee', 'koenigsbergerallee'],
    ['Kaiser-Wilhelm-Straße', 'kaiserwilhelmstr'],
    ['Straße des 17. Juni', 'strdes17juni'],
    ['Weißenburger Str', 'weissenburgerstr'],
    ['Düsseldorfer Straße', 'duesseldorferstr'],
    ['Rue de l’Église', 'ruedeleglise'],
  ])('should normalise %j to %j', (input, expected) => {
    expect(normaliseStreet(input)).toBe(expected);
  });

  it('should leave words that merely start with "Strassen" alone', () => {
    expect(normaliseStreet('Straßenbahnweg')).toBe('strassenbahnweg');
  });
});

describe('normaliseHouseNumber', () => {
  it('should zero-pad the number so that 9 sorts before 10', () => {
    expect(normaliseHouseNumber('9').number < normaliseHouseNumber('10').number).toBe(true);
  });

  it('should treat a suffix typed into the number like a separate suffix', () => {
    expect(normaliseHouseNumber('12a')).toEqual(normaliseHouseNumber('12', 'A'));
    expect(normaliseHouseNumber('12 A')).toEqual({ number: '000012', suffix: 'a' });
  });

  it('should drop leading zeros and keep ranges', () => {
    expect(normaliseHouseNumber('012')).toEqual({ number: '000012', suffix: '' });
    expect(normaliseHouseNumber('12-14')).toEqual({ number: '000012', suffix: '-14' });
  });
});

describe('addressKey', () => {
  it('should give the same key for the same address written differently', () => {
    const a = addressKey({ street: 'Weißenburger Straße', houseNumber: '12', houseNumberSuffix: 'a' });
    const b = addressKey({ street: 'weissenburger str.', houseNumber: '12A', houseNumberSuffix: null });
    expect(a).toBe(b);
    expect(a).toBe('weissenburgerstr|000012|a');
  });

  it('should tell different numbers and suffixes apart', () => {
    const base = { street: 'Musterstraße', houseNumber: '12' };
    expect(addressKey(base)).not.toBe(addressKey({ ...base, houseNumber: '13' }));
    expect(addressKey(base)).not.toBe(addressKey({ ...base, houseNumberSuffix: 'b' }));
  });
});
