import { describe, expect, it } from 'vitest';
import { checkDistrictFeature, type DistrictFeatureInput } from '../../src/districts/district-features.js';

const square = [
  [6.7, 51.4],
  [6.8, 51.4],
  [6.8, 51.5],
  [6.7, 51.4],
];
const feature = (properties: DistrictFeatureInput['properties']): DistrictFeatureInput => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: [square] },
});
const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as { getResponse(): { errors: Array<{ field: string }> } }).getResponse().errors[0]?.field;
  }
  return undefined;
};

describe('checkDistrictFeature', () => {
  it('should accept numeric codes and parents as their text', () => {
    const checked = checkDistrictFeature(feature({ code: 101, name: ' Hamborn-Ost ', level: 'ortsteil', parent: 1 }), 0);
    expect(checked).toMatchObject({ code: '101', name: 'Hamborn-Ost', level: 'ortsteil', parentCode: '1' });
  });

  it('should refuse a parent that is neither text nor a number instead of storing "[object Object]"', () => {
    expect(fieldOf(() => checkDistrictFeature(feature({ code: '101', name: 'X', level: 'ortsteil', parent: { code: '1' } }), 3))).toBe(
      'features[3].properties.parent',
    );
  });

  it('should refuse a ring that is not closed, naming the geometry', () => {
    const open = { ...feature({ code: '1', name: 'X', level: 'bezirk' }), geometry: { type: 'Polygon', coordinates: [[...square.slice(0, 3), [6.7, 51.45]]] } };
    expect(fieldOf(() => checkDistrictFeature(open, 0))).toBe('features[0].geometry');
  });
});
