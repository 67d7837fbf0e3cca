import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as oidc from 'openid-client';
import { IsNull, LessThan, MoreThan, Not, type DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import type { LoginResponseDto } from '../auth/auth.dto.js';
import { User } from '../auth/user.entity.js';
import { ProblemException, serviceUnavailable, unauthorized } from '../common/problem.js';
import { AppConfig, type OidcSettings } from '../config/app-config.js';
import { WriteQueue } from '../database/write-queue.js';
import { UsersService } from '../users/users.service.js';
import { claimAt, identityFromClaims, type SignInRefusal } from './oidc-claims.js';
import { OidcSignIn } from './oidc-sign-in.entity.js';

/** From the start to the handing over of the session; a sign-in left longer at the provider starts again. */
const SIGN_IN_TIME_LIMIT_MS = 10 * 60 * 1000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Single sign-on through the city's OpenID provider: authorization code with PKCE, ID token signature checked, claims mapped to an account. */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('SingleSignOn');
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly writes: WriteQueue,
  ) {}

  /** The provider's authorization URL for a new sign-in, its checks kept in the database for whichever instance the browser returns to. */
  async start(): Promise<string> {
    const settings = this.settings();
    const provider = await this.provider(settings);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const row: OidcSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier,
      createdAt: String(Date.now()),
      userId: null,
      handoffHash: null,
    };
    await this.writes.run(async (manager) => {
      const repository = manager.getRepository(OidcSignIn);
      await repository.delete({ createdAt: LessThan(String(Date.now() - SIGN_IN_TIME_LIMIT_MS)) });
      await repository.insert(row);
    });
    return oidc
      .buildAuthorizationUrl(provider, {
        redirect_uri: settings.redirectUrl.href,
        scope: settings.scopes,
        state: row.state,
        nonce: row.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      })
      .toString();
  }

  /**
   * The provider's answer at the callback: where the browser goes next. Success carries a one-time code in the
   * fragment (never sent to a server, removed by the client at once); every refusal names its reason.
   */
  async callback(requestUrl: string): Promise<string> {
    const settings = this.settings();
    const answer = new URL(settings.redirectUrl);
    answer.search = new URL(requestUrl, 'http://callback').search;
    const error = answer.searchParams.get('error');
    if (error) return this.refuse(error === 'access_denied' ? 'cancelled' : 'failed', { providerError: error });
    const state = answer.searchParams.get('state') ?? '';
    const signIn = await this.takeSignIn(state);
    if (!signIn) return this.refuse('expired', {});
    let claims: Record<string, unknown>;
    try {
      const provider = await this.provider(settings);
      const tokens = await oidc.authorizationCodeGrant(provider, answer, {
        pkceCodeVerifier: signIn.codeVerifier,
        expectedState: state,
        expectedNonce: signIn.nonce,
        idTokenExpected: true,
      });
      claims = await this.claims(provider, settings, tokens);
    } catch (e) {
      // The provider's refusal or a token that fails its checks (signature, audience, issuer, nonce, expiry).
      const reason = e instanceof Error ? e.message : String(e);
      this.logger.warn(`Sign-in through ${settings.issuer.href} refused: ${reason}`);
      return this.refuse('failed', { reason });
    }
    const mapped = identityFromClaims(claims, settings);
    if ('refusal' in mapped) return this.refuse(mapped.refusal, { subject: claims.sub, username: claimAt(claims, settings.claims.username) ?? null });
    const account = await this.users.signInFromDirectory(settings.issuer.href, mapped.identity);
    if ('refusal' in account) return this.refuse(account.refusal, { subject: mapped.identity.subject, username: mapped.identity.username });
    const handoff = randomBytes(32).toString('base64url');
    await this.writes.run((manager) =>
      manager.getRepository(OidcSignIn).update({ state: signIn.state }, { userId: account.user.id, handoffHash: sha256(handoff) }),
    );
    return this.clientUrl(settings, { sso: handoff });
  }

  /** Hands the session to the client for the one-time code from the callback; a code works once. */
  async session(code: string): Promise<LoginResponseDto> {
    this.settings();
    const hash = sha256(code);
    const userId = await this.writes.run(async (manager) => {
      const repository = manager.getRepository(OidcSignIn);
      const signIn = await repository.findOneBy({ handoffHash: hash, createdAt: MoreThan(String(Date.now() - SIGN_IN_TIME_LIMIT_MS)) });
      if (!signIn) return null;
      // Two tabs with one code: only the one whose delete took the row gets the session.
      const { affected } = await repository.delete({ state: signIn.state, handoffHash: hash });
      return affected === 1 ? signIn.userId : null;
    });
    const user = userId ? await this.dataSource.getRepository(User).findOneBy({ id: userId }) : null;
    if (!user?.active) throw unauthorized('The sign-in code is unknown, used or expired; please sign in again.');
    return this.auth.issueToken(user);
  }

  private settings(): OidcSettings {
    const settings = this.config.oidc;
    if (!settings) throw new ProblemException(404, 'sso_not_configured', 'This installation has no single sign-on; sign in with username and password.');
    return settings;
  }

  /** The provider's metadata, fetched once; after a failure the next sign-in asks again. */
  private provider(settings: OidcSettings): Promise<oidc.Configuration> {
    this.discovered ??= oidc
      .discovery(settings.issuer, settings.clientId, settings.clientSecret ?? undefined, settings.clientSecret ? undefined : oidc.None(), {
        // The token endpoint's TLS alone would do for the ID token; its signature is checked as well.
        execute: settings.issuer.protocol === 'http:' ? [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks] : [oidc.enableNonRepudiationChecks],
      })
      .catch((e: unknown) => {
        this.discovered = null;
        this.logger.warn(`OpenID provider ${settings.issuer.href} not reachable: ${e instanceof Error ? e.message : String(e)}`);
        throw serviceUnavailable('The city account sign-in is not reachable at the moment; please try again shortly.');
      });
    return this.discovered;
  }

  /** The ID token's claims; what it leaves out (many providers keep groups and names for the userinfo endpoint) is asked there. */
  private async claims(
    provider: oidc.Configuration,
    settings: OidcSettings,
    tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>,
  ): Promise<Record<string, unknown>> {
    const idToken = tokens.claims();
    if (!idToken) throw new Error('the provider answered without an ID token');
    const wanted = [settings.claims.username, settings.claims.name, settings.claims.groups].map((name) => name.split('.')[0]);
    if (wanted.every((name) => name in idToken) || !provider.serverMetadata().userinfo_endpoint) return { ...idToken };
    const userInfo = await oidc.fetchUserInfo(provider, tokens.access_token, idToken.sub);
    return { ...userInfo, ...idToken };
  }

  /** Takes the sign-in begun with this state once: a replayed callback, or one after the time limit, finds nothing. */
  private takeSignIn(state: string): Promise<(OidcSignIn & { codeVerifier: string }) | null> {
    if (!state) return Promise.resolve(null);
    return this.writes.run(async (manager) => {
      const repository = manager.getRepository(OidcSignIn);
      const signIn = await repository.findOneBy({ state, codeVerifier: Not(IsNull()), createdAt: MoreThan(String(Date.now() - SIGN_IN_TIME_LIMIT_MS)) });
      if (!signIn?.codeVerifier) return null;
      const { affected } = await repository.update({ state, codeVerifier: Not(IsNull()) }, { codeVerifier: null });
      return affected === 1 ? { ...signIn, codeVerifier: signIn.codeVerifier } : null;
    });
  }

  private async refuse(reason: SignInRefusal, details: Record<string, unknown>): Promise<string> {
    await this.audit.record(
      { id: null, username: 'single-sign-on' },
      { action: 'sso_refused', entity: 'user', entityId: null, payload: { reason, ...details } },
    );
    return this.clientUrl(this.settings(), { ssoError: reason });
  }

  /** The map client at the address the provider sends the browser back to. */
  private clientUrl(settings: OidcSettings, fragment: Record<string, string>): string {
    const url = new URL('/', settings.redirectUrl);
    url.hash = new URLSearchParams(fragment).toString();
    return url.href;
  }
}
