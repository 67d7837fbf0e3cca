import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { badRequest, fieldError } from '../common/problem.js';
import { toAgencyDto, type AgencyDto } from './agencies.dto.js';
import { Agency } from './agency.entity.js';

@Injectable()
export class AgenciesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<AgencyDto[]> {
    const agencies = await this.dataSource.getRepository(Agency).find({ where: { active: true }, order: { taskforce: 'DESC', name: 'ASC' } });
    return agencies.map(toAgencyDto);
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
