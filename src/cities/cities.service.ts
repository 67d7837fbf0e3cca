import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { badRequest, conflict, fieldError } from '../common/problem.js';
import { WriteQueue } from '../database/write-queue.js';
import { landOfAgs } from './city-key.js';
import { inCityScope } from './city-scope.js';
import { toCityDto, type CityDto, type CreateCityDto } from './cities.dto.js';
import { City } from './city.entity.js';

/** The actor of cities made with `npm run cities`, as the audit trail names it. */
const COMMAND_LINE: Actor = { id: null, username: 'command-line' };

@Injectable()
export class CitiesService {
  /** Cities by AGS: their Land and time zone never change, so every instance may keep them. */
  private readonly known = new Map<string, City>();

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

  /** A city by AGS; inside a write, through its transaction's manager, as another pooled connection could wait forever. */
  async get(ags: string, manager: EntityManager = this.dataSource.manager): Promise<City> {
    const known = this.known.get(ags);
    if (known) return known;
    const city = await manager.getRepository(City).findOneByOrFail({ ags });
    this.known.set(ags, city);
    return city;
  }

  /** Every city, for the command line, which asks without a user. */
  all(): Promise<City[]> {
    return this.dataSource.getRepository(City).find({ order: { name: 'ASC' } });
  }

  /**
   * The city a user acts in, named in the request's `field` or not: one the user works in if named, else their own,
   * or for a Land role the installation's only one; with several, a Land role must name it. What a new record belongs
   * to and what a summary is of.
   */
  async actingCity(user: Pick<AuthUser, 'cityAgs'>, field: string, requested?: string, manager: EntityManager = this.dataSource.manager): Promise<City> {
    const refuse = (code: 'cityOutOfScope' | 'cityRequired' | 'unknownCity', message: string) =>
      badRequest('validation_failed', `${field}: ${message}.`, [fieldError(field, code, message)]);
    if (requested !== undefined && !inCityScope(user, requested)) throw refuse('cityOutOfScope', 'another city than the user’s own');
    const ags = requested ?? user.cityAgs;
    if (ags !== null) {
      const city = await manager.getRepository(City).findOneBy({ ags });
      if (!city) throw refuse('unknownCity', `no city with the AGS ${ags}`);
      return city;
    }
    const cities = await manager.getRepository(City).find({ take: 2 });
    if (cities.length === 1) return cities[0];
    if (cities.length === 0) throw conflict('city_not_set_up', 'No city is set up yet: an administrator adds it first (npm run cities -- create).');
    throw refuse('cityRequired', 'the installation serves several cities: name the AGS of one');
  }

  private async insert(actor: Actor, dto: CreateCityDto): Promise<CityDto> {
    const land = landOfAgs(dto.ags);
    if (!land.ok) throw badRequest('validation_failed', `ags: ${land.message}.`, [fieldError('ags', land.code, land.message)]);
    const city: City = { ags: dto.ags, name: dto.name, land: land.land, timeZone: dto.timeZone ?? 'Europe/Berlin', version: 1, createdAt: new Date() };
    return this.writes.run(async (manager) => {
      if (await manager.getRepository(City).existsBy({ ags: dto.ags })) throw conflict('duplicate_city', `The city with the AGS ${dto.ags} exists already.`);
      await manager.getRepository(City).insert(city);
      const { createdAt: _, ...payload } = city;
      await this.audit.append(manager, actor, { action: 'city_created', entity: 'city', entityId: city.ags, payload });
      return toCityDto(city);
    });
  }
}
