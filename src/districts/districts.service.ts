import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import type { City } from '../cities/city.entity.js';
import { inCityScope } from '../cities/city-scope.js';
import { MetaService } from '../database/meta.service.js';
import { combineAttributions, toDistrictFeature, type DistrictCollectionDto, type ListDistrictsQueryDto } from './districts.dto.js';
import { District } from './district.entity.js';
import { checkDistrictFeature, type DistrictFeatureInput } from './district-features.js';

/** Bumped by every import so each server instance notices changed outlines with one cheap read. */
export const DISTRICTS_VERSION_KEY = 'districts_version';

export interface LocatedDistricts {
  bezirk: District | null;
  ortsteil: District | null;
}

/** The Stadtbezirk and Ortsteil containing a WGS84 point in a city (by AGS). */
export type Locate = (lat: number, lon: number, cityAgs: string) => LocatedDistricts;

export interface ImportResult {
  inserted: number;
  updated: number;
}

interface DistrictCache {
  fingerprint: string;
  districts: District[];
}

@Injectable()
export class DistrictsService {
  private cache: DistrictCache | null = null;
  private loading: { fingerprint: string; promise: Promise<DistrictCache> } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meta: MetaService,
  ) {}

  /** The Stadtbezirk and Ortsteil of a city (by AGS) containing a WGS84 point; the bezirk follows the Ortsteil's parent where both exist. */
  async locate(lat: number, lon: number, cityAgs: string): Promise<LocatedDistricts> {
    return locateIn(await this.current(), lat, lon, cityAgs);
  }

  /** The outlines as a lookup for many points outside a transaction (a preview). */
  async locator(): Promise<Locate> {
    const districts = await this.current();
    return (lat, lon, cityAgs) => locateIn(districts, lat, lon, cityAgs);
  }

  /**
   * The outlines as a lookup inside a write transaction, read through it: a query on another pooled connection
   * could wait forever for a slot held by transactions that wait for this one's lock. On PostgreSQL it first waits
   * for a running districts import (which holds the properties table), so no building gets a district that
   * import replaces; on SQLite the write queue runs the import alone.
   */
  async locatorIn(manager: EntityManager): Promise<Locate> {
    if (manager.connection.options.type === 'postgres') await manager.query('LOCK TABLE properties IN ROW EXCLUSIVE MODE');
    const districts = await this.current(manager);
    return (lat, lon, cityAgs) => locateIn(districts, lat, lon, cityAgs);
  }

  /** The city whose outlines contain a WGS84 point, if exactly one city's do. */
  async cityAt(lat: number, lon: number): Promise<string | undefined> {
    const cities = new Set((await this.current()).filter((d) => containsPoint(d, lat, lon)).map((d) => d.cityAgs));
    return cities.size === 1 ? [...cities][0] : undefined;
  }

  /** The outlines of the user's city (of every city, or the one asked for, for a Land role). */
  async list(user: Pick<AuthUser, 'cityAgs'>, query: ListDistrictsQueryDto): Promise<DistrictCollectionDto> {
    const districts = (await this.current()).filter(
      (d) => inCityScope(user, d.cityAgs) && (!query.level || d.level === query.level) && (!query.city || d.cityAgs === query.city),
    );
    return { type: 'FeatureCollection', features: districts.map(toDistrictFeature), attribution: combineAttributions(districts) };
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<District | null> {
    return manager.getRepository(District).findOneBy({ id });
  }

  /** The Stadtbezirk an Ortsteil belongs to, if known. */
  async findParent(district: Pick<District, 'cityAgs' | 'parentCode'>, manager: EntityManager = this.dataSource.manager): Promise<District | null> {
    if (!district.parentCode) return null;
    return manager.getRepository(District).findOneBy({ cityAgs: district.cityAgs, code: district.parentCode, level: 'bezirk' });
  }

  /** Upserts a city's outlines by code inside the caller's transaction and marks the district set as changed. */
  async importFeatures(
    manager: EntityManager,
    city: Pick<City, 'ags' | 'name'>,
    features: readonly DistrictFeatureInput[],
    attribution: string | null,
  ): Promise<ImportResult> {
    const repository = manager.getRepository(District);
    const result: ImportResult = { inserted: 0, updated: 0 };
    for (const [index, feature] of features.entries()) {
      const { code, name, level, parentCode, geometry } = checkDistrictFeature(feature, index);
      const [minLon, minLat, maxLon, maxLat] = bbox(geometry);
      const values = { city: city.name, cityAgs: city.ags, code, name, level, parentCode, geometry, minLon, minLat, maxLon, maxLat, attribution };
      const existing = await repository.findOne({ where: { cityAgs: city.ags, code }, select: { id: true } });
      if (existing) {
        await repository.update({ id: existing.id }, values);
        result.updated += 1;
      } else {
        await repository.insert({ id: randomUUID(), ...values });
        result.inserted += 1;
      }
    }
    await this.meta.set(manager, DISTRICTS_VERSION_KEY, randomUUID());
    return result;
  }

  /** The cached outlines, reloaded when another instance (or an import here) changed the table; read through the given transaction. */
  private async current(manager: EntityManager = this.dataSource.manager): Promise<District[]> {
    const fingerprint = await this.fingerprint(manager);
    if (this.cache?.fingerprint === fingerprint) return this.cache.districts;
    // Inside a transaction, never wait for a load on another connection (see locatorIn).
    if (manager !== this.dataSource.manager) return (this.cache = await this.load(fingerprint, manager)).districts;
    // Concurrent callers that saw the same fingerprint share one load.
    if (this.loading?.fingerprint !== fingerprint) this.loading = { fingerprint, promise: this.load(fingerprint, manager) };
    const pending = this.loading;
    try {
      this.cache = await pending.promise;
      return this.cache.districts;
    } finally {
      if (this.loading === pending) this.loading = null;
    }
  }

  private async fingerprint(manager: EntityManager): Promise<string> {
    const count = await manager.getRepository(District).count();
    const version = await this.meta.get(DISTRICTS_VERSION_KEY, manager);
    return `${count}:${version ?? ''}`;
  }

  private async load(fingerprint: string, manager: EntityManager): Promise<DistrictCache> {
    const districts = await manager.getRepository(District).find({ order: { level: 'ASC', cityAgs: 'ASC', code: 'ASC' } });
    return { fingerprint, districts };
  }
}

/** The Stadtbezirk and Ortsteil among the given outlines that contain a point. */
export function locateIn(districts: readonly District[], lat: number, lon: number, cityAgs: string): LocatedDistricts {
  const hits = districts.filter((d) => d.cityAgs === cityAgs && containsPoint(d, lat, lon));
  const ortsteil = hits.find((d) => d.level === 'ortsteil') ?? null;
  const parent = ortsteil?.parentCode
    ? districts.find((d) => d.level === 'bezirk' && d.code === ortsteil.parentCode && d.cityAgs === ortsteil.cityAgs)
    : undefined;
  return { bezirk: parent ?? hits.find((d) => d.level === 'bezirk') ?? null, ortsteil };
}

function containsPoint(d: District, lat: number, lon: number): boolean {
  return lon >= d.minLon && lon <= d.maxLon && lat >= d.minLat && lat <= d.maxLat && booleanPointInPolygon([lon, lat], d.geometry as Polygon | MultiPolygon);
}
