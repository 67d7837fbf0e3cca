import * as L from 'leaflet';
import type { MapFeature, StatusSymbol } from '../api-types';
import { ClusterMarker } from './cluster-marker';
import { StatusMarker } from './status-marker';
import { textElement } from './leaflet-text';
import { clusterLabel, clusterSegments, featureStyle, textColourOn } from './status-style';

export const FIRST_POINTS_MARK = 'hausakte:first-points';

export interface StatusLayerHandlers {
  /** Status colours and symbols from the server's client config, in legend order. */
  statusColours: ReadonlyArray<{ status: string; colour: string; symbol: StatusSymbol }>;
  onPoint: (id: string) => void;
  onCluster: (lat: number, lon: number, zoom: number) => void;
  clusterTitle: (count: number) => string;
}

export interface StatusLayer {
  draw(features: readonly MapFeature[]): void;
  setSelected(id: string | null): void;
}

/** Points and clusters as circle markers on ONE canvas renderer: thousands of them cost one canvas, not thousands of DOM nodes. */
export function createStatusLayer(map: L.Map, handlers: StatusLayerHandlers): StatusLayer {
  // A larger tolerance makes a 14 px point easy to hit with a finger.
  const renderer = L.canvas({ padding: 0.3, tolerance: 6 });
  let group = L.layerGroup().addTo(map);
  const points = new Map<string, { marker: L.CircleMarker; feature: MapFeature }>();
  let selected: string | null = null;
  let marked = false;
  const order = handlers.statusColours.map((s) => s.status);
  const colours = new Map(handlers.statusColours.map((s) => [s.status, s.colour]));
  const colourOf = (status: string) => colours.get(status) ?? '#888888';
  const symbols = new Map(handlers.statusColours.map((s) => [s.status, s.symbol]));

  function pointMarker(feature: MapFeature): L.CircleMarker {
    const [lon, lat] = feature.geometry.coordinates;
    const marker = new StatusMarker([lat, lon], {
      renderer,
      bubblingMouseEvents: false,
      symbol: symbols.get(feature.properties.status) ?? 'circle',
      ...featureStyle(feature.properties, feature.properties.id === selected),
    });
    const id = feature.properties.id!;
    marker.on('click', () => handlers.onPoint(id));
    // Tooltips are created on first hover only: most points are never hovered.
    marker.once('mouseover', () => {
      marker.bindTooltip(textElement(feature.properties.label ?? ''), { direction: 'top', offset: [0, -8] }).openTooltip();
    });
    return marker;
  }

  function clusterMarker(feature: MapFeature): L.CircleMarker {
    const [lon, lat] = feature.geometry.coordinates;
    const count = feature.properties.count ?? 0;
    const marker = new ClusterMarker([lat, lon], {
      renderer,
      bubblingMouseEvents: false,
      ...featureStyle(feature.properties),
      text: clusterLabel(count),
      textColour: textColourOn(feature.properties.colour),
      segments: clusterSegments(feature.properties.counts ?? {}, order, colourOf),
    });
    marker.on('click', () => handlers.onCluster(lat, lon, feature.properties.expansionZoom ?? map.getZoom() + 2));
    marker.once('mouseover', () => marker.bindTooltip(textElement(handlers.clusterTitle(count)), { direction: 'top' }).openTooltip());
    return marker;
  }

  return {
    draw(features) {
      const next = L.layerGroup();
      points.clear();
      // Clusters first so single points are drawn on top of them.
      for (const feature of features) if (feature.properties.cluster) next.addLayer(clusterMarker(feature));
      for (const feature of features) {
        if (feature.properties.cluster) continue;
        const marker = pointMarker(feature);
        points.set(feature.properties.id!, { marker, feature });
        next.addLayer(marker);
      }
      next.addTo(map);
      group.remove();
      group = next;
      if (!marked && features.length > 0) {
        marked = true;
        // Measured from navigation start by the browser tests; drawing happens in the next animation frame.
        requestAnimationFrame(() => performance.mark(FIRST_POINTS_MARK));
      }
    },
    setSelected(id) {
      const previous = selected;
      selected = id;
      for (const key of [previous, id]) {
        const entry = key ? points.get(key) : undefined;
        if (entry) entry.marker.setStyle(featureStyle(entry.feature.properties, key === selected));
      }
      if (id) points.get(id)?.marker.bringToFront();
    },
  };
}
