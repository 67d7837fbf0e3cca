import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ReadLog } from '../audit/read-log.service.js';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { checkIfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { badRequest, notFound, fieldError } from '../common/problem.js';
import { updateAtVersion } from '../database/versioned-update.js';
import { WriteQueue } from '../database/write-queue.js';
import { visiblePropertyCity } from '../properties/property-access.js';
import { CitiesService } from '../cities/cities.service.js';
import { inCityScope, scopeToCity } from '../cities/city-scope.js';
import { mergeAliases } from './party-names.js';
import {
  toPartyDto,
  toPropertyPartyDto,
  type CreatePartyDto,
  type LinkPartyDto,
  type PartyDto,
  type PropertyPartyDto,
  type SearchPartiesQueryDto,
  type UpdatePartyDto,
} from './parties.dto.js';
import { Party } from './party.entity.js';
import { PropertyParty } from './property-party.entity.js';

const SEARCH_LIMIT = 100;
const likeEscape = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

@Injectable()
export class PartiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writeQueue: WriteQueue,
    private readonly audit: AuditService,
    private readonly cities: CitiesService,
    private readonly reads: ReadLog,
  ) {}

  async search(user: AuthUser, query: SearchPartiesQueryDto): Promise<PartyDto[]> {
    assertPermission(user, 'party:read');
    const qb = scopeToCity(this.dataSource.getRepository(Party).createQueryBuilder('party'), 'party.cityAgs', user);
    if (query.q) {
      const term = `%${likeEscape(query.q.toLowerCase())}%`;
      // Aliases are stored as JSON text, so one LIKE covers every alias portably.
      qb.andWhere(new Brackets((w) => w.where(`LOWER(party.name) LIKE :term ESCAPE '!'`).orWhere(`LOWER(party.aliases) LIKE :term ESCAPE '!'`)), { term });
    }
    const parties = await qb.orderBy('party.name', 'ASC').addOrderBy('party.id', 'ASC').limit(SEARCH_LIMIT).getMany();
    return parties.map(toPartyDto);
  }

  async create(user: AuthUser, dto: CreatePartyDto): Promise<PartyDto> {
    assertPermission(user, 'party:write');
    return this.writeQueue.run(async (manager) =>
      toPartyDto(await this.insertParty(manager, user, dto, (await this.cities.actingCity(user, 'cityAgs', dto.cityAgs, manager)).ags)),
    );
  }

  async update(user: AuthUser, id: string, dto: UpdatePartyDto, ifMatch: IfMatchHeader): Promise<PartyDto> {
    assertPermission(user, 'party:write');
    return this.writeQueue.run(async (manager) => {
      const party = await manager.getRepository(Party).findOneBy({ id });
      if (!party || !inCityScope(user, party.cityAgs)) throw notFound('party', id);
      checkIfMatch(ifMatch, party.version);
      const name = dto.name ?? party.name;
      const values = {
        kind: dto.kind ?? party.kind,
        name,
        aliases: mergeAliases(dto.aliases ?? party.aliases, name, name !== party.name ? party.name : null),
        contactAddress: dto.contactAddress === undefined ? party.contactAddress : dto.contactAddress,
      };
      const changes = Object.fromEntries(
        (Object.keys(values) as Array<keyof typeof values>)
          .filter((k) => JSON.stringify(values[k]) !== JSON.stringify(party[k]))
          .map((k) => [k, { from: party[k], to: values[k] }]),
      );
      if (Object.keys(changes).length === 0) return toPartyDto(party);
      const version = await updateAtVersion(manager, Party, party, values);
      await this.audit.append(manager, user, { action: 'party_updated', entity: 'party', entityId: id, payload: { changes } });
      return toPartyDto({ ...party, ...values, version });
    });
  }

  async listForProperty(user: AuthUser, propertyId: string): Promise<PropertyPartyDto[]> {
    assertPermission(user, 'party:read');
    await visiblePropertyCity(this.dataSource.manager, user, propertyId);
    const links = await this.dataSource.getRepository(PropertyParty).find({ where: { propertyId }, relations: { party: true } });
    this.reads.record(user, propertyId, 'parties');
    // Sorted here because databases disagree on where NULL sorts; an open start counts as earliest.
    links.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    return links.map((link) => toPropertyPartyDto(link, link.party!));
  }

  async link(user: AuthUser, propertyId: string, dto: LinkPartyDto): Promise<PropertyPartyDto> {
    assertPermission(user, 'party:write');
    checkLink(dto);
    return this.writeQueue.run(async (manager) => {
      const cityAgs = await visiblePropertyCity(manager, user, propertyId);
      if (dto.party?.cityAgs !== undefined && dto.party.cityAgs !== cityAgs) {
        throw badRequest('validation_failed', 'party.cityAgs: not the building’s city.', [
          fieldError('party.cityAgs', 'cityOutOfScope', 'a party linked to a building belongs to the building’s city'),
        ]);
      }
      // A party of another city's file is not linked: cities never share one party's personal data.
      const party = dto.party
        ? await this.insertParty(manager, user, dto.party, cityAgs)
        : await manager.getRepository(Party).findOneBy({ id: dto.partyId!, cityAgs });
      if (!party) throw badRequest('unknown_party', 'partyId: no party with this id.', [fieldError('partyId', 'unknownParty', 'no party with this id')]);
      const link = { id: randomUUID(), propertyId, partyId: party.id, role: dto.role, validFrom: dto.validFrom ?? null, validTo: dto.validTo ?? null };
      await manager.getRepository(PropertyParty).insert(link);
      await this.audit.append(manager, user, { action: 'property_party_linked', entity: 'property', entityId: propertyId, payload: link });
      return toPropertyPartyDto(await manager.getRepository(PropertyParty).findOneByOrFail({ id: link.id }), party);
    });
  }

  private async insertParty(manager: EntityManager, user: AuthUser, dto: CreatePartyDto, cityAgs: string): Promise<Party> {
    const values = {
      kind: dto.kind,
      name: dto.name,
      aliases: mergeAliases(dto.aliases ?? [], dto.name, null),
      contactAddress: dto.contactAddress ?? null,
      cityAgs,
    };
    const id = randomUUID();
    await manager.getRepository(Party).insert({ id, ...values });
    await this.audit.append(manager, user, { action: 'party_created', entity: 'party', entityId: id, payload: values });
    return manager.getRepository(Party).findOneByOrFail({ id });
  }
}

/** Exactly one way to name the party, and a period that does not end before it begins. */
function checkLink(dto: LinkPartyDto): void {
  if ((dto.partyId === undefined) === (dto.party === undefined)) {
    const message = 'give either partyId or party, not both or neither';
    throw badRequest('validation_failed', `Invalid input in: partyId, party.`, [
      fieldError('partyId', 'partyOrPartyId', message),
      fieldError('party', 'partyOrPartyId', message),
    ]);
  }
  if (dto.validFrom && dto.validTo && dto.validTo < dto.validFrom) {
    throw badRequest('validation_failed', 'Invalid input in: validTo.', [fieldError('validTo', 'periodOrder', 'validTo must not be before validFrom')]);
  }
}
