import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity.js';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { toUserResponse, type UserResponseDto } from '../auth/auth.dto.js';
import { hashPassword } from '../auth/passwords.js';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import { badRequest, conflict, fieldError } from '../common/problem.js';
import { WriteQueue } from '../database/write-queue.js';

export interface NewUser {
  username: string;
  displayName?: string;
  role: string;
  agencyCode: string;
}

const USERNAME = /^[\w.@-]{1,100}$/;

/** 24 characters from 144 random bits: shown once, good for the first login only. */
export const oneTimePassword = (): string => randomBytes(18).toString('base64url');

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly writes: WriteQueue,
  ) {}

  /** A new account with a one-time password, which its first login must replace; the password is returned once and stored only hashed. */
  async create(actor: Actor, input: NewUser): Promise<{ user: UserResponseDto; oneTimePassword: string }> {
    const errors = [
      ...(USERNAME.test(input.username) ? [] : [fieldError('username', 'invalidUsername', 'username may contain letters, digits and . _ @ - only')]),
      ...((ROLES as readonly string[]).includes(input.role) ? [] : [fieldError('role', 'unknownRole', `role must be one of ${ROLES.join(', ')}`)]),
    ];
    const agency = await this.dataSource.getRepository(Agency).findOneBy({ code: input.agencyCode });
    if (!agency?.active) errors.push(fieldError('agencyCode', 'unknownAgency', `unknown or inactive agency "${input.agencyCode}"`));
    if (errors.length) throw badRequest('validation_failed', `Invalid input in: ${errors.map((e) => e.field).join(', ')}.`, errors);
    const password = oneTimePassword();
    const user = Object.assign(new User(), {
      id: randomUUID(),
      username: input.username,
      displayName: input.displayName?.trim() || input.username,
      passwordHash: await hashPassword(password),
      role: input.role as Role,
      agencyCode: input.agencyCode,
      active: true,
      passwordChangeRequired: true,
    });
    await this.writes.run(async (manager) => {
      if (await manager.getRepository(User).existsBy({ username: user.username })) {
        throw conflict('duplicate_username', `A user named "${user.username}" exists already.`);
      }
      await manager.getRepository(User).insert(user);
      await this.audit.append(manager, actor, {
        action: 'user_created',
        entity: 'user',
        entityId: user.id,
        payload: { username: user.username, displayName: user.displayName, role: user.role, agencyCode: user.agencyCode },
      });
    });
    return { user: toUserResponse(user, ROLE_PERMISSIONS[user.role]), oneTimePassword: password };
  }
}
