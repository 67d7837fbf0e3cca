import { randomUUID } from 'node:crypto';
import { IsNull, Not } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoginResponseDto, UserResponseDto } from '../../src/auth/auth.dto.js';
import { User } from '../../src/auth/user.entity.js';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { OidcSignIn } from '../../src/sso/oidc-sign-in.entity.js';
import { browseSignIn, startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider.js';
import { createTestApp, TEST_CITY_AGS, type TestApp } from '../helpers/test-app.js';
import { createUser, TEST_PASSWORD } from '../helpers/users.js';

describe('single sign-on through the city’s OpenID provider', () => {
  let provider: TestOidcProvider;
  let t: TestApp;

  beforeAll(async () => {
    provider = await startOidcProvider();
    t = await createTestApp(provider.env);
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });
  afterEach(() => provider.tamper('none'));

  const inject = (url: string) => t.app.inject({ method: 'GET', url });
  const exchange = (code: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/oidc/session', payload: { code } });
  const users = () => t.dataSource.getRepository(User);
  /** A provider account with a fresh subject, as the city's directory holds it. */
  const account = (claims: Record<string, unknown>) => {
    const subject = randomUUID();
    provider.accounts.set(subject, claims);
    provider.signInAs(subject);
    return subject;
  };
  const signIn = async () => {
    const landing = await browseSignIn(inject);
    return new URLSearchParams(landing.hash.slice(1));
  };

  it('should create the account on the first sign-in with the role, agency and city its groups map to, and answer a working session', async () => {
    const subject = account({ preferred_username: 'm.schmidt', name: 'Marion Schmidt', groups: ['hausakte-leitung', 'ordnungsamt', 'alle-beschaeftigten'] });
    const landing = await signIn();
    expect(landing.has('ssoError')).toBe(false);

    const answer = await exchange(landing.get('sso')!);
    expect(answer.statusCode).toBe(200);
    const session = answer.json<LoginResponseDto>();
    expect(session.user).toMatchObject({ username: 'm.schmidt', displayName: 'Marion Schmidt', role: 'lead', agencyCode: 'ordnungsamt' });
    expect(session.user.city?.ags).toBe(TEST_CITY_AGS);
    expect(session.passwordChangeRequired).toBe(false);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${session.accessToken}` } });
    expect(me.json<UserResponseDto>().permissions).toContain('decision:create');

    const stored = await users().findOneByOrFail({ username: 'm.schmidt' });
    expect(stored).toMatchObject({
      role: 'lead',
      agencyCode: 'ordnungsamt',
      cityAgs: TEST_CITY_AGS,
      ssoIssuer: new URL(provider.issuer).href,
      ssoSubject: subject,
    });
    expect(stored.passwordHash).toBe('');
    const created = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'user_created', entityId: stored.id });
    expect(created).toHaveLength(1);
    // No Hausakte password: the account signs in through the provider only.
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'm.schmidt', password: 'any-password-at-all' } });
    expect(login.statusCode).toBe(401);
  });

  it('should hand the session over once: the one-time code and the provider’s callback do not work twice', async () => {
    account({ preferred_username: 'k.yilmaz', groups: ['hausakte-kontrolle', 'bauaufsicht'] });
    const landing = await browseSignIn(inject);
    const code = new URLSearchParams(landing.hash.slice(1)).get('sso')!;
    const [a, b] = await Promise.all([exchange(code), exchange(code)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 401]);
    expect(await t.dataSource.getRepository(OidcSignIn).countBy({ handoffHash: Not(IsNull()) })).toBe(0);
  });

  it('should refuse a callback whose sign-in was already taken or never started', async () => {
    const replay = await inject('/api/v1/auth/oidc/callback?code=stolen-code&state=never-issued');
    expect(replay.statusCode).toBe(302);
    expect(new URL(String(replay.headers.location)).hash).toBe('#ssoError=expired');
    const cancelled = await inject('/api/v1/auth/oidc/callback?error=access_denied&state=x');
    expect(new URL(String(cancelled.headers.location)).hash).toBe('#ssoError=cancelled');
  });

  it('should bring the account in line with the provider on a later sign-in instead of creating a second one', async () => {
    const subject = account({ preferred_username: 'j.becker', name: 'Jana Becker', groups: ['hausakte-kontrolle', 'feuerwehr'] });
    expect((await signIn()).has('sso')).toBe(true);
    provider.accounts.set(subject, { preferred_username: 'j.becker', name: 'Jana Becker-Wolf', groups: ['hausakte-leitung', 'ordnungsamt'] });
    provider.signInAs(subject);
    const session = (await exchange((await signIn()).get('sso')!)).json<LoginResponseDto>();
    expect(session.user).toMatchObject({ role: 'lead', agencyCode: 'ordnungsamt', displayName: 'Jana Becker-Wolf' });
    const stored = await users().findBy({ ssoSubject: subject });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ role: 'lead', agencyCode: 'ordnungsamt', version: 2 });
    const updates = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'user_updated', entityId: stored[0].id });
    expect(updates).toHaveLength(1);
  });

  it('should link an account created here by its username, and refuse one an administrator disabled', async () => {
    const local = await createUser(t, 'inspector', 'polizei', 'p.wagner', TEST_CITY_AGS);
    const subject = account({ preferred_username: 'p.wagner', groups: ['hausakte-kontrolle', 'ordnungsamt'] });
    const session = (await exchange((await signIn()).get('sso')!)).json<LoginResponseDto>();
    expect(session.user.id).toBe(local.id);
    expect(await users().findOneByOrFail({ id: local.id })).toMatchObject({ ssoSubject: subject, agencyCode: 'ordnungsamt' });

    await users().update({ id: local.id }, { active: false });
    provider.signInAs(subject);
    expect((await signIn()).get('ssoError')).toBe('accountDisabled');
  });

  it('should refuse a sign-in whose new username at the provider belongs to another account here, and leave both accounts as they were', async () => {
    const other = await createUser(t, 'inspector', 'feuerwehr', 'r.klein', TEST_CITY_AGS);
    const subject = account({ preferred_username: 'r.klein-alt', groups: ['hausakte-kontrolle', 'ordnungsamt'] });
    expect((await signIn()).has('sso')).toBe(true);
    provider.accounts.set(subject, { preferred_username: 'r.klein', groups: ['hausakte-kontrolle', 'ordnungsamt'] });
    provider.signInAs(subject);
    expect((await signIn()).get('ssoError')).toBe('usernameTaken');
    expect(await users().findOneByOrFail({ ssoSubject: subject })).toMatchObject({ username: 'r.klein-alt' });
    expect(await users().findOneByOrFail({ id: other.id })).toMatchObject({ username: 'r.klein', ssoSubject: null, agencyCode: 'feuerwehr' });
  });

  it('should refuse someone the provider knows but whose groups give no role, and create no account', async () => {
    account({ preferred_username: 'h.neumann', groups: ['alle-beschaeftigten', 'ordnungsamt'] });
    expect((await signIn()).get('ssoError')).toBe('noRole');
    account({ preferred_username: 'h.neumann', groups: ['hausakte-kontrolle'] });
    expect((await signIn()).get('ssoError')).toBe('noAgency');
    expect(await users().existsBy({ username: 'h.neumann' })).toBe(false);
    expect(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'sso_refused' })).toBeGreaterThanOrEqual(2);
  });

  it('should refuse an ID token signed by the provider for another application (wrong audience)', async () => {
    account({ preferred_username: 'a.fischer', groups: ['hausakte-kontrolle', 'ordnungsamt'] });
    provider.tamper('wrongAudience');
    const landing = await signIn();
    expect(landing.get('ssoError')).toBe('failed');
    expect(landing.has('sso')).toBe(false);
    expect(await users().existsBy({ username: 'a.fischer' })).toBe(false);
  });

  it('should refuse an ID token whose claims were changed after the provider signed it', async () => {
    account({ preferred_username: 's.koch', groups: ['hausakte-kontrolle', 'ordnungsamt'] });
    provider.tamper('changedClaims');
    const landing = await signIn();
    expect(landing.get('ssoError')).toBe('failed');
    expect(await users().existsBy({ username: 'intruder' })).toBe(false);
    expect(await users().existsBy({ role: 'admin' })).toBe(false);
  });

  it('should keep the password login and offer both ways on the login page while passwords stay on', async () => {
    const lead = await createUser(t, 'lead');
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: lead.username, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const config = await t.app.inject({ method: 'GET', url: '/api/v1/client-config' });
    expect(config.json<{ signIn: unknown }>().signIn).toEqual({ password: true, cityAccount: true });
  });
});

describe('single sign-on with a provider that puts every claim into the ID token, and passwords switched off', () => {
  let provider: TestOidcProvider;
  let t: TestApp;

  beforeAll(async () => {
    provider = await startOidcProvider({ idTokenClaims: true });
    t = await createTestApp({ ...provider.env, PASSWORD_LOGIN: 'false', OIDC_GROUPS_CLAIM: 'groups' });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  it('should sign in from the ID token alone and refuse every password login', async () => {
    provider.accounts.set('council-member', { preferred_username: 'ratsmitglied', groups: ['hausakte-rat', 'rat'] });
    provider.signInAs('council-member');
    const landing = new URLSearchParams((await browseSignIn((url) => t.app.inject({ method: 'GET', url }))).hash.slice(1));
    const answer = await t.app.inject({ method: 'POST', url: '/api/v1/auth/oidc/session', payload: { code: landing.get('sso') } });
    expect(answer.json<LoginResponseDto>().user).toMatchObject({ role: 'council', agencyCode: 'rat' });

    const admin = await t.dataSource.getRepository(User).findOneByOrFail({ username: 'ratsmitglied' });
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: admin.username, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(403);
    expect(login.json<{ code: string }>().code).toBe('password_login_disabled');
    const config = await t.app.inject({ method: 'GET', url: '/api/v1/client-config' });
    expect(config.json<{ signIn: unknown }>().signIn).toEqual({ password: false, cityAccount: true });
  });
});

describe('single sign-on while it is not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('should answer that this installation has none', async () => {
    for (const res of [
      await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=x&state=y' }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json<{ code: string }>().code).toBe('sso_not_configured');
    }
  });
});
