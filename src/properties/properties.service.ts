import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { matchOfficialAddress } from '../addresses/address-match.js';
import { AuditService } from '../audit/audit.service.js';
import { ReadLog } from '../audit/read-log.service.js';
import { assertPermission } from '../auth/access.js';
import { CitiesService } from '../cities/cities.service.js';
import { inCityScope, scopeToCity } from '../cities/city-scope.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Permission } from '../auth/roles.js';
import { checkIfMatch, type IfMatchHeader } from '../common/conditional-write.js';
import { badRequest, conflict, notFound, fieldError } from '../common/problem.js';
import { WriteQueue } from '../database/write-queue.js';
import type { District } from '../districts/district.entity.js';
import { DistrictsService, type Locate, type LocatedDistricts } from '../districts/districts.service.js';
import { addressKey } from './address-key.js';
import {
  PROPERTY_RELATIONS,
  toPropertyDetail,
  toPropertySummary,
  toFileReadDto,
  type CreatePropertyDto,
  type FileReadDto,
  type ListPropertiesQueryDto,
  type PropertyDetailDto,
  type PropertyPageDto,
  type UpdatePropertyDto,
} from './properties.dto.js';
import { visiblePropertyCity } from './property-access.js';
import { lockProperty, moveDistrictCopies, newBuildingFile, projectBuildingFile } from './property-history.js';
import { applyAddressSearch, applyCursor, decodeCursor, encodeCursor } from './property-search.js';
import { Property } from './property.entity.js';

const DEFAULT_LIMIT = 50;

/** Inspectors meet new buildings and flats in the field, so whoever files operations may record them; corrections stay with property:write. */
export const RECORD_IN_FIELD: Permission = 'operation:file';
const ADDRESS_FIELDS = ['street', 'houseNumber', 'houseNumberSuffix', 'postcode', 'city', 'lat', 'lon', 'note'] as const;

interface DistrictIds {
  districtId: string | null;
  subdistrictId: string | null;
}

@Injectable()
export class PropertiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writeQueue: WriteQueue,
    private readonly audit: AuditService,
    private readonly districts: DistrictsService,
    private readonly cities: CitiesService,
    private readonly readLog: ReadLog,
  ) {}

  async create(user: AuthUser, dto: CreatePropertyDto): Promise<PropertyDetailDto> {
    assertPermission(user, RECORD_IN_FIELD);
    // A Land role's building joins the city whose districts contain it, unless named.
    const named = dto.cityAgs ?? (user.cityAgs === null ? await this.districts.cityAt(dto.lat, dto.lon) : undefined);
    const { ags: cityAgs } = await this.cities.actingCity(user, 'cityAgs', named);
    const key = addressKey(dto);
    const id = randomUUID();
    return this.writeQueue.run(async (manager) => {
      const locate = await this.districts.locatorIn(manager);
      const districtIds = dto.districtId
        ? await this.givenDistrict(manager, locate, dto.districtId, { ...dto, cityAgs })
        : idsOf(locate(dto.lat, dto.lon, cityAgs));
      await this.assertAddressFree(manager, dto.city, key, null);
      const matched = await matchOfficialAddress(manager, cityAgs, dto, dto, dto.officialAddressId);
      const values = {
        street: dto.street,
        houseNumber: dto.houseNumber,
        houseNumberSuffix: dto.houseNumberSuffix ?? null,
        postcode: dto.postcode ?? null,
        city: dto.city,
        cityAgs,
        addressKey: key,
        lat: dto.lat,
        lon: dto.lon,
        ...matched,
        ...districtIds,
        origin: dto.origin,
        note: dto.note ?? null,
        ...newBuildingFile(new Date()),
      };
      await this.insertOrConflict(manager, { id, ...values, createdBy: user.id }, dto.city, key);
      await projectBuildingFile(manager, id);
      await this.audit.append(manager, user, { action: 'property_created', entity: 'property', entityId: id, payload: values });
      return toPropertyDetail(await this.loadOrFail(manager, id));
    });
  }

  async get(user: AuthUser, id: string): Promise<PropertyDetailDto> {
    assertPermission(user, 'property:read');
    const property = await this.loadOrFail(this.dataSource.manager, id, user);
    this.readLog.record(user, id, 'detail');
    return toPropertyDetail(property);
  }

  /** Reads of the building's file, newest first, including those still being written. */
  async reads(user: AuthUser, id: string, limit: number): Promise<FileReadDto[]> {
    assertPermission(user, 'file-read:list');
    await visiblePropertyCity(this.dataSource.manager, user, id);
    await this.readLog.flushed();
    return (await this.readLog.list(id, limit)).map(toFileReadDto);
  }

  /** For other modules that answer with the property after their own write (e.g. decisions). */
  async findDetail(id: string, manager: EntityManager = this.dataSource.manager): Promise<PropertyDetailDto> {
    return toPropertyDetail(await this.loadOrFail(manager, id));
  }

  async update(user: AuthUser, id: string, dto: UpdatePropertyDto, ifMatch: IfMatchHeader): Promise<PropertyDetailDto> {
    assertPermission(user, 'property:write');
    return this.writeQueue.run(async (manager) => {
      await lockProperty(manager, id);
      const locate = await this.districts.locatorIn(manager);
      // Compared under the lock: of edits made from one version, exactly one applies and the rest answer 412.
      const current = await this.loadOrFail(manager, id, user);
      checkIfMatch(ifMatch, current.version);
      const next = { ...pick(current), ...definedOnly(dto) };
      const moved = next.lat !== current.lat || next.lon !== current.lon;
      const districtIds = moved ? idsOf(locate(next.lat, next.lon, current.cityAgs)) : { districtId: current.districtId, subdistrictId: current.subdistrictId };
      const key = addressKey(next);
      // A new address or position is matched with the gazetteer again; a note alone leaves the match as it was.
      const matched =
        moved || key !== current.addressKey
          ? await matchOfficialAddress(manager, current.cityAgs, next, next)
          : { officialAddressId: current.officialAddressId, addressMatch: current.addressMatch };
      const values = { ...next, addressKey: key, ...matched, ...districtIds };
      const changes = Object.fromEntries(
        (Object.keys(values) as Array<keyof typeof values>).filter((k) => values[k] !== current[k]).map((k) => [k, { from: current[k], to: values[k] }]),
      );
      if (Object.keys(changes).length === 0) return toPropertyDetail(current);
      if (values.addressKey !== current.addressKey || next.city !== current.city) await this.assertAddressFree(manager, next.city, values.addressKey, id);
      await manager.getRepository(Property).update({ id }, { ...values, version: current.version + 1 });
      if (values.districtId !== current.districtId) await moveDistrictCopies(manager, id, values.districtId);
      await this.audit.append(manager, user, { action: 'property_updated', entity: 'property', entityId: id, payload: { changes } });
      return toPropertyDetail(await this.loadOrFail(manager, id));
    });
  }

  async list(user: AuthUser, query: ListPropertiesQueryDto): Promise<PropertyPageDto> {
    assertPermission(user, 'property:read');
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.dataSource.getRepository(Property).createQueryBuilder('p').leftJoinAndSelect('p.district', 'd').leftJoinAndSelect('p.subdistrict', 's');
    scopeToCity(qb, 'p.cityAgs', user);
    if (query.status?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: query.status });
    if (query.districtId) qb.andWhere('(p.districtId = :districtId OR p.subdistrictId = :districtId)', { districtId: query.districtId });
    if (query.q) applyAddressSearch(qb, 'p', query.q);
    if (query.cursor) applyCursor(qb, 'p', decodeCursor(query.cursor));
    const rows = await qb
      .orderBy('p.city', 'ASC')
      .addOrderBy('p.addressKey', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toPropertySummary), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  /** Loads with the district names the mappers need; 404 when missing, or outside the city of the user given. */
  async loadOrFail(manager: EntityManager, id: string, user?: AuthUser): Promise<Property> {
    const property = await manager.getRepository(Property).findOne({ where: { id }, relations: PROPERTY_RELATIONS });
    if (!property || (user && !inCityScope(user, property.cityAgs))) throw notFound('property', id);
    return property;
  }

  /** A given Stadtbezirk keeps the Ortsteil found inside it; a given Ortsteil brings its Stadtbezirk. */
  private async givenDistrict(
    manager: EntityManager,
    locate: Locate,
    districtId: string,
    at: { lat: number; lon: number; cityAgs: string },
  ): Promise<DistrictIds> {
    const district = await this.districts.findById(districtId, manager);
    const refuse = (message: string) => badRequest('unknown_district', `districtId: ${message}.`, [fieldError('districtId', 'unknownDistrict', message)]);
    // Another city's district is answered like a missing one: its id says nothing to this city.
    if (!district || district.cityAgs !== at.cityAgs) throw refuse('no district with this id in the building’s city');
    const located = locate(at.lat, at.lon, at.cityAgs);
    if (district.level === 'ortsteil') {
      const parent: District | null = located.ortsteil?.id === district.id ? located.bezirk : await this.districts.findParent(district, manager);
      return { districtId: parent?.id ?? null, subdistrictId: district.id };
    }
    const ortsteil = located.ortsteil?.parentCode === district.code ? located.ortsteil : null;
    return { districtId: district.id, subdistrictId: ortsteil?.id ?? null };
  }

  private async assertAddressFree(manager: EntityManager, city: string, key: string, exceptId: string | null): Promise<void> {
    const existing = await manager
      .getRepository(Property)
      .createQueryBuilder('p')
      .select(['p.id'])
      .where('LOWER(p.city) = LOWER(:city) AND p.addressKey = :key', { city, key })
      .getOne();
    if (existing && existing.id !== exceptId) {
      throw conflict('duplicate_address', 'A property with this address already exists in this city.', { existingId: existing.id });
    }
  }

  /** The unique index is the last word when two instances insert the same address at once (PostgreSQL). */
  private async insertOrConflict(manager: EntityManager, row: Partial<Property>, city: string, key: string): Promise<void> {
    try {
      await manager.getRepository(Property).insert(row);
    } catch (error) {
      if (!(error instanceof QueryFailedError) || !/UNIQUE|unique constraint|duplicate key/i.test(error.message)) throw error;
      const existing = await this.dataSource.getRepository(Property).findOne({ where: { city, addressKey: key }, select: { id: true } });
      throw conflict('duplicate_address', 'A property with this address already exists in this city.', { existingId: existing?.id ?? null });
    }
  }
}

function pick(p: Property) {
  return Object.fromEntries(ADDRESS_FIELDS.map((k) => [k, p[k]])) as Pick<Property, (typeof ADDRESS_FIELDS)[number]>;
}

function definedOnly(dto: UpdatePropertyDto): Partial<Pick<Property, (typeof ADDRESS_FIELDS)[number]>> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
}

function idsOf({ bezirk, ortsteil }: LocatedDistricts): DistrictIds {
  return { districtId: bezirk?.id ?? null, subdistrictId: ortsteil?.id ?? null };
}
