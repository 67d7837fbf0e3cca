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
});
