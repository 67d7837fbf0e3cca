import { describe, expect, it } from 'vitest';
import { addressSearchKey, streetKey } from '../../src/addresses/address-normal.js';
import { gebrefRow, genericCsvRow, type RowResult } from '../../src/addresses/gazetteer-rows.js';

const problemOf = (result: RowResult) => ('problem' in result ? result.problem : null);

const line = (overrides: Partial<Record<number, string>> = {}) => {
  const fields = [
    '',
    'DENW000002207504',
    'A',
    '05',
    '1',
    '12',
    '000',
    '0000',
    '12741',
    '6',
    'a',
    '32349925,060',
    '5701234,567',
    'Minoritenstraße',
    '2022-01-01',
  ];
  for (const [i, value] of Object.entries(overrides)) fields[Number(i)] = value!;
  return fields;
};

describe('streetKey', () => {
  it('should read Straße, Strasse, Str. and spaces, hyphens, umlauts and case alike', () => {
    const forms = ['Friedrich-Wilhelm-Straße', 'Friedrich Wilhelm Strasse', 'friedrich-wilhelm-str.', 'FRIEDRICH-WILHELM-STR'];
    expect(new Set(forms.map(streetKey))).toEqual(new Set(['friedrichwilhelmstr']));
    expect(new Set(['Düsseldorfer Straße', 'Duesseldorfer Str.', 'Dusseldorfer Strasse'].map(streetKey))).toEqual(new Set(['dusseldorferstr']));
    expect(addressSearchKey('Am Buschhaus', '12', ' A')).toBe('ambuschhaus 12a');
  });
});

describe('gebrefRow', () => {
  it('should read a published line: municipality key, number and suffix, zone-prefixed easting with decimal comma', () => {
    const result = gebrefRow(line());
    expect(result).toMatchObject({
      row: {
        id: 'DENW000002207504',
        ags: '05112000',
        street: 'Minoritenstraße',
        houseNumber: '6',
        houseNumberSuffix: 'a',
        postcode: null,
        validOn: '2022-01-01',
      },
    });
    const { row } = result as { row: { lat: number; lon: number } };
    expect(row.lon).toBeGreaterThan(6.7);
    expect(row.lat).toBeGreaterThan(51.4);
  });

  it('should read the EPSG:25832 variant of the file to the same point', () => {
    const prefixed = gebrefRow(line()) as { row: { lat: number; lon: number } };
    const plain = gebrefRow(line({ 11: '349925,060' })) as { row: { lat: number; lon: number } };
    expect(plain.row).toMatchObject({ lat: prefixed.row.lat, lon: prefixed.row.lon });
  });

  it('should skip a line marked for deletion and name what is wrong with a broken one', () => {
    expect(gebrefRow(line({ 0: 'L' }))).toEqual({ deleted: true });
    expect(problemOf(gebrefRow(line({ 5: 'x' })))).toContain('municipality key');
    expect(problemOf(gebrefRow(line({ 13: '' })))).toContain('street');
    expect(problemOf(gebrefRow(line({ 12: '' })))).toContain('coordinates');
    expect(problemOf(gebrefRow(line({ 12: '1000000,000' })))).toContain('outside Germany');
    expect(problemOf(gebrefRow(['only', 'three', 'fields']))).toContain('14 fields');
  });
});

describe('genericCsvRow', () => {
  it('should derive the same identifier from the same line and a new one when the point moves', () => {
    const fields = ['Weseler Straße', '3', '', '47169', 'Duisburg', '6,746', '51,479', '4326'];
    const first = genericCsvRow(fields, '05112000') as { row: { id: string } };
    expect((genericCsvRow(fields, '05112000') as { row: { id: string } }).row.id).toBe(first.row.id);
    expect((genericCsvRow([...fields.slice(0, 5), '6,747', '51,479', '4326'], '05112000') as { row: { id: string } }).row.id).not.toBe(first.row.id);
    expect(problemOf(genericCsvRow([...fields.slice(0, 7), '3857'], '05112000'))).toContain('3857');
    expect(problemOf(genericCsvRow([...fields.slice(0, 3), '4716', ...fields.slice(4)], '05112000'))).toContain('postcode');
  });
});
