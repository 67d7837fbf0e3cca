import * as L from 'leaflet';
import type { DistrictCollection, DistrictFeature } from '../api-types';
import { textElement } from './leaflet-text';

export const OUTLINE_PANE = 'outlines';

const OUTLINE_STYLE: L.PathOptions = { color: '#4d4d4d', weight: 1.5, opacity: 0.9, fillColor: '#f3f0e8', fillOpacity: 0 };
// Without a base map the outlines become the background: filled, with a slightly stronger edge.
const BACKGROUND_STYLE: L.PathOptions = { color: '#5c5c5c', weight: 2, opacity: 1, fillColor: '#f3f0e8', fillOpacity: 1 };

export interface OutlineLayer {
  set(collection: DistrictCollection): void;
  setBackgroundMode(on: boolean): void;
  bounds(): L.LatLngBounds | null;
}

/** Stadtbezirk outlines in their own pane between the tiles and the status layer. */
export function createOutlineLayer(map: L.Map): OutlineLayer {
  const pane = map.getPane(OUTLINE_PANE) ?? map.createPane(OUTLINE_PANE);
  pane.style.zIndex = '350';
  const renderer = L.svg({ pane: OUTLINE_PANE });
  let layer: L.GeoJSON | null = null;
  let background = false;

  const style = () => (background ? BACKGROUND_STYLE : OUTLINE_STYLE);
  const labelAll = () => {
    layer?.eachLayer((l) => {
      const feature = (l as L.Polygon).feature as DistrictFeature | undefined;
      if (!feature) return;
      // In the outline pane, so the names sit under the points instead of covering them.
      if (background)
        l.bindTooltip(textElement(feature.properties.name), {
          permanent: true,
          direction: 'center',
          className: 'district-label',
          pane: OUTLINE_PANE,
          interactive: false,
        });
      else l.unbindTooltip();
    });
  };

  return {
    set(collection) {
      layer?.remove();
      layer = L.geoJSON(collection, { style, interactive: false, pane: OUTLINE_PANE, renderer } as L.GeoJSONOptions).addTo(map);
      labelAll();
    },
    setBackgroundMode(on) {
      background = on;
      layer?.setStyle(style());
      labelAll();
    },
    bounds() {
      const bounds = layer?.getBounds();
      return bounds && bounds.isValid() ? bounds : null;
    },
  };
}

export interface ChoroplethOptions {
  fill(districtId: string): string;
  title(feature: DistrictFeature): string;
  onSelect: (districtId: string) => void;
}

/** The council view: Stadtbezirke filled by a count, each with a text tooltip and keyboard-free click selection. */
export function drawChoropleth(map: L.Map, collection: DistrictCollection, options: ChoroplethOptions): L.GeoJSON {
  return L.geoJSON(collection, {
    // SVG: seven polygons, each a focusable path with its own tooltip.
    renderer: L.svg(),
    style: (feature) => ({ color: '#333333', weight: 1.5, fillOpacity: 0.85, fillColor: options.fill((feature as unknown as DistrictFeature).id) }),
    onEachFeature: (feature, layer) => {
      const district = feature as unknown as DistrictFeature;
      layer.bindTooltip(textElement(options.title(district)), { sticky: true });
      layer.on('click', () => options.onSelect(district.id));
    },
  } as L.GeoJSONOptions).addTo(map);
}
