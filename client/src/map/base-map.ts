import * as L from 'leaflet';
import type { ClientConfig } from '../api-types';
import { escapeHtml } from './leaflet-text';

/** After this many failed tiles without one success the base map is treated as unreachable. */
const TILE_FAILURES_BEFORE_FALLBACK = 3;
/** A network that swallows tile requests never reports an error; without a single tile by then, the same fallback. */
const FIRST_TILE_TIMEOUT_MS = 10_000;

/**
 * The configured tile layer (basemap.de by default; its template has {y} before {x}, which Leaflet fills by name).
 * Without a URL, or when tiles keep failing (no internet), `onUnavailable` lets the outlines become the background.
 */
export function addBaseMap(map: L.Map, tiles: ClientConfig['tiles'], onUnavailable: () => void): void {
  if (!tiles.url) {
    onUnavailable();
    return;
  }
  let loaded = 0;
  let failed = 0;
  let givenUp = false;
  const layer = L.tileLayer(tiles.url, { maxZoom: map.getMaxZoom(), maxNativeZoom: tiles.maxZoom, attribution: escapeHtml(tiles.attribution) });
  const giveUp = () => {
    if (givenUp || loaded > 0) return;
    givenUp = true;
    layer.remove();
    onUnavailable();
  };
  const timer = setTimeout(giveUp, FIRST_TILE_TIMEOUT_MS);
  layer.on('tileload', () => {
    loaded += 1;
    clearTimeout(timer);
  });
  layer.on('tileerror', () => {
    failed += 1;
    if (failed >= TILE_FAILURES_BEFORE_FALLBACK) giveUp();
  });
  // The attribution control picks the tile attribution up from the layer (and drops it if the layer goes).
  layer.addTo(map);
}

export function createLeafletMap(container: HTMLElement, tiles: ClientConfig['tiles'], outlinesAttribution: string): L.Map {
  const map = L.map(container, { zoomControl: true, attributionControl: false, maxZoom: Math.max(tiles.maxZoom, 19), preferCanvas: true, zoomSnap: 1 });
  L.control.attribution({ prefix: 'Leaflet' }).addTo(map).addAttribution(escapeHtml(outlinesAttribution));
  return map;
}
