import { describe, expect, it } from 'vitest';
import { matchAddress } from '../../src/addresses/address-match.js';
import type { ProblemBody } from '../../src/common/problem.js';
import type { PropertyDetailDto } from '../../src/properties/properties.dto.js';
import { Property } from '../../src/properties/property.entity.js';
import { gebrefLine, importGazetteer } from '../factories/gebref.factory.js';
import { TEST_CITY_AGS, useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';
import { patchProperty, propertyInput } from './property-factory.js';

const ESSEN = '05113000';
const HAMBORN = { lat: 51.4935, lon: 6.7618 };

describe('matching buildings with the official addresses', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  const post = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/properties', headers: users.inspector.headers, payload });
  const stored = (id: string) => t.dataSource.getRepository(Property).findOneByOrFail({ id });
  const importAs = (...lines: string[]) => importGazetteer(t, users.admin, lines);
  const official = (n: number, street: string, number: string, suffix = '', ags = TEST_CITY_AGS) =>
    gebrefLine({ oi: `DENW${String(n).padStart(12, '0')}`, ags, street, number, suffix, lon: HAMBORN.lon + n / 10_000, lat: HAMBORN.lat });
  const pointOf = (n: number) => ({ lat: HAMBORN.lat, lon: HAMBORN.lon + n / 10_000 });
  let waiting: { id: string };
  let typedWrong: { id: string };

  it('should leave the match open while the city has no official addresses, and take a building without a postcode', async () => {
    const res = await post(propertyInput({ street: 'Kaiser-Wilhelm-Straße', houseNumber: '7', postcode: undefined, ...HAMBORN }));
    expect(res.statusCode).toBe(201);
    const body = res.json<PropertyDetailDto>();
    expect(body).toMatchObject({ officialAddressId: null, addressMatch: null, address: { postcode: null, label: 'Kaiser-Wilhelm-Straße 7, Duisburg' } });
    expect(await stored(body.id)).toMatchObject({ postcode: null, officialAddressId: null, addressMatch: null });
    waiting = body;
    typedWrong = (await post(propertyInput({ street: 'Kaiserwilhelmweg', houseNumber: '7', ...HAMBORN }))).json<PropertyDetailDto>();
  });

  it('should match the buildings waiting when the city’s addresses arrive, keeping their positions, and count them in the import', async () => {
    const report = await importAs(
      official(1, 'Kaiser-Wilhelm-Straße', '7'),
      official(2, 'Weseler Straße', '12'),
      official(3, 'Weseler Straße', '12', 'a'),
      official(4, 'Weseler Straße', '14'),
      official(5, 'Weseler Straße', '14'),
      official(6, 'Weseler Straße', '20', '', ESSEN),
    );
    expect(report.matched).toBe(2);
    expect(await stored(waiting.id)).toMatchObject({ officialAddressId: 'DENW000000000001', addressMatch: 'manual_pin', ...HAMBORN });
    expect(await stored(typedWrong.id)).toMatchObject({ officialAddressId: null, addressMatch: 'unmatched' });
  });

  it('should place a building chosen from the official addresses on the official point, as official', async () => {
    const res = await post(
      propertyInput({
        street: 'Weseler Straße',
        houseNumber: '12',
        houseNumberSuffix: 'a',
        postcode: undefined,
        officialAddressId: 'DENW000000000003',
        ...pointOf(3),
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json<PropertyDetailDto>()).toMatchObject({ officialAddressId: 'DENW000000000003', addressMatch: 'official' });
    expect(await stored(res.json<PropertyDetailDto>().id)).toMatchObject({ officialAddressId: 'DENW000000000003', addressMatch: 'official', ...pointOf(3) });
  });

  it('should match an address typed in another spelling, and call a pin set beside its point manual', async () => {
    const res = await post(propertyInput({ street: 'Weseler Str.', houseNumber: '12', ...pointOf(2.5) }));
    expect(res.json<PropertyDetailDto>()).toMatchObject({ officialAddressId: 'DENW000000000002', addressMatch: 'manual_pin' });
    expect(await stored(res.json<PropertyDetailDto>().id)).toMatchObject(pointOf(2.5));
  });

  it('should take the nearest of several official points sharing street and number', async () => {
    const res = await post(propertyInput({ street: 'Weseler Straße', houseNumber: '14', ...pointOf(5) }));
    expect(res.json<PropertyDetailDto>()).toMatchObject({ officialAddressId: 'DENW000000000005', addressMatch: 'official' });
  });

  it('should flag an address no official one has', async () => {
    const res = await post(propertyInput({ street: 'Weseler Straße', houseNumber: '99', ...HAMBORN }));
    expect(res.json<PropertyDetailDto>()).toMatchObject({ officialAddressId: null, addressMatch: 'unmatched' });
  });

  it('should refuse a chosen official address whose text differs, of another city, or unknown, and store nothing', async () => {
    const before = await t.dataSource.getRepository(Property).count();
    for (const [overrides, message] of [
      [
        { street: 'Weseler Straße', houseNumber: '16', officialAddressId: 'DENW000000000003' },
        'street, house number and suffix differ from the official address',
      ],
      [
        { street: 'Weseler Straße', houseNumber: '20', officialAddressId: 'DENW000000000006' },
        'no current official address with this id in the building’s city',
      ],
      [{ street: 'Weseler Straße', houseNumber: '21', officialAddressId: 'DENW999' }, 'no current official address with this id in the building’s city'],
    ] as const) {
      const res = await post(propertyInput({ ...overrides, ...HAMBORN }));
      expect(res.statusCode).toBe(400);
      expect(res.json<ProblemBody>()).toMatchObject({
        code: 'unknown_official_address',
        errors: [{ field: 'officialAddressId', code: 'unknownOfficialAddress', message }],
      });
    }
    expect(await t.dataSource.getRepository(Property).count()).toBe(before);
  });

  it('should match again when a correction changes the address, and remove a postcode with null', async () => {
    const res = await patchProperty(t, users.lead, typedWrong.id, {
      street: 'Kaiser-Wilhelm-Straße',
      houseNumber: '7',
      city: 'Duisburg-Hamborn',
      postcode: null,
    });
    expect(res.statusCode).toBe(200);
    expect(await stored(typedWrong.id)).toMatchObject({ officialAddressId: 'DENW000000000001', addressMatch: 'manual_pin', postcode: null });
  });

  it('should leave the match alone when only the note changes', async () => {
    await t.dataSource.getRepository(Property).update({ id: waiting.id }, { addressMatch: 'official' });
    expect((await patchProperty(t, users.lead, waiting.id, { note: 'Hinterhaus' })).statusCode).toBe(200);
    expect(await stored(waiting.id)).toMatchObject({ addressMatch: 'official', note: 'Hinterhaus' });
  });
  it('should follow an address re-issued under a new identifier, and flag a building whose address is gone', async () => {
    const reissued = gebrefLine({
      oi: 'DENW000000000099',
      ags: TEST_CITY_AGS,
      street: 'Kaiser-Wilhelm-Straße',
      number: '7',
      lon: HAMBORN.lon + 1 / 10_000,
      lat: HAMBORN.lat,
    });
    const report = await importAs(reissued, official(2, 'Weseler Straße', '12'), official(4, 'Weseler Straße', '14'), official(5, 'Weseler Straße', '14'));
    expect(await stored(waiting.id)).toMatchObject({ officialAddressId: 'DENW000000000099', addressMatch: 'manual_pin', ...HAMBORN });
    expect(await stored(typedWrong.id)).toMatchObject({ officialAddressId: 'DENW000000000099', addressMatch: 'manual_pin' });
    const [gone] = await t.dataSource.getRepository(Property).findBy({ street: 'Weseler Straße', houseNumber: '12', houseNumberSuffix: 'a' });
    expect(gone).toMatchObject({ officialAddressId: null, addressMatch: 'unmatched', ...pointOf(3) });
    expect(report.matched).toBe(3);
  });
});

describe('matchAddress', () => {
  const point = { lat: 51.5, lon: 6.75 };
  it('should call a building on its point official, a few metres beside it a manual pin, and take the nearest point', () => {
    expect(matchAddress([{ id: 'a', ...point }], point, true)).toEqual({ officialAddressId: 'a', addressMatch: 'official' });
    expect(matchAddress([{ id: 'a', ...point }], { lat: 51.50003, lon: 6.75 }, true)).toEqual({ officialAddressId: 'a', addressMatch: 'manual_pin' });
    const far = { id: 'far', lat: 51.6, lon: 6.75 };
    expect(matchAddress([far, { id: 'near', lat: 51.5001, lon: 6.75 }], point, true).officialAddressId).toBe('near');
  });
  it('should flag no candidate as unmatched only where the city has official addresses', () => {
    expect(matchAddress([], point, true)).toEqual({ officialAddressId: null, addressMatch: 'unmatched' });
    expect(matchAddress([], point, false)).toEqual({ officialAddressId: null, addressMatch: null });
  });
});
