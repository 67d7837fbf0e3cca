import { Injectable } from '@nestjs/common';
import { assertPermission } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import { badRequest, fieldError } from '../common/problem.js';
import { AppConfig } from '../config/app-config.js';
import { DataVersions } from '../database/data-versions.js';
import { MetaService } from '../database/meta.service.js';
import { VersionedCache } from '../database/versioned-cache.js';
import { DistrictsService } from '../districts/districts.service.js';
import { buildClusterIndex, CLUSTER_MAX_ZOOM, emptyStatusCounts, queryClusterIndex, toPointSet, type ClusterIndex, type PointSet } from './cluster-index.js';
import { pointSetKey, usesCaseData, type PointFilters } from './map-points.js';
import { MapRepository, type LandCities } from './map.repository.js';
import { CitiesService } from '../cities/cities.service.js';
import { inCityScope } from '../cities/city-scope.js';
import { toLegalProfileDto } from '../cities/cities.dto.js';
import { LANDS, LEGAL_PROFILES } from '../legal/legal-profiles.js';
import { parseBbox } from './map-params.js';
import { choroplethClasses, type ChoroplethClass } from '../common/choropleth-scale.js';
import type { ClientConfigDto, DistrictStatusOverviewDto, MapFeatureCollectionDto, MapFeatureDto, MapQueryDto } from './map.dto.js';
import { PROPERTY_STATUSES, type PropertyStatus, STATUS_STYLE } from '../properties/status-catalogue.js';

/** More single points than this in one answer are sent as clusters of a lower zoom instead. */
export const MAX_FEATURES = 2500;
export const OUTLINES_ATTRIBUTION_FALLBACK = '© OpenStreetMap contributors (ODbL)';

@Injectable()
export class MapService {
  // A handful of recent filter combinations; each index of 100,000 points holds a few MB.
  private readonly pointSets = new VersionedCache<PointSet>(8);
  private readonly indexes = new VersionedCache<ClusterIndex>(8);

  constructor(
    private readonly points: MapRepository,
    private readonly config: AppConfig,
    private readonly meta: MetaService,
    private readonly districts: DistrictsService,
    private readonly versions: DataVersions,
    private readonly cities: CitiesService,
  ) {}

  async features(user: AuthUser, query: MapQueryDto): Promise<MapFeatureCollectionDto> {
    assertPermission(user, 'map:read');
    const filters: PointFilters = {
      district: query.district ?? null,
      agency: query.agency ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      openMeasures: query.openMeasures === true,
      overThreshold: query.overThreshold === true,
      addressUnmatched: query.addressUnmatched === true,
    };
    if (filters.from && filters.to && filters.from > filters.to) {
      throw badRequest('validation_failed', 'Invalid input in: to.', [fieldError('to', 'dateOrder', 'to must not be before from')]);
    }
    const statuses = query.status?.length ? [...new Set(query.status)].sort() : null;
    // Read the version before the data: a write committed in between only makes the next request rebuild.
    const version = await this.versions.read(usesCaseData(filters) ? ['properties', 'cases'] : ['properties']);
    const setKey = pointSetKey(filters, user);
    const points = await this.pointSets.get(setKey, version, async () =>
      toPointSet(await this.points.pointRows(filters, user, filters.overThreshold ? await this.landsInScope(user) : [])),
    );
    const cluster = await this.indexes.get(`${setKey}|${statuses?.join(',') ?? '*'}`, version, () =>
      Promise.resolve(buildClusterIndex(points, statuses ? new Set(statuses) : null)),
    );
    const { hits, zoom } = queryClusterIndex(cluster, parseBbox(query.bbox)!, query.zoom, MAX_FEATURES);
    const labels = await this.points.addressLabels(hits.flatMap((h) => (h.kind === 'point' ? [h.id] : [])));
    const features = hits.map((hit): MapFeatureDto => {
      const geometry = { type: 'Point' as const, coordinates: [hit.lon, hit.lat] as [number, number] };
      const colour = STATUS_STYLE[hit.status].colour;
      if (hit.kind === 'cluster') {
        return {
          type: 'Feature',
          id: `c${hit.clusterId}`,
          geometry,
          properties: { cluster: true, count: hit.count, counts: hit.counts, status: hit.status, colour, expansionZoom: hit.expansionZoom },
        };
      }
      return { type: 'Feature', id: hit.id, geometry, properties: { id: hit.id, status: hit.status, colour, label: labels.get(hit.id) ?? '' } };
    });
    return {
      type: 'FeatureCollection',
      features,
      total: cluster.total,
      statusCounts: points.statusCounts,
      zoom,
      singlePointsFromZoom: CLUSTER_MAX_ZOOM + 1,
    };
  }

  /** Counts per Stadtbezirk and status: no addresses, so the council may see it. */
  async districtOverview(user: AuthUser): Promise<DistrictStatusOverviewDto> {
    assertPermission(user, 'district-view:read');
    const bezirke = (await this.districts.list(user, { level: 'bezirk' })).features.map((f) => f.properties);
    const byDistrict = new Map<string | null, Record<PropertyStatus, number>>();
    for (const row of await this.points.statusCountsByDistrict(user)) {
      if (!PROPERTY_STATUSES.includes(row.status)) continue;
      const known = row.districtId !== null && bezirke.some((b) => b.id === row.districtId);
      const key = known ? row.districtId : null;
      const counts = byDistrict.get(key) ?? emptyStatusCounts();
      counts[row.status] += row.count;
      byDistrict.set(key, counts);
    }
    const items = bezirke.map((b) => {
      const counts = byDistrict.get(b.id) ?? emptyStatusCounts();
      return { id: b.id, code: b.code, name: b.name, city: b.city, counts, total: sum(counts) };
    });
    const scale = (value: (item: (typeof items)[number]) => number) => choroplethClasses(Math.max(0, ...items.map(value)));
    const scales = {
      total: scale((i) => i.total),
      ...(Object.fromEntries(PROPERTY_STATUSES.map((status) => [status, scale((i) => i.counts[status])])) as Record<PropertyStatus, ChoroplethClass[]>),
    };
    return { items, withoutDistrict: byDistrict.get(null) ?? emptyStatusCounts(), scales };
  }

  /** Before login: the installation's city's time zone and law, which the user's city replaces once logged in. */
  async clientConfig(): Promise<ClientConfigDto> {
    const outlines = await this.districts.list({ cityAgs: null }, {});
    const cities = await this.cities.all();
    const lands = new Set(cities.map((c) => c.land));
    return {
      demoData: await this.meta.isDemo(),
      tiles: { ...this.config.tiles },
      statuses: PROPERTY_STATUSES.map((status) => ({ status, ...STATUS_STYLE[status] })),
      outlinesAttribution: outlines.attribution || OUTLINES_ATTRIBUTION_FALLBACK,
      timeZone: cities.length === 1 ? cities[0].timeZone : 'Europe/Berlin',
      // Nordrhein-Westfalen is the default law until the cities name one Land.
      legal: toLegalProfileDto(LEGAL_PROFILES[lands.size === 1 ? [...lands][0] : LANDS[0]]),
      signIn: { password: this.config.passwordLogin, cityAccount: this.config.oidc !== null },
    };
  }

  /** The cities the user sees, by Land: each count is judged by its own Land's overcrowding rule. */
  private async landsInScope(user: AuthUser): Promise<LandCities[]> {
    const cities = (await this.cities.all()).filter((c) => inCityScope(user, c.ags));
    return LANDS.map((land) => ({ profile: LEGAL_PROFILES[land], cities: cities.filter((c) => c.land === land).map((c) => c.ags) })).filter(
      (l) => l.cities.length > 0,
    );
  }
}

const sum = (counts: Record<PropertyStatus, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
