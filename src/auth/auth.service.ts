import { randomUUID } from 'node:crypto';
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
import { User } from './user.entity.js';

export const TOKEN_ALGORITHM = 'HS256';

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

  async login(dto: LoginDto): Promise<LoginResponseDto> {
    if (!this.config.passwordLogin) throw passwordLoginOff();
    const user = await this.dataSource.getRepository(User).findOneBy({ username: dto.username });
    // Verify against a dummy hash for unknown users so the answer time does not reveal which names exist.
    const valid = user ? await verifyPassword(user.passwordHash, dto.password) : await verifyPassword(await this.dummy(), dto.password);
    if (!user || !valid || !user.active) {
      await this.audit.record(
        { id: user?.id ?? null, username: dto.username },
        { action: 'login_failed', entity: 'user', entityId: user?.id ?? null, payload: { username: dto.username } },
      );
      throw unauthorized('Unknown username or wrong password.');
    }
    return this.issueToken(user);
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
