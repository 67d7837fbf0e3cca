import { createHmac, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { LessThan, type DataSource } from 'typeorm';
import { CitiesService } from '../cities/cities.service.js';
import { AuditService } from '../audit/audit.service.js';
import { badRequest, fieldError, ProblemException, unauthorized } from '../common/problem.js';
import { WriteQueue } from '../database/write-queue.js';
import { AppConfig } from '../config/app-config.js';
import type { AuthUser } from './auth-user.js';
import { toUserResponse, type ChangePasswordDto, type LoginDto, type LoginResponseDto, type UserResponseDto } from './auth.dto.js';
import { passwordRule } from './password-policy.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { ROLE_PERMISSIONS, ROLES, type Role } from './roles.js';
import { RevokedToken } from './revoked-token.entity.js';
import { afterFailure, FORGET_AFTER_MS, waitFor } from './login-throttle.js';
import { LoginFailure } from './login-failure.entity.js';
import { User } from './user.entity.js';

export const TOKEN_ALGORITHM = 'HS256';

/** The audit trail's actor for a failed login whose username names no account. */
const UNKNOWN_USERNAME = '(unknown username)';

const passwordLoginOff = () =>
  new ProblemException(403, 'password_login_disabled', 'This installation signs in through the city account only (single sign-on).');

interface TokenClaims {
  sub: string;
  role: Role;
  agency: string;
  name: string;
  /** The account's session generation at issue: a disable, reset or password change counts it up and so ends the token. */
  gen?: number;
  /** Set by the signer (jwtid): what a logout ends. */
  jti?: string;
  exp?: number;
}

@Injectable()
export class AuthService {
  private dummyHash: Promise<string> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly writes: WriteQueue,
    private readonly cities: CitiesService,
  ) {}

  /**
   * Checks a password. Each attempt counts as a failure of the typed username before the password is checked, and is
   * forgiven when it was right: so parallel guesses from any number of addresses get no more than the limit allows.
   */
  async login(dto: LoginDto): Promise<LoginResponseDto> {
    if (!this.config.passwordLogin) throw passwordLoginOff();
    const accountKey = createHmac('sha256', this.config.tokenSecret).update(dto.username.toLowerCase()).digest('hex');
    await this.countAttempt(accountKey);
    const user = await this.dataSource.getRepository(User).findOneBy({ username: dto.username });
    // Verify against a dummy hash for unknown users so the answer time does not reveal which names exist.
    const valid = user ? await verifyPassword(user.passwordHash, dto.password) : await verifyPassword(await this.dummy(), dto.password);
    if (!user || !valid || !user.active) {
      // What was typed is kept only where it names an account: a password typed into the username field stays unrecorded.
      await this.audit.record(
        { id: user?.id ?? null, username: user?.username ?? UNKNOWN_USERNAME },
        { action: 'login_failed', entity: 'user', entityId: user?.id ?? null, payload: user ? { username: user.username } : {} },
      );
      throw unauthorized('Unknown username or wrong password.');
    }
    await this.writes.run((manager) => manager.getRepository(LoginFailure).delete({ accountKey }));
    return this.issueToken(user);
  }

  /** Counts one attempt for the typed username, or refuses it while that username must wait (429 with Retry-After). */
  private async countAttempt(accountKey: string): Promise<void> {
    const now = Date.now();
    const wait = await this.writes.run(async (manager) => {
      const failures = manager.getRepository(LoginFailure);
      // Forgotten failures go (a wait ends long before): typed names that are no account do not pile up.
      await failures.delete({ lastFailureAt: LessThan(String(now - FORGET_AFTER_MS)) });
      await manager
        .createQueryBuilder()
        .insert()
        .into(LoginFailure)
        .values({ accountKey, failures: 0, lockedUntil: '0', lastFailureAt: '0' })
        .orIgnore()
        .execute();
      // Row-locked on PostgreSQL, so attempts on several instances count one after the other; SQLite writes one at a time anyway.
      const row = await failures.findOneOrFail({
        where: { accountKey },
        ...(manager.connection.options.type === 'postgres' && { lock: { mode: 'pessimistic_write' } }),
      });
      const state = { failures: row.failures, lockedUntil: Number(row.lockedUntil), lastFailureAt: Number(row.lastFailureAt) };
      const remaining = waitFor(state, now);
      if (remaining > 0) return remaining;
      const next = afterFailure(state, now);
      await failures.update({ accountKey }, { failures: next.failures, lockedUntil: String(next.lockedUntil), lastFailureAt: String(next.lastFailureAt) });
      return 0;
    });
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new ProblemException(429, 'too_many_requests', `Too many failed logins for this username; try again in ${seconds} s.`, { retryAfter: seconds });
    }
  }

  /** Replaces the password after checking the current one; a one-time password's limit ends with it. */
  async changePassword(actor: AuthUser, dto: ChangePasswordDto): Promise<LoginResponseDto> {
    const users = this.dataSource.getRepository(User);
    const user = await users.findOneByOrFail({ id: actor.id });
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) {
      await this.audit.record(actor, { action: 'password_change_failed', entity: 'user', entityId: user.id, payload: {} });
      throw badRequest('validation_failed', 'Invalid input in: currentPassword.', [
        fieldError('currentPassword', 'wrongPassword', 'currentPassword is not the password of this account'),
      ]);
    }
    if (dto.newPassword === dto.currentPassword) {
      throw badRequest('validation_failed', 'Invalid input in: newPassword.', [
        fieldError('newPassword', 'sameAsCurrent', 'newPassword must differ from the current password'),
      ]);
    }
    const weak = passwordRule(dto.newPassword, user.username);
    if (weak) {
      const why = weak === 'commonPassword' ? 'newPassword is one of the most common passwords' : 'newPassword must not contain the username';
      throw badRequest('validation_failed', 'Invalid input in: newPassword.', [fieldError('newPassword', weak, why)]);
    }
    // Other sessions end with the old password: whoever knew it loses access too.
    const changed = { passwordHash: await hashPassword(dto.newPassword), passwordChangeRequired: false, sessionGeneration: user.sessionGeneration + 1 };
    await this.writes.run(async (manager) => {
      const { affected } = await manager.getRepository(User).update({ id: user.id, sessionGeneration: user.sessionGeneration }, changed);
      // A reset or disable in between ended this session: its password change must not go through.
      if (affected === 0) throw unauthorized('The session was ended meanwhile; please log in again.');
      await this.audit.append(manager, actor, {
        action: 'password_changed',
        entity: 'user',
        entityId: user.id,
        payload: { oneTimePasswordReplaced: user.passwordChangeRequired },
      });
    });
    return this.issueToken({ ...user, ...changed });
  }

  /** A session for an account whose identity is settled: by its password here, or by the city's OpenID provider. */
  async issueToken(user: User): Promise<LoginResponseDto> {
    const claims: TokenClaims = {
      sub: user.id,
      role: user.role,
      agency: user.agencyCode,
      name: user.username,
      gen: user.sessionGeneration,
    };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: TOKEN_ALGORITHM,
      audience: this.config.tokenAudience,
      issuer: this.config.tokenIssuer,
      expiresIn: this.config.tokenTtlSeconds,
      jwtid: randomUUID(),
    });
    return {
      accessToken,
      expiresIn: this.config.tokenTtlSeconds,
      user: toUserResponse(user, user.cityAgs ? await this.cities.get(user.cityAgs) : null, ROLE_PERMISSIONS[user.role]),
      passwordChangeRequired: user.passwordChangeRequired,
    };
  }

  /** Checks signature, algorithm, audience, issuer and expiry, then that the user still exists, is active and the session was not ended. */
  async authenticate(token: string): Promise<AuthUser> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims & object>(token, {
        algorithms: [TOKEN_ALGORITHM],
        audience: this.config.tokenAudience,
        issuer: this.config.tokenIssuer,
      });
    } catch {
      throw unauthorized('The token is invalid or has expired; please log in again.');
    }
    if (!claims.jti || !claims.exp || claims.gen === undefined) throw unauthorized('The token is from an earlier version; please log in again.');
    const [user, revoked] = await Promise.all([
      this.dataSource.getRepository(User).findOneBy({ id: claims.sub }),
      this.dataSource.getRepository(RevokedToken).existsBy({ tokenId: claims.jti }),
    ]);
    if (!user || !user.active || !ROLES.includes(user.role)) throw unauthorized('The account no longer exists or is disabled.');
    if (revoked) throw unauthorized('This session was logged out; please log in again.');
    if (claims.gen !== user.sessionGeneration) throw unauthorized('The session was ended (password changed or reset); please log in again.');
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      agencyCode: user.agencyCode,
      cityAgs: user.cityAgs,
      passwordChangeRequired: user.passwordChangeRequired,
      session: { id: claims.jti, expiresAt: claims.exp * 1000 },
    };
  }

  /** Ends the request's token on every instance; rows of tokens that have expired anyway go with it. */
  async logout(user: AuthUser): Promise<void> {
    const session = user.session;
    if (!session) return;
    await this.writes.run(async (manager) => {
      await manager.getRepository(RevokedToken).delete({ expiresAt: LessThan(String(Date.now())) });
      // Two logouts racing with one token: the second finds the row there and leaves it.
      await manager
        .createQueryBuilder()
        .insert()
        .into(RevokedToken)
        .values({ tokenId: session.id, expiresAt: String(session.expiresAt) })
        .orIgnore()
        .execute();
    });
  }

  async me(user: AuthUser): Promise<UserResponseDto> {
    return toUserResponse(user, user.cityAgs ? await this.cities.get(user.cityAgs) : null, ROLE_PERMISSIONS[user.role]);
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword('no-such-user-placeholder-password');
    return this.dummyHash;
  }
}
