import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import type { Bbox } from './map-params.js';
import { PROPERTY_STATUSES, type PropertyStatus } from '../properties/status-catalogue.js';

/** The compact, column-wise form of the properties matching one set of filters (100,000 rows stay a few MB). */
export interface PointSet {
  ids: string[];
  lon: Float64Array;
  lat: Float64Array;
  /** Index into PROPERTY_STATUSES. */
  status: Uint8Array;
  statusCounts: Record<PropertyStatus, number>;
}

export interface PointRow {
  id: string;
  lat: number;
  lon: number;
  status: string;
}

interface PointProps {
  i: number;
}

interface ClusterProps {
  c: number[];
}

export interface ClusterIndex {
  index: Supercluster<PointProps, ClusterProps>;
  points: PointSet;
  total: number;
}

export interface ClusterHit {
  kind: 'cluster';
  clusterId: number;
  lon: number;
  lat: number;
  count: number;
  counts: Partial<Record<PropertyStatus, number>>;
  status: PropertyStatus;
  expansionZoom: number;
}

export interface PointHit {
  kind: 'point';
  id: string;
  lon: number;
  lat: number;
  status: PropertyStatus;
}

export interface ClusterQueryResult {
  hits: Array<ClusterHit | PointHit>;
  /** The zoom the answer was computed for; lower than asked when the view held too many single points. */
  zoom: number;
}

/** Leaflet zoom from which every property is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 15;
/** Cluster radius in supercluster units: 44 of a 512 extent is 22 screen pixels on 256-pixel tiles. */
const CLUSTER_RADIUS = 44;
/** Two neighbours stay two points; a cluster starts at three. */
const CLUSTER_MIN_POINTS = 3;
/** Ties between equally frequent statuses go to the one needing attention most. */
const DOMINANCE: readonly PropertyStatus[] = ['uninhabitable', 'renovation', 'inspected', 'suspected', 'released', 'relet', 'closed'];

const STATUS_INDEX = new Map<string, number>(PROPERTY_STATUSES.map((s, i) => [s, i]));

export function emptyStatusCounts(): Record<PropertyStatus, number> {
  return Object.fromEntries(PROPERTY_STATUSES.map((s) => [s, 0])) as Record<PropertyStatus, number>;
}

/** Rows with an unknown status are dropped rather than drawn in a colour the server never assigned. */
export function toPointSet(rows: readonly PointRow[]): PointSet {
  const known = rows.filter((r) => STATUS_INDEX.has(r.status) && Number.isFinite(r.lat) && Number.isFinite(r.lon));
  const set: PointSet = {
    ids: new Array<string>(known.length),
    lon: new Float64Array(known.length),
    lat: new Float64Array(known.length),
    status: new Uint8Array(known.length),
    statusCounts: emptyStatusCounts(),
  };
  known.forEach((row, i) => {
    set.ids[i] = row.id;
    set.lon[i] = Number(row.lon);
    set.lat[i] = Number(row.lat);
    set.status[i] = STATUS_INDEX.get(row.status)!;
    set.statusCounts[row.status as PropertyStatus] += 1;
  });
  return set;
}

/** Clusters the points whose status is in `statuses` (all when null), carrying per-status counts up the tree. */
export function buildClusterIndex(points: PointSet, statuses: ReadonlySet<PropertyStatus> | null): ClusterIndex {
  const wanted = statuses ? new Set([...statuses].map((s) => STATUS_INDEX.get(s)!)) : null;
  const features: Array<PointFeature<PointProps>> = [];
  for (let i = 0; i < points.ids.length; i += 1) {
    if (wanted && !wanted.has(points.status[i])) continue;
    features.push({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [points.lon[i], points.lat[i]] } });
  }
  const index = new Supercluster<PointProps, ClusterProps>({
    maxZoom: CLUSTER_MAX_ZOOM,
    radius: CLUSTER_RADIUS,
    minPoints: CLUSTER_MIN_POINTS,
    map: (props) => {
      const c = new Array<number>(PROPERTY_STATUSES.length).fill(0);
      c[points.status[props.i]] = 1;
      return { c };
    },
    // Supercluster copies cluster properties shallowly, so the counts array must be replaced, never added to in place.
    reduce: (acc, props) => {
      acc.c = acc.c.map((n, s) => n + props.c[s]);
    },
  });
  index.load(features);
  return { index, points, total: features.length };
}

/** Clusters and single points in the box; zooms out step by step while more than `maxHits` would be sent. */
export function queryClusterIndex(cluster: ClusterIndex, bbox: Bbox, zoom: number, maxHits: number): ClusterQueryResult {
  let z = zoom;
  let features = cluster.index.getClusters(bbox, z);
  while (features.length > maxHits && z > 0) {
    z = Math.min(z - 1, CLUSTER_MAX_ZOOM);
    features = cluster.index.getClusters(bbox, z);
  }
  const hits = features.map((f): ClusterHit | PointHit => {
    const [lon, lat] = f.geometry.coordinates;
    const props = f.properties as Partial<ClusterProperties> & Partial<ClusterProps> & Partial<PointProps>;
    if (props.cluster) {
      const counts: Partial<Record<PropertyStatus, number>> = {};
      props.c!.forEach((n, s) => {
        if (n > 0) counts[PROPERTY_STATUSES[s]] = n;
      });
      return {
        kind: 'cluster',
        clusterId: props.cluster_id!,
        lon: round6(lon),
        lat: round6(lat),
        count: props.point_count!,
        counts,
        status: dominantStatus(counts),
        expansionZoom: Math.min(cluster.index.getClusterExpansionZoom(props.cluster_id!), CLUSTER_MAX_ZOOM + 1),
      };
    }
    const i = props.i!;
    // The stored position (to 0.1 m), not the index's mercator round trip, so a point sits where it was recorded.
    return {
      kind: 'point',
      id: cluster.points.ids[i],
      lon: round6(cluster.points.lon[i]),
      lat: round6(cluster.points.lat[i]),
      status: PROPERTY_STATUSES[cluster.points.status[i]],
    };
  });
  return { hits, zoom: z };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The most frequent status in a cluster, ties going to the one needing attention most. */
export function dominantStatus(counts: Partial<Record<PropertyStatus, number>>): PropertyStatus {
  let best: PropertyStatus = DOMINANCE[0];
  let bestCount = -1;
  for (const status of DOMINANCE) {
    const n = counts[status] ?? 0;
    if (n > bestCount) {
      best = status;
      bestCount = n;
    }
  }
  return best;
}
