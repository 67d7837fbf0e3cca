import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { scopeToCity } from '../cities/city-scope.js';
import { occupancyPeriods, type LegalProfile } from '../legal/legal-profiles.js';
import { Measure } from '../operations/measure.entity.js';
import { OccupancyCount } from '../operations/occupancy-count.entity.js';
import { OperationAgency } from '../operations/operation-agency.entity.js';
import { Operation } from '../operations/operation.entity.js';
import { addressLabel } from '../properties/properties.dto.js';
import { Property } from '../properties/property.entity.js';
import type { PropertyStatus } from '../properties/status-catalogue.js';
import type { PointRow } from './cluster-index.js';
import type { PointFilters } from './map-points.js';

const LABEL_CHUNK = 500;

/** The cities of one Land, whose law judges their counts. */
export interface LandCities {
  profile: LegalProfile;
  cities: string[];
}

/** The map's questions to the database, one method each, each narrowed to the viewer's city. */
@Injectable()
export class MapRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Only id, position and status of every matching property, in portable SQL: each filter that needs other tables is
   * one `IN (subquery)` over submitted operations, so PostgreSQL and SQLite answer alike.
   */
  async pointRows(f: PointFilters, viewer: Pick<AuthUser, 'agencyCode' | 'cityAgs'>, lands: readonly LandCities[]): Promise<PointRow[]> {
    const viewerAgency = viewer.agencyCode;
    const qb = this.dataSource
      .getRepository(Property)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .addSelect('p.lat', 'lat')
      .addSelect('p.lon', 'lon')
      .addSelect('p.status', 'status');
    scopeToCity(qb, 'p.cityAgs', viewer);
    if (f.district) qb.andWhere('(p.districtId = :district OR p.subdistrictId = :district)', { district: f.district });
    if (f.addressUnmatched) qb.andWhere("p.addressMatch = 'unmatched'");
    if (f.agency || f.from || f.to) qb.andWhere((outer) => `p.id IN ${operationsSubquery(outer, f)}`);
    if (f.openMeasures) {
      qb.andWhere(
        (outer) => {
          const sub = outer
            .subQuery()
            .select('m.propertyId')
            .from(Measure, 'm')
            .innerJoin(Operation, 'mo', 'mo.id = m.operationId')
            .where("m.state = 'open'")
            .andWhere('m.withdrawnByAmendmentId IS NULL')
            .andWhere("mo.state = 'submitted'")
            .andWhere("(m.visibility = 'taskforce' OR m.agencyCode = :viewerAgency)");
          return `p.id IN ${sub.getQuery()}`;
        },
        { viewerAgency },
      );
    }
    if (f.overThreshold) {
      qb.andWhere(
        (outer) => {
          const sub = outer
            .subQuery()
            .select('co.propertyId')
            .from(OccupancyCount, 'c')
            .innerJoin(Operation, 'co', 'co.id = c.operationId')
            .where("co.state = 'submitted'")
            .andWhere('c.withdrawnByAmendmentId IS NULL')
            .andWhere('c.personsFound > 0')
            .andWhere('c.livingSpaceM2 > 0')
            // Same rule as computeDensity: space per person under the minimum in force on the operation's day, the lower one for single rooms.
            .andWhere(overcrowdedUnderItsLandsLaw(lands));
          if (f.from) sub.andWhere('co.date >= :from');
          if (f.to) sub.andWhere('co.date <= :to');
          return `p.id IN ${sub.getQuery()}`;
        },
        { singleRoom: true, notSingleRoom: false },
      );
    }
    qb.setParameters({ agency: f.agency, from: f.from, to: f.to });
    const rows = await qb.getRawMany<{ id: string; lat: number | string; lon: number | string; status: string }>();
    return rows.map((r) => ({ id: r.id, lat: Number(r.lat), lon: Number(r.lon), status: r.status }));
  }

  /** Address labels of the single points actually sent; never held in the per-filter caches. */
  async addressLabels(ids: readonly string[]): Promise<Map<string, string>> {
    const labels = new Map<string, string>();
    for (let start = 0; start < ids.length; start += LABEL_CHUNK) {
      const rows = await this.dataSource.getRepository(Property).find({
        where: { id: In(ids.slice(start, start + LABEL_CHUNK)) },
        select: { id: true, street: true, houseNumber: true, houseNumberSuffix: true, postcode: true, city: true },
      });
      for (const row of rows) labels.set(row.id, addressLabel(row));
    }
    return labels;
  }

  /** How many properties each Stadtbezirk holds per status; properties without one under a null district. */
  async statusCountsByDistrict(viewer: Pick<AuthUser, 'cityAgs'>): Promise<Array<{ districtId: string | null; status: PropertyStatus; count: number }>> {
    const qb = this.dataSource.getRepository(Property).createQueryBuilder('p');
    const rows = await scopeToCity(qb, 'p.cityAgs', viewer)
      .select('p.districtId', 'districtId')
      .addSelect('p.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('p.districtId')
      .addGroupBy('p.status')
      .getRawMany<{ districtId: string | null; status: PropertyStatus; n: number | string }>();
    return rows.map((r) => ({ districtId: r.districtId, status: r.status, count: Number(r.n) }));
  }
}

function operationsSubquery(outer: SelectQueryBuilder<Property>, f: PointFilters): string {
  const sub = outer.subQuery().select('o.propertyId').from(Operation, 'o').where("o.state = 'submitted'");
  if (f.agency) sub.innerJoin(OperationAgency, 'oa', 'oa.operationId = o.id AND oa.agencyCode = :agency');
  if (f.from) sub.andWhere('o.date >= :from');
  if (f.to) sub.andWhere('o.date <= :to');
  return sub.getQuery();
}

/**
 * One condition per Land and rule period of its law: the count's operation is in a city of that Land, falls in the
 * period and is under that rule's minimum.
 */
function overcrowdedUnderItsLandsLaw(lands: readonly LandCities[]): Brackets {
  return new Brackets((qb) => {
    // No rule at all: nothing is counted as overcrowded.
    qb.where('1 = 0');
    lands
      .flatMap(({ profile, cities }, l) => occupancyPeriods(profile).map((rule, r) => ({ rule, cities, i: `${l}_${r}` })))
      .forEach(({ rule, cities, i }) => {
        const params = {
          [`cities${i}`]: cities,
          [`from${i}`]: rule.validFrom,
          [`to${i}`]: rule.validTo,
          [`min${i}`]: rule.minM2PerPerson,
          [`minSingle${i}`]: rule.minM2PerPersonSingleRoom,
        };
        qb.orWhere(
          `(co.cityAgs IN (:...cities${i}) AND co.date >= :from${i}${rule.validTo ? ` AND co.date < :to${i}` : ''} AND (` +
            `(c.singleRoomSharedFacilities = :singleRoom AND c.livingSpaceM2 < c.personsFound * :minSingle${i}) OR ` +
            `(c.singleRoomSharedFacilities = :notSingleRoom AND c.livingSpaceM2 < c.personsFound * :min${i})))`,
          params,
        );
      });
  });
}
