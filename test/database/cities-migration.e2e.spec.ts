import { describe, expect, it } from 'vitest';
import { User } from '../../src/auth/user.entity.js';
import { Property } from '../../src/properties/property.entity.js';
import { makeDistrict } from '../factories/district.factory.js';
import { makeProperty } from '../factories/property.factory.js';
import { undoMigrationsThrough } from '../helpers/migrations.js';
import { useTestApp } from '../helpers/test-app.js';
import { createUser } from '../helpers/users.js';

describe('migration Cities1765300000000', () => {
  describe('on the Duisburg demo data of before', () => {
    const t = useTestApp();

    it('should put buildings, districts and users into Duisburg and keep every other column and value', async () => {
      const district = await makeDistrict(t, { code: '500', name: 'Mitte' });
      const property = await makeProperty(t, { districtId: district.id, note: 'Hinterhaus' });
      await t.dataSource.getRepository(Property).update({ id: property.id }, { version: 4 });
      const user = await createUser(t, 'lead');
      await undoMigrationsThrough(t.dataSource, 'Cities1765300000000');
      const e = (name: string) => t.dataSource.driver.escape(name);
      await expect(t.dataSource.query(`SELECT ${e('city_ags')} FROM ${e('properties')}`)).rejects.toThrow();

      await t.dataSource.runMigrations({ transaction: 'each' });

      expect(await t.dataSource.query(`SELECT ags, name, land, time_zone FROM cities`)).toEqual([
        { ags: '05112000', name: 'Duisburg', land: 'NW', time_zone: 'Europe/Berlin' },
      ]);
      const stored = await t.dataSource.getRepository(Property).findOneByOrFail({ id: property.id });
      expect(stored).toMatchObject({ cityAgs: '05112000', version: 4, note: 'Hinterhaus', districtId: district.id, status: property.status });
      expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).toMatchObject({ cityAgs: '05112000', version: 1 });
      expect(await t.dataSource.query(`SELECT ${e('city_ags')} AS ags FROM ${e('districts')}`)).toEqual([{ ags: '05112000' }]);
    });
  });

  describe('on buildings of another city', () => {
    const t = useTestApp();

    it('should stop rather than put them into a city they may not belong to', async () => {
      await makeProperty(t, { city: 'Essen' });
      await undoMigrationsThrough(t.dataSource, 'Cities1765300000000');
      await expect(t.dataSource.runMigrations({ transaction: 'each' })).rejects.toThrow(/buildings or districts of essen/);
      expect(await t.dataSource.getRepository(Property).count()).toBe(1);
    });
  });
});
