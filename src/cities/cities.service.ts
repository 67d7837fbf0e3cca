import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { badRequest, conflict, fieldError } from '../common/problem.js';
import { WriteQueue } from '../database/write-queue.js';
import { landOfAgs } from './city-key.js';
import { toCityDto, type CityDto, type CreateCityDto } from './cities.dto.js';
import { City } from './city.entity.js';

/** The actor of cities made with `npm run cities`, as the audit trail names it. */
const COMMAND_LINE: Actor = { id: null, username: 'command-line' };

@Injectable()
export class CitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
  ) {}

  /** The cities the user works in: their own, or every one for a Land role. */
  async list(user: AuthUser): Promise<CityDto[]> {
    assertPermission(user, 'reference:read');
    const cities = await this.dataSource.getRepository(City).find({ where: user.cityAgs ? { ags: user.cityAgs } : {}, order: { name: 'ASC' } });
    return cities.map(toCityDto);
  }

  async create(user: AuthUser, dto: CreateCityDto): Promise<CityDto> {
    assertPermission(user, 'city:manage');
    return this.insert(user, dto);
  }

  /** `npm run cities -- create`: a city before its first administrator exists. */
  createFromCommandLine(dto: CreateCityDto): Promise<CityDto> {
    return this.insert(COMMAND_LINE, dto);
  }

  /** Every city, for the command line, which asks without a user. */
  all(): Promise<City[]> {
    return this.dataSource.getRepository(City).find({ order: { name: 'ASC' } });
  }

  /** The city a record the user creates belongs to: their own, or for a Land role the installation's only one. */
  async ofNewRecord(user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<string> {
    if (user.cityAgs) return user.cityAgs;
    const cities = await manager.getRepository(City).find({ select: { ags: true }, take: 2 });
    if (cities.length === 1) return cities[0].ags;
    throw conflict(
      'city_not_set_up',
      cities.length === 0
        ? 'No city is set up yet: an administrator adds it first (npm run cities -- create).'
        : 'Several cities: a Land role cannot record buildings yet.',
    );
  }

  private async insert(actor: Actor, dto: CreateCityDto): Promise<CityDto> {
    const land = landOfAgs(dto.ags);
    if (!land.ok) throw badRequest('validation_failed', `ags: ${land.message}.`, [fieldError('ags', land.code, land.message)]);
    const city: City = { ags: dto.ags, name: dto.name, land: land.land, timeZone: dto.timeZone ?? 'Europe/Berlin', version: 1, createdAt: new Date() };
    return this.writes.run(async (manager) => {
      if (await manager.getRepository(City).existsBy({ ags: dto.ags })) throw conflict('duplicate_city', `The city with the AGS ${dto.ags} exists already.`);
      // Until every read is narrowed to the reader's city, a second city would see the first one's buildings.
      if ((await manager.getRepository(City).count()) > 0) throw conflict('single_city', 'This installation serves one city so far.');
      await manager.getRepository(City).insert(city);
      const { createdAt: _, ...payload } = city;
      await this.audit.append(manager, actor, { action: 'city_created', entity: 'city', entityId: city.ags, payload });
      return toCityDto(city);
    });
  }
}
