import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { unauthorized } from '../common/problem.js';
import { AppConfig } from '../config/app-config.js';
import type { AuthUser } from './auth-user.js';
import { toUserResponse, type LoginDto, type LoginResponseDto, type UserResponseDto } from './auth.dto.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { ROLE_PERMISSIONS, ROLES, type Role } from './roles.js';
import { User } from './user.entity.js';

export const TOKEN_ALGORITHM = 'HS256';

interface TokenClaims {
  sub: string;
  role: Role;
  agency: string;
  name: string;
}

@Injectable()
export class AuthService {
  private dummyHash: Promise<string> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponseDto> {
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
    const claims: TokenClaims = { sub: user.id, role: user.role, agency: user.agencyCode, name: user.username };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: TOKEN_ALGORITHM,
      audience: this.config.tokenAudience,
      issuer: this.config.tokenIssuer,
      expiresIn: this.config.tokenTtlSeconds,
    });
    return { accessToken, expiresIn: this.config.tokenTtlSeconds, user: toUserResponse(user, ROLE_PERMISSIONS[user.role]) };
  }

  /** Checks signature, algorithm, audience, issuer and expiry, then that the user still exists and is active. */
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
    const user = await this.dataSource.getRepository(User).findOneBy({ id: claims.sub });
    if (!user || !user.active || !ROLES.includes(user.role)) throw unauthorized('The account no longer exists or is disabled.');
    return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, agencyCode: user.agencyCode };
  }

  me(user: AuthUser): UserResponseDto {
    return toUserResponse(user, ROLE_PERMISSIONS[user.role]);
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword('no-such-user-placeholder-password');
    return this.dummyHash;
  }
}
