import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { User } from '../auth/user.entity.js';
import { assertCurrentVersion, checkIfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { badRequest, conflict, fieldError, notFound } from '../common/problem.js';
import { lockUserAdministration } from '../database/locks.js';
import { WriteQueue } from '../database/write-queue.js';
import { toAgencyDto, type AgencyDto, type CreateAgencyDto, type UpdateAgencyDto } from './agencies.dto.js';
import { Agency } from './agency.entity.js';

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
  ) {}

  /** Every agency, inactive ones too: history names them; forms offer only the active. */
  async list(user: AuthUser): Promise<AgencyDto[]> {
    assertPermission(user, 'reference:read');
    const agencies = await this.dataSource.getRepository(Agency).find({ order: { active: 'DESC', taskforce: 'DESC', name: 'ASC' } });
    return agencies.map(toAgencyDto);
  }

  async create(user: AuthUser, dto: CreateAgencyDto): Promise<AgencyDto> {
    assertPermission(user, 'agency:manage');
    const agency = { code: dto.code, name: dto.name, nameEn: dto.nameEn ?? dto.name, taskforce: dto.taskforce, active: true, version: 1 };
    return this.writes.run(async (manager) => {
      if (await manager.getRepository(Agency).existsBy({ code: dto.code })) {
        throw conflict('duplicate_agency', `An agency with the code "${dto.code}" exists already; codes are never reused.`);
      }
      await manager.getRepository(Agency).insert(agency);
      await this.audit.append(manager, user, { action: 'agency_created', entity: 'agency', entityId: dto.code, payload: agency });
      return toAgencyDto(agency);
    });
  }

  /** Renames, moves in or out of the taskforce, or (de)activates; the code stays, and so does every record naming it. */
  async update(user: AuthUser, code: string, dto: UpdateAgencyDto, ifMatch: IfMatchHeader): Promise<AgencyDto> {
    assertPermission(user, 'agency:manage');
    return this.writes.run(async (manager) => {
      const agency = await manager.getRepository(Agency).findOneBy({ code });
      if (!agency) throw notFound('agency', code);
      checkIfMatch(ifMatch, agency.version);
      const values = {
        name: dto.name ?? agency.name,
        nameEn: dto.nameEn ?? agency.nameEn,
        taskforce: dto.taskforce ?? agency.taskforce,
        active: dto.active ?? agency.active,
      };
      const changed = (Object.keys(values) as Array<keyof typeof values>).filter((k) => values[k] !== agency[k]);
      if (changed.length === 0) return toAgencyDto(agency);
      if (agency.active && !values.active) {
        // Under the accounts' lock, so no account is moved into the agency between this count and the commit.
        await lockUserAdministration(manager);
        const members = await manager.getRepository(User).countBy({ agencyCode: code, active: true });
        if (members > 0) {
          throw conflict('agency_has_active_users', `${members} active account(s) belong to this agency: move or disable them first.`, {
            activeUsers: members,
          });
        }
      }
      // updateAtVersion keys rows by id; agencies are keyed by code.
      const result = await manager.getRepository(Agency).update({ code, version: agency.version }, { ...values, version: agency.version + 1 });
      if (result.affected === 0) assertCurrentVersion((await manager.getRepository(Agency).findOneByOrFail({ code })).version, [agency.version]);
      await this.audit.append(manager, user, {
        action: 'agency_updated',
        entity: 'agency',
        entityId: code,
        payload: { changes: Object.fromEntries(changed.map((k) => [k, { from: agency[k], to: values[k] }])) },
      });
      return toAgencyDto({ ...agency, ...values, version: agency.version + 1 });
    });
  }

  /** Refuses unknown or inactive agency codes with a 400 naming each offending entry (e.g. `agencyCodes[2]`). */
  async assertExist(codes: readonly string[], field = 'agencyCodes', manager: EntityManager = this.dataSource.manager): Promise<void> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return;
    const found = await manager.getRepository(Agency).find({ where: { code: In(unique), active: true }, select: { code: true } });
    const known = new Set(found.map((a) => a.code));
    const errors = codes.flatMap((code, i) => (known.has(code) ? [] : [fieldError(`${field}[${i}]`, 'unknownAgency', `unknown or inactive agency "${code}"`)]));
    if (errors.length) throw badRequest('unknown_agency', `Unknown agency codes: ${[...new Set(errors.map((e) => e.message))].join('; ')}.`, errors);
  }
}
