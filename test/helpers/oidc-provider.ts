import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JwtService } from '@nestjs/jwt';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export const OIDC_CLIENT_ID = 'hausakte';
export const OIDC_CLIENT_SECRET = 'test-client-secret-of-the-city-provider';
/** Where the provider sends the browser back; the tests hand that request to the app (browser tests give the app's real address). */
export const OIDC_REDIRECT_URL = 'http://hausakte.test/api/v1/auth/oidc/callback';

/** What the proxy does to the ID token on its way from the provider's token endpoint to Hausakte. */
export type TokenTampering = 'none' | 'wrongAudience' | 'changedClaims';

export interface TestOidcProvider {
  issuer: string;
  /** The settings that point the app at this provider. */
  env: Record<string, string>;
  /** The provider's users: accountId → claims. */
  accounts: Map<string, Record<string, unknown>>;
  /** Signs the next sign-in in as this account, as the user typing their city password would. */
  signInAs(accountId: string): void;
  tamper(mode: TokenTampering): void;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

/**
 * A real OpenID provider (oidc-provider), as a city's Keycloak or Entra ID answers: authorization code with PKCE, signed
 * ID tokens, userinfo. It sits behind a proxy that is its public address and can alter the token endpoint's answer.
 * `idTokenClaims` puts profile and group claims into the ID token; without it they come from the userinfo endpoint only.
 */
export async function startOidcProvider(options: { idTokenClaims?: boolean; redirectUrl?: string } = {}): Promise<TestOidcProvider> {
  const redirectUrl = options.redirectUrl ?? OIDC_REDIRECT_URL;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'city-provider-key';
  const accounts = new Map<string, Record<string, unknown>>();
  let nextAccount: string | null = null;
  let tampering: TokenTampering = 'none';

  const proxy = createServer();
  const issuer = await listen(proxy);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [redirectUrl],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-provider-cookie-key'] },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'], email: ['email'] },
    conformIdTokenClaims: !options.idTokenClaims,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: KoaContextWithOIDC, sub: string) => (accounts.has(sub) ? { accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) } : undefined),
    // A first-party application of the city: no consent screen, as a city's provider is set up for it.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
  });
  // Behind the proxy: the provider names its endpoints by the forwarded host, the proxy's.
  provider.proxy = true;
  const handle = provider.callback();
  const upstream = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) {
      // The provider's login page, with the user's password already typed.
      if (!nextAccount) throw new Error('signInAs() was not called before the sign-in');
      void provider.interactionFinished(req, res, { login: { accountId: nextAccount } }, { mergeWithLastSubmission: false });
      return;
    }
    void handle(req, res);
  });
  const upstreamUrl = await listen(upstream);

  const signer = new JwtService();
  const alterIdToken = (idToken: string): string => {
    const [header, payload, signature] = idToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (tampering === 'wrongAudience') {
      // Signed with the provider's own key: only the audience check can refuse it.
      const { aud: _, ...rest } = claims;
      return signer.sign({ ...rest, aud: 'another-application' }, { algorithm: 'RS256', privateKey, keyid: kid });
    }
    const changed = { ...claims, groups: ['hausakte-admin', 'ordnungsamt'], preferred_username: 'intruder' };
    return [header, Buffer.from(JSON.stringify(changed)).toString('base64url'), signature].join('.');
  };

  proxy.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && name !== 'host') headers.set(name, value);
        headers.set('x-forwarded-host', new URL(issuer).host);
        headers.set('x-forwarded-proto', 'http');
        const answer = await fetch(upstreamUrl + req.url, {
          method: req.method,
          headers,
          body: chunks.length ? Buffer.concat(chunks) : undefined,
          redirect: 'manual',
        });
        let body = Buffer.from(await answer.arrayBuffer());
        if (req.url === '/token' && answer.ok && tampering !== 'none') {
          const tokens = JSON.parse(body.toString('utf8')) as { id_token: string };
          body = Buffer.from(JSON.stringify({ ...tokens, id_token: alterIdToken(tokens.id_token) }));
        }
        const outgoing: Record<string, string | string[]> = {};
        answer.headers.forEach((value, name) => {
          if (!['content-length', 'content-encoding', 'transfer-encoding', 'set-cookie', 'connection', 'keep-alive'].includes(name)) outgoing[name] = value;
        });
        const cookies = answer.headers.getSetCookie();
        if (cookies.length) outgoing['set-cookie'] = cookies;
        res.writeHead(answer.status, outgoing).end(body);
      })().catch((e: unknown) => res.writeHead(502).end(String(e)));
    });
  });

  return {
    issuer,
    env: {
      OIDC_ISSUER_URL: issuer,
      OIDC_CLIENT_ID: OIDC_CLIENT_ID,
      OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET,
      OIDC_REDIRECT_URL: redirectUrl,
      OIDC_ROLE_MAP: JSON.stringify({ 'hausakte-admin': 'admin', 'hausakte-leitung': 'lead', 'hausakte-kontrolle': 'inspector', 'hausakte-rat': 'council' }),
      OIDC_AGENCY_MAP: JSON.stringify({ ordnungsamt: 'ordnungsamt', bauaufsicht: 'bauaufsicht', feuerwehr: 'feuerwehr', rat: 'rat' }),
    },
    accounts,
    signInAs: (accountId) => {
      nextAccount = accountId;
    },
    tamper: (mode) => {
      tampering = mode;
    },
    close: async () => {
      await new Promise((resolve) => proxy.close(resolve));
      await new Promise((resolve) => upstream.close(resolve));
    },
  };
}

/**
 * A browser's way through single sign-on: the app's start, the provider's pages with their cookies, back to the app's
 * callback. Answers where the callback sends the browser.
 */
export async function browseSignIn(inject: (url: string) => Promise<{ statusCode: number; headers: Record<string, unknown> }>): Promise<URL> {
  const appOrigin = new URL(OIDC_REDIRECT_URL).origin;
  const cookies = new Map<string, string>();
  let next = new URL(String((await inject('/api/v1/auth/oidc/start')).headers.location));
  for (let step = 0; step < 10; step++) {
    if (next.origin === appOrigin) {
      const answer = await inject(next.pathname + next.search);
      if (answer.statusCode !== 302) throw new Error(`the callback answered ${answer.statusCode}`);
      return new URL(String(answer.headers.location));
    }
    const answer = await fetch(next, { redirect: 'manual', headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') } });
    for (const cookie of answer.headers.getSetCookie()) {
      const pair = cookie.split(';')[0];
      cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const location = answer.headers.get('location');
    if (!location) throw new Error(`the provider stopped at ${next.pathname} with ${answer.status}: ${await answer.text()}`);
    next = new URL(location, next);
  }
  throw new Error('the sign-in went round in circles');
}
