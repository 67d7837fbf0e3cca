import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity.js';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hashPassword } from '../auth/passwords.js';
import { ROLES } from '../auth/roles.js';
import type { DirectoryIdentity, SignInRefusal } from '../sso/oidc-claims.js';
import { User } from '../auth/user.entity.js';
import { City } from '../cities/city.entity.js';
import { Operation } from '../operations/operation.entity.js';
import { checkIfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { badRequest, conflict, fieldError, notFound, type FieldError } from '../common/problem.js';
import { lockUserAdministration } from '../database/locks.js';
import { updateAtVersion } from '../database/versioned-update.js';
import { WriteQueue } from '../database/write-queue.js';
import { toManagedUserDto, USERNAME_PATTERN, type CreateUserDto, type ManagedUserDto, type UpdateUserDto, type UserWithPasswordDto } from './users.dto.js';

/** 24 characters from 144 random bits: shown once, good for the first login only. */
export const oneTimePassword = (): string => randomBytes(18).toString('base64url');

/** The actor of accounts made with `npm run users`, as the audit trail names it. */
const COMMAND_LINE: Actor = { id: null, username: 'command-line' };

const invalid = (errors: FieldError[]) => badRequest('validation_failed', `Invalid input in: ${errors.map((e) => e.field).join(', ')}.`, errors);

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly writes: WriteQueue,
  ) {}

  /** The accounts of the administrator's city, or every account for a Land administrator. */
  async list(user: AuthUser): Promise<ManagedUserDto[]> {
    assertPermission(user, 'user:manage');
    const users = await this.dataSource.getRepository(User).find({ where: user.cityAgs ? { cityAgs: user.cityAgs } : {}, order: { username: 'ASC' } });
    return users.map(toManagedUserDto);
  }

  async create(user: AuthUser, input: CreateUserDto): Promise<UserWithPasswordDto> {
    assertPermission(user, 'user:manage');
    return this.insert(user, input);
  }

  /** `npm run users -- create`: the way to the first administrator, so it needs no account; its input is checked here. */
  async createFromCommandLine(input: CreateUserDto): Promise<UserWithPasswordDto> {
    const errors = [
      ...(USERNAME_PATTERN.test(input.username) ? [] : [fieldError('username', 'invalidUsername', 'username may contain letters, digits and . _ @ - only')]),
      ...((ROLES as readonly string[]).includes(input.role) ? [] : [fieldError('role', 'unknownRole', `role must be one of ${ROLES.join(', ')}`)]),
      ...((await isActiveAgency(this.dataSource.manager, input.agencyCode)) ? [] : [unknownAgency(input.agencyCode)]),
    ];
    if (errors.length) throw invalid(errors);
    return this.insert(COMMAND_LINE, input);
  }

  /** Corrects name, role, agency or active; disabling ends the account's sessions at once. */
  async update(user: AuthUser, id: string, dto: UpdateUserDto, ifMatch: IfMatchHeader): Promise<ManagedUserDto> {
    assertPermission(user, 'user:manage');
    return this.writes.run(async (manager) => {
      await lockUserAdministration(manager);
      const target = await manager.getRepository(User).findOneBy({ id });
      if (!target || !administers(user, target.cityAgs)) throw notFound('user', id);
      checkIfMatch(ifMatch, target.version);
      const values = {
        displayName: dto.displayName ?? target.displayName,
        role: dto.role ?? target.role,
        agencyCode: dto.agencyCode ?? target.agencyCode,
        cityAgs: dto.city === undefined ? target.cityAgs : dto.city,
        active: dto.active ?? target.active,
      };
      const changed = (Object.keys(values) as Array<keyof typeof values>).filter((k) => values[k] !== target[k]);
      if (changed.length === 0) return toManagedUserDto(target);
      const errors: FieldError[] = [];
      // The own role stays as it is: an administrator could otherwise give themselves access to case data.
      if (target.id === user.id && changed.includes('role')) errors.push(fieldError('role', 'ownRole', 'an administrator cannot change their own role'));
      if (target.id === user.id && changed.includes('cityAgs')) errors.push(fieldError('city', 'ownCity', 'an administrator cannot change their own city'));
      if (changed.includes('agencyCode') && !(await isActiveAgency(manager, values.agencyCode))) errors.push(unknownAgency(values.agencyCode));
      if (changed.includes('cityAgs')) errors.push(...(await cityErrors(manager, user, values.cityAgs)));
      if (errors.length) throw invalid(errors);
      if (target.role === 'admin' && target.active && (values.role !== 'admin' || !values.active)) await assertOtherActiveAdmin(manager, target.id);
      if (changed.includes('cityAgs') && values.cityAgs !== null) await assertNoDraftsElsewhere(manager, target.id, values.cityAgs);
      const disabled = target.active && !values.active;
      const sessionGeneration = target.sessionGeneration + (disabled ? 1 : 0);
      const version = await updateAtVersion(manager, User, target, { ...values, sessionGeneration });
      await this.audit.append(manager, user, {
        action: 'user_updated',
        entity: 'user',
        entityId: id,
        payload: { changes: Object.fromEntries(changed.map((k) => [k, { from: target[k], to: values[k] }])), sessionsEnded: disabled },
      });
      return toManagedUserDto({ ...target, ...values, sessionGeneration, version });
    });
  }

  /** A new one-time password that the next login must replace; the account's sessions end at once. */
  async resetPassword(user: AuthUser, id: string): Promise<UserWithPasswordDto> {
    assertPermission(user, 'user:manage');
    return this.reset(user, id);
  }

  /** `npm run users -- reset-password`: for an account nobody can sign in to administer (or one with the demo password, which production refuses). */
  async resetPasswordFromCommandLine(username: string): Promise<UserWithPasswordDto> {
    const target = await this.dataSource.getRepository(User).findOneBy({ username });
    if (!target) throw notFound('user', username);
    return this.reset(COMMAND_LINE, target.id);
  }

  private async reset(user: Actor | AuthUser, id: string): Promise<UserWithPasswordDto> {
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    return this.writes.run(async (manager) => {
      const target = await manager.getRepository(User).findOneBy({ id });
      if (!target || !administers(user, target.cityAgs)) throw notFound('user', id);
      const values = { passwordHash, passwordChangeRequired: true, sessionGeneration: target.sessionGeneration + 1 };
      // Not at the version read: a reset needs no If-Match and must not fail on a name corrected meanwhile.
      const escape = (name: string) => manager.connection.driver.escape(name);
      await manager.getRepository(User).update({ id }, { ...values, version: () => `${escape('version')} + 1` });
      await this.audit.append(manager, user, { action: 'user_password_reset', entity: 'user', entityId: id, payload: { sessionsEnded: true } });
      const stored = await manager.getRepository(User).findOneByOrFail({ id });
      return { user: toManagedUserDto(stored), oneTimePassword: password };
    });
  }

  /**
   * The account of someone the city's OpenID provider signed in, created on their first sign-in and brought in line with
   * the provider's role, agency, city and name on every later one. An account known only here is linked by its username.
   */
  async signInFromDirectory(issuer: string, identity: DirectoryIdentity): Promise<{ user: User } | { refusal: SignInRefusal }> {
    return this.writes.run(async (manager) => {
      await lockUserAdministration(manager);
      const users = manager.getRepository(User);
      const existing = (await users.findOneBy({ ssoIssuer: issuer, ssoSubject: identity.subject })) ?? (await users.findOneBy({ username: identity.username }));
      if (existing && existing.ssoSubject !== null && (existing.ssoIssuer !== issuer || existing.ssoSubject !== identity.subject)) {
        return { refusal: 'usernameTaken' };
      }
      if (existing && !existing.active) return { refusal: 'accountDisabled' };
      // Renamed at the provider to a name another account here has: that account is not this person's.
      if (existing && existing.username !== identity.username && (await users.existsBy({ username: identity.username }))) return { refusal: 'usernameTaken' };
      const cityAgs = identity.cityAgs === undefined ? await onlyCity(manager) : identity.cityAgs;
      if (cityAgs === undefined || (cityAgs !== null && !(await manager.getRepository(City).existsBy({ ags: cityAgs })))) return { refusal: 'noCity' };
      if (!(await isActiveAgency(manager, identity.agencyCode))) return { refusal: 'noAgency' };
      const values = {
        username: identity.username,
        displayName: identity.displayName,
        role: identity.role,
        agencyCode: identity.agencyCode,
        cityAgs,
        ssoIssuer: issuer,
        ssoSubject: identity.subject,
      };
      const actor = { id: existing?.id ?? randomUUID(), username: identity.username };
      if (!existing) {
        // No password of its own: the empty hash never verifies, so only the provider signs this account in.
        await users.insert({ id: actor.id, ...values, passwordHash: '', active: true, passwordChangeRequired: false });
        await this.audit.append(manager, actor, {
          action: 'user_created',
          entity: 'user',
          entityId: actor.id,
          // The shape of every user_created entry, and the provider it came from.
          payload: { username: values.username, displayName: values.displayName, role: values.role, agencyCode: values.agencyCode, city: cityAgs, via: issuer },
        });
        return { user: await users.findOneByOrFail({ id: actor.id }) };
      }
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter((key) => existing[key] !== values[key]);
      if (changed.length === 0) return { user: existing };
      if (changed.includes('cityAgs') && cityAgs !== null && (await draftsElsewhere(manager, existing.id, cityAgs)) > 0) return { refusal: 'draftsElsewhere' };
      const escape = (name: string) => manager.connection.driver.escape(name);
      await users.update({ id: existing.id }, { ...values, version: () => `${escape('version')} + 1` });
      await this.audit.append(manager, actor, {
        action: 'user_updated',
        entity: 'user',
        entityId: existing.id,
        payload: { changes: Object.fromEntries(changed.map((key) => [key, values[key]])), via: issuer },
      });
      return { user: await users.findOneByOrFail({ id: existing.id }) };
    });
  }

  /** A new account with a one-time password, which its first login must replace; the password is returned once and stored only hashed. */
  private async insert(actor: Actor, input: CreateUserDto): Promise<UserWithPasswordDto> {
    const password = oneTimePassword();
    const user = Object.assign(new User(), {
      id: randomUUID(),
      username: input.username,
      displayName: input.displayName?.trim() || input.username,
      passwordHash: await hashPassword(password),
      role: input.role,
      agencyCode: input.agencyCode,
      active: true,
      passwordChangeRequired: true,
    });
    const stored = await this.writes.run(async (manager) => {
      await lockUserAdministration(manager);
      const cityAgs = input.city === undefined ? await onlyCity(manager) : input.city;
      const errors = [
        ...((await isActiveAgency(manager, input.agencyCode)) ? [] : [unknownAgency(input.agencyCode)]),
        ...(await cityErrors(manager, actor, cityAgs)),
      ];
      if (errors.length) throw invalid(errors);
      user.cityAgs = cityAgs ?? null;
      if (await manager.getRepository(User).existsBy({ username: user.username })) {
        throw conflict('duplicate_username', `A user named "${user.username}" exists already.`);
      }
      await manager.getRepository(User).insert(user);
      await this.audit.append(manager, actor, {
        action: 'user_created',
        entity: 'user',
        entityId: user.id,
        payload: { username: user.username, displayName: user.displayName, role: user.role, agencyCode: user.agencyCode, city: user.cityAgs },
      });
      return manager.getRepository(User).findOneByOrFail({ id: user.id });
    });
    return { user: toManagedUserDto(stored), oneTimePassword: password };
  }
}

async function isActiveAgency(manager: EntityManager, code: string): Promise<boolean> {
  return (await manager.getRepository(Agency).findOneBy({ code }))?.active === true;
}

/** A city administrator manages the accounts of their city; a Land administrator (no city) every account. */
function administers(actor: Actor | AuthUser, cityAgs: string | null): boolean {
  return !('cityAgs' in actor) || actor.cityAgs === null || actor.cityAgs === cityAgs;
}

/** Left out, a new account belongs to the installation's only city; with several, the city must be named (null: Land role). */
async function onlyCity(manager: EntityManager): Promise<string | null | undefined> {
  const cities = await manager.getRepository(City).find({ select: { ags: true }, take: 2 });
  if (cities.length > 1) return undefined;
  return cities[0]?.ags ?? null;
}

async function cityErrors(manager: EntityManager, actor: Actor | AuthUser, cityAgs: string | null | undefined): Promise<FieldError[]> {
  if (cityAgs === undefined)
    return [fieldError('city', 'cityRequired', 'the installation serves several cities: name the AGS of one, or null for a Land role')];
  if (!administers(actor, cityAgs)) return [fieldError('city', 'cityOutOfScope', 'an administrator of one city manages accounts of that city only')];
  if (cityAgs !== null && !(await manager.getRepository(City).existsBy({ ags: cityAgs })))
    return [fieldError('city', 'unknownCity', `no city with the AGS ${cityAgs}`)];
  return [];
}

const unknownAgency = (code: string) => fieldError('agencyCode', 'unknownAgency', `unknown or inactive agency "${code}"`);

/** Unsent drafts stay with the city of their building: moved to another city, their author could no longer open or send them. */
async function assertNoDraftsElsewhere(manager: EntityManager, userId: string, cityAgs: string): Promise<void> {
  const drafts = await draftsElsewhere(manager, userId, cityAgs);
  if (drafts > 0) {
    throw conflict(
      'user_has_drafts',
      `The account holds ${drafts} unsent draft(s) in its present city, which it could no longer open in another: they are sent first.`,
      { drafts },
    );
  }
}

function draftsElsewhere(manager: EntityManager, userId: string, cityAgs: string): Promise<number> {
  return manager
    .getRepository(Operation)
    .createQueryBuilder('o')
    .where("o.state = 'draft' AND o.createdBy = :userId AND o.cityAgs <> :cityAgs", { userId, cityAgs })
    .getCount();
}

/** Someone must be able to administer the installation: the last active administrator keeps role and access. */
async function assertOtherActiveAdmin(manager: EntityManager, exceptId: string): Promise<void> {
  const others = await manager
    .getRepository(User)
    .createQueryBuilder('user')
    .where('user.role = :role AND user.active = :active AND user.id <> :id', { role: 'admin', active: true, id: exceptId })
    .getCount();
  if (others === 0) throw conflict('last_admin', 'This is the last active administrator: give another account the admin role first.');
}
