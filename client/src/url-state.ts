import type { PropertyStatus } from './api-types';

export const STATUSES: readonly PropertyStatus[] = ['suspected', 'inspected', 'uninhabitable', 'renovation', 'released', 'relet', 'closed'];

export interface MapFilters {
  /** Empty means every status. */
  statuses: PropertyStatus[];
  district: string | null;
  agency: string | null;
  from: string | null;
  to: string | null;
  openMeasures: boolean;
  overThreshold: boolean;
  /** Buildings whose address the official list lacks, to be checked. */
  addressUnmatched: boolean;
}

export interface MapCentre {
  lat: number;
  lon: number;
  zoom: number;
}

export type Panel = 'file' | 'operation' | null;

/** Everything a lead can send as a link: centre, zoom, filters, the selected building and the open panel. */
export interface ViewState {
  centre: MapCentre | null;
  filters: MapFilters;
  selected: string | null;
  panel: Panel;
}

export const EMPTY_FILTERS: MapFilters = {
  statuses: [],
  district: null,
  agency: null,
  from: null,
  to: null,
  openMeasures: false,
  overThreshold: false,
  addressUnmatched: false,
};

export const EMPTY_VIEW: ViewState = { centre: null, filters: EMPTY_FILTERS, selected: null, panel: null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AGENCY = /^[a-z0-9_-]{1,40}$/;

/** Reads the view from a location hash such as `#map=14/51.4312/6.7621&status=uninhabitable&p=<id>`; anything invalid falls back to the default. */
export function parseViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const statuses = (params.get('status') ?? '').split(',').filter((s): s is PropertyStatus => (STATUSES as readonly string[]).includes(s));
  const pick = (name: string, pattern: RegExp) => {
    const value = params.get(name);
    return value !== null && pattern.test(value) ? value : null;
  };
  const selected = pick('p', UUID);
  const panel: Panel = params.get('new') === '1' ? 'operation' : selected ? 'file' : null;
  return {
    centre: parseCentre(params.get('map')),
    filters: {
      statuses: STATUSES.filter((s) => statuses.includes(s)),
      district: pick('district', UUID),
      agency: pick('agency', AGENCY),
      from: pick('from', DATE),
      to: pick('to', DATE),
      openMeasures: params.get('open') === '1',
      overThreshold: params.get('dense') === '1',
      addressUnmatched: params.get('unofficial') === '1',
    },
    selected,
    panel,
  };
}

function parseCentre(value: string | null): MapCentre | null {
  const match = value ? /^(\d{1,2})\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(value) : null;
  if (!match) return null;
  const [zoom, lat, lon] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (zoom > 22 || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

/** The hash for a view; only what differs from the defaults is written, so links stay short. */
export function formatViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.centre) params.set('map', `${view.centre.zoom}/${view.centre.lat.toFixed(5)}/${view.centre.lon.toFixed(5)}`);
  const f = view.filters;
  if (f.statuses.length) params.set('status', STATUSES.filter((s) => f.statuses.includes(s)).join(','));
  if (f.district) params.set('district', f.district);
  if (f.agency) params.set('agency', f.agency);
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.openMeasures) params.set('open', '1');
  if (f.overThreshold) params.set('dense', '1');
  if (f.addressUnmatched) params.set('unofficial', '1');
  if (view.selected) params.set('p', view.selected);
  if (view.panel === 'operation') params.set('new', '1');
  // URLSearchParams escapes "/" and ","; both are safe in a fragment and easier to read.
  return `#${params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',')}`;
}

/** The query of GET /map for a set of filters. */
export function mapFilterQuery(filters: MapFilters): Record<string, string | boolean | readonly string[] | null> {
  return {
    status: filters.statuses,
    district: filters.district,
    agency: filters.agency,
    from: filters.from,
    to: filters.to,
    openMeasures: filters.openMeasures,
    overThreshold: filters.overThreshold,
    addressUnmatched: filters.addressUnmatched,
  };
}

export function sameFilters(a: MapFilters, b: MapFilters): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
