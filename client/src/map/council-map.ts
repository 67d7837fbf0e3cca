import type * as L from 'leaflet';
import type { ClientConfig, DistrictCollection, DistrictFeature } from '../api-types';
import { addBaseMap, createLeafletMap } from './base-map';
import { drawChoropleth } from './district-layer';

export interface CouncilMap {
  draw(
    collection: DistrictCollection,
    fill: (districtId: string) => string,
    title: (feature: DistrictFeature) => string,
    onSelect: (districtId: string) => void,
  ): void;
}

/** The council's map: Stadtbezirke filled by a count, no buildings. */
export function createCouncilMap(container: HTMLElement, config: ClientConfig): CouncilMap {
  const map = createLeafletMap(container, config.tiles, config.outlinesAttribution);
  map.setView([51.1657, 10.4515], 6);
  addBaseMap(map, config.tiles, () => container.classList.add('map--no-tiles'));
  let layer: L.GeoJSON | null = null;
  return {
    draw(collection, fill, title, onSelect) {
      const first = layer === null;
      layer?.remove();
      layer = drawChoropleth(map, collection, { fill, title, onSelect });
      const bounds = layer.getBounds();
      if (first && bounds.isValid()) map.fitBounds(bounds, { padding: [10, 10] });
    },
  };
}
