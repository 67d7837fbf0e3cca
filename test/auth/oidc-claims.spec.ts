import { describe, expect, it } from 'vitest';
import { claimAt, identityFromClaims } from '../../src/sso/oidc-claims.js';

const settings = {
  claims: { username: 'preferred_username', name: 'name', groups: 'groups' },
  roles: [
    ['hausakte-leitung', 'lead'],
    ['hausakte-kontrolle', 'inspector'],
  ] as const,
  agencies: [
    ['ordnungsamt', 'ordnungsamt'],
    ['bauaufsicht', 'bauaufsicht'],
  ] as const,
  cities: null,
};

describe('identityFromClaims', () => {
  it('should take role and agency from the first entry of each map the user holds', () => {
    const mapped = identityFromClaims(
      {
        sub: 's-1',
        preferred_username: 'm.schmidt',
        name: ' Marion Schmidt ',
        groups: ['bauaufsicht', 'hausakte-kontrolle', 'ordnungsamt', 'hausakte-leitung'],
      },
      settings,
    );
    expect(mapped).toEqual({
      identity: { subject: 's-1', username: 'm.schmidt', displayName: 'Marion Schmidt', role: 'lead', agencyCode: 'ordnungsamt', cityAgs: undefined },
    });
  });

  it('should keep a name from the directory on one line', () => {
    const mapped = identityFromClaims(
      { sub: 's', preferred_username: 'a', name: 'Marion\r\nSchmidt\u0007', groups: ['hausakte-leitung', 'ordnungsamt'] },
      settings,
    );
    expect(mapped).toMatchObject({ identity: { displayName: 'Marion Schmidt' } });
  });

  it('should read a single group sent as a string and fall back to the username for a missing name', () => {
    const mapped = identityFromClaims(
      { sub: 's-2', preferred_username: 'k.yilmaz', groups: 'hausakte-kontrolle' },
      { ...settings, agencies: [['hausakte-kontrolle', 'feuerwehr']] },
    );
    expect(mapped).toMatchObject({ identity: { displayName: 'k.yilmaz', role: 'inspector', agencyCode: 'feuerwehr' } });
  });

  it('should name what is missing: a usable username, a role, an agency, a city', () => {
    expect(identityFromClaims({ sub: 's', preferred_username: 'Name mit Leerzeichen', groups: ['hausakte-leitung', 'ordnungsamt'] }, settings)).toEqual({
      refusal: 'noUsername',
    });
    expect(identityFromClaims({ sub: 's', preferred_username: 'a', groups: ['ordnungsamt'] }, settings)).toEqual({ refusal: 'noRole' });
    expect(identityFromClaims({ sub: 's', preferred_username: 'a', groups: ['hausakte-leitung'] }, settings)).toEqual({ refusal: 'noAgency' });
    const cities = [['stadt-essen', '05113000']] as const;
    expect(identityFromClaims({ sub: 's', preferred_username: 'a', groups: ['hausakte-leitung', 'ordnungsamt'] }, { ...settings, cities })).toEqual({
      refusal: 'noCity',
    });
  });

  it('should give a Land role where the city map names null', () => {
    const mapped = identityFromClaims(
      { sub: 's', preferred_username: 'a', groups: ['hausakte-leitung', 'ordnungsamt', 'land'] },
      { ...settings, cities: [['land', null]] },
    );
    expect(mapped).toMatchObject({ identity: { cityAgs: null } });
  });
});

describe('claimAt', () => {
  it('should prefer a claim named with dots (ADFS role URIs) and otherwise follow the path into objects', () => {
    const uri = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role';
    expect(claimAt({ [uri]: ['hausakte-leitung'] }, uri)).toEqual(['hausakte-leitung']);
    expect(claimAt({ resource_access: { hausakte: { roles: ['lead'] } } }, 'resource_access.hausakte.roles')).toEqual(['lead']);
    expect(claimAt({ resource_access: ['x'] }, 'resource_access.hausakte.roles')).toBeUndefined();
  });
});
