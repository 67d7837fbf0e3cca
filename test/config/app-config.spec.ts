import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../../src/config/app-config.js';

describe('loadAppConfig', () => {
  it('should refuse PostgreSQL without a shared token secret, naming the variable', () => {
    expect(() => loadAppConfig({ DATABASE_URL: 'postgres://db.invalid/hausakte', AUTH_TOKEN_SECRET: '' }, null)).toThrow(
      /AUTH_TOKEN_SECRET must be set when DATABASE_URL is used/,
    );
  });

  it('should refuse a bad value and name each bad variable', () => {
    expect(() => loadAppConfig({ PORT: 'eighty', DEMO_DATA: 'true', LOG_LEVEL: 'loud' }, null)).toThrow(/PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/);
  });

  it('should read defaults when nothing is set', () => {
    const config = loadAppConfig({ DATABASE_URL: '', AUTH_TOKEN_SECRET: '' }, null);
    expect(config.port).toBe(3000);
    expect(config.demoData).toBe(true);
    expect(config.summaryMinCell).toBe(3);
  });

  describe('single sign-on', () => {
    const sso = {
      DATABASE_URL: '',
      AUTH_TOKEN_SECRET: '',
      OIDC_ISSUER_URL: 'https://login.stadt.example/realms/stadt',
      OIDC_CLIENT_ID: 'hausakte',
      OIDC_REDIRECT_URL: 'https://hausakte.stadt.example/api/v1/auth/oidc/callback',
      OIDC_ROLE_MAP: '{"hausakte-leitung":"lead","hausakte-kontrolle":"inspector"}',
      OIDC_AGENCY_MAP: '{"ordnungsamt":"ordnungsamt"}',
    };

    it('should keep the maps in their written order, which decides between several matches', () => {
      const config = loadAppConfig({ ...sso, OIDC_CITY_MAP: '{"essen":"05113000","land":null}' }, null);
      expect(config.oidc?.roles).toEqual([
        ['hausakte-leitung', 'lead'],
        ['hausakte-kontrolle', 'inspector'],
      ]);
      expect(config.oidc?.cities).toEqual([
        ['essen', '05113000'],
        ['land', null],
      ]);
      expect(config.oidc?.clientSecret).toBeNull();
      expect(config.passwordLogin).toBe(true);
    });

    it('should refuse a map that is no JSON object of known values, naming each bad variable', () => {
      expect(() => loadAppConfig({ ...sso, OIDC_ROLE_MAP: '{"hausakte-leitung":"chef"}', OIDC_AGENCY_MAP: '["ordnungsamt"]' }, null)).toThrow(
        /OIDC_ROLE_MAP must be a JSON object[\s\S]*OIDC_AGENCY_MAP must be a JSON object/,
      );
      expect(() => loadAppConfig({ ...sso, OIDC_CITY_MAP: '{"essen":"5113"}' }, null)).toThrow(/OIDC_CITY_MAP must be a JSON object/);
    });

    it('should refuse plain http to a provider elsewhere, and an issuer without client or callback', () => {
      expect(() => loadAppConfig({ ...sso, OIDC_ISSUER_URL: 'http://login.stadt.example/realms/stadt' }, null)).toThrow(/OIDC_ISSUER_URL must use https/);
      expect(loadAppConfig({ ...sso, OIDC_ISSUER_URL: 'http://127.0.0.1:8080/realms/dev' }, null).oidc?.issuer.host).toBe('127.0.0.1:8080');
      expect(() => loadAppConfig({ ...sso, OIDC_CLIENT_ID: '', OIDC_REDIRECT_URL: '' }, null)).toThrow(
        /OIDC_CLIENT_ID must be set[\s\S]*OIDC_REDIRECT_URL must be set/,
      );
    });

    it('should refuse switching passwords off without single sign-on, since nobody could sign in', () => {
      expect(() => loadAppConfig({ DATABASE_URL: '', AUTH_TOKEN_SECRET: '', PASSWORD_LOGIN: 'false' }, null)).toThrow(
        /PASSWORD_LOGIN=false needs single sign-on/,
      );
      expect(loadAppConfig({ ...sso, PASSWORD_LOGIN: 'false' }, null).passwordLogin).toBe(false);
    });
  });
});
