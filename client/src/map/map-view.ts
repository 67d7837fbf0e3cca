import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { ClientConfig, DistrictCollection, MapFeature } from '../api-types';
import type { MapCentre } from '../url-state';
import { createOutlineLayer } from './district-layer';
import { addBaseMap, createLeafletMap } from './base-map';
import { createStatusLayer } from './status-layer';

/** Germany, for the moment before the outlines arrive. */
const FALLBACK_CENTRE: MapCentre = { lat: 51.1657, lon: 10.4515, zoom: 6 };

export interface MapViewOptions {
  tiles: ClientConfig['tiles'];
  statuses: ClientConfig['statuses'];
  outlinesAttribution: string;
  initial: MapCentre | null;
  onMove: (centre: MapCentre, bbox: [number, number, number, number]) => void;
  onPoint: (id: string) => void;
  onMapClick: (lat: number, lon: number) => void;
  onTilesUnavailable: () => void;
  clusterTitle: (count: number) => string;
}

export interface MapView {
  drawFeatures(features: readonly MapFeature[]): void;
  setSelected(id: string | null): void;
  setOutlines(collection: DistrictCollection): void;
  centre(): MapCentre;
  bbox(): [number, number, number, number];
  setCentre(centre: MapCentre): void;
  focus(lat: number, lon: number, minZoom: number): void;
  ensureVisible(lat: number, lon: number): void;
  setPickMode(on: boolean): void;
  showPick(lat: number, lon: number): void;
  clearPick(): void;
  resize(): void;
}

/** The only place (with the layers it uses) where the client touches Leaflet. */
export function createMapView(container: HTMLElement, options: MapViewOptions): MapView {
  const map = createLeafletMap(container, options.tiles, options.outlinesAttribution);
  const maxZoom = map.getMaxZoom();
  const outlines = createOutlineLayer(map);
  const status = createStatusLayer(map, {
    statusColours: options.statuses,
    onPoint: options.onPoint,
    onCluster: (lat, lon, zoom) => map.setView([lat, lon], Math.min(zoom, maxZoom)),
    clusterTitle: options.clusterTitle,
  });
  let pick: L.CircleMarker | null = null;
  let fitted = options.initial !== null;

  const start = options.initial ?? FALLBACK_CENTRE;
  map.setView([start.lat, start.lon], start.zoom);

  function fallBackToOutlines(): void {
    container.classList.add('map--no-tiles');
    outlines.setBackgroundMode(true);
    options.onTilesUnavailable();
  }

  addBaseMap(map, options.tiles, fallBackToOutlines);

  const currentBbox = (): [number, number, number, number] => {
    const b = map.getBounds();
    const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));
    return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)];
  };
  const currentCentre = (): MapCentre => {
    const c = map.getCenter();
    return { lat: c.lat, lon: c.lng, zoom: map.getZoom() };
  };
  map.on('moveend', () => options.onMove(currentCentre(), currentBbox()));
  map.on('click', (event: L.LeafletMouseEvent) => options.onMapClick(event.latlng.lat, event.latlng.lng));

  return {
    drawFeatures: (features) => status.draw(features),
    setSelected: (id) => status.setSelected(id),
    setOutlines(collection) {
      outlines.set(collection);
      const bounds = outlines.bounds();
      // A link with a view in it wins; otherwise the map opens on the city.
      if (!fitted && bounds) {
        fitted = true;
        map.fitBounds(bounds, { padding: [10, 10] });
      }
    },
    centre: currentCentre,
    bbox: currentBbox,
    setCentre(centre) {
      map.setView([centre.lat, centre.lon], centre.zoom);
    },
    focus(lat, lon, minZoom) {
      map.setView([lat, lon], Math.max(map.getZoom(), minZoom));
    },
    ensureVisible(lat, lon) {
      if (!map.getBounds().pad(-0.05).contains([lat, lon])) map.setView([lat, lon], Math.max(map.getZoom(), 16));
    },
    setPickMode(on) {
      container.classList.toggle('map--picking', on);
    },
    showPick(lat, lon) {
      pick?.remove();
      pick = L.circleMarker([lat, lon], { radius: 10, color: '#111111', weight: 3, fill: false, interactive: false }).addTo(map);
    },
    clearPick() {
      pick?.remove();
      pick = null;
    },
    resize: () => map.invalidateSize(),
  };
}
