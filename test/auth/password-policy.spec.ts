import { describe, expect, it } from 'vitest';
import { passwordRule } from '../../src/auth/password-policy.js';

describe('passwordRule (OWASP ASVS 5 §6.2)', () => {
  it.each(['123qweasdzxc', 'QAZWSXEDCRFV', ' administrator ', 'passwordpassword'])('should refuse the common password %j, whatever its case', (password) => {
    expect(passwordRule(password, 'it.admin')).toBe('commonPassword');
  });

  it('should refuse the demo logins’ published password as anyone’s own', () => {
    expect(passwordRule('Hausakte-Demo', 'it.admin')).toBe('commonPassword');
  });

  it('should refuse a password containing the username', () => {
    expect(passwordRule('Willkommen-it.Admin-2026', 'it.admin')).toBe('containsUsername');
  });

  it('should accept a long passphrase without any composition rule', () => {
    expect(passwordRule('rathaus am burgplatz im regen', 'it.admin')).toBeNull();
    expect(passwordRule('Rathausplatz-Eins-2026', 'it.admin')).toBeNull();
  });
});
