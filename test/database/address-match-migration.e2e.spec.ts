import { describe, expect, it } from 'vitest';
import { Property } from '../../src/properties/property.entity.js';
import { makeProperty } from '../factories/property.factory.js';
import { undoMigrationsThrough } from '../helpers/migrations.js';
import { useTestApp } from '../helpers/test-app.js';

describe('migration AddressMatch1765600000000', () => {
  const t = useTestApp();

  it('should keep every building’s postcode when the postcode becomes optional, and when it is undone', async () => {
    const properties = [];
    for (const postcode of ['47051', '47166', '47279']) properties.push(await makeProperty(t, { postcode }));
    const postcodes = async () =>
      Object.fromEntries(
        (await t.dataSource.query<Array<{ id: string; postcode: string }>>('SELECT id, postcode FROM properties')).map((r) => [r.id, r.postcode]),
      );
    const expected = Object.fromEntries(properties.map((p) => [p.id, p.postcode]));
    await undoMigrationsThrough(t.dataSource, 'AddressMatch1765600000000');
    expect(await postcodes()).toEqual(expected);
    await t.dataSource.runMigrations({ transaction: 'each' });
    expect(await postcodes()).toEqual(expected);
    expect(await t.dataSource.getRepository(Property).findOneByOrFail({ id: properties[0].id })).toMatchObject({ officialAddressId: null, addressMatch: null });
  });
});
