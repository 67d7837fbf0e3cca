import * as L from 'leaflet';
import type { RingSegment } from './status-style';

interface CanvasInternals {
  _drawing: boolean;
  _ctx: CanvasRenderingContext2D;
}

interface CircleInternals {
  _renderer: CanvasInternals;
  _point: L.Point;
}

export interface ClusterMarkerOptions extends L.CircleMarkerOptions {
  text: string;
  textColour: string;
  /** Arcs of a ring inside the edge showing the statuses inside the cluster. */
  segments: readonly RingSegment[];
}

const RING_WIDTH = 4;

/**
 * A circle in the most frequent status's colour with a ring of arcs for every status inside and the count in the
 * middle, all on the points' canvas: no DOM element per cluster, so panning over hundreds of them stays smooth.
 */
export const ClusterMarker = L.CircleMarker.extend({
  _updatePath(this: L.CircleMarker & CircleInternals & { options: ClusterMarkerOptions }) {
    (L.CircleMarker.prototype as unknown as { _updatePath(this: unknown): void })._updatePath.call(this);
    const renderer = this._renderer;
    if (!renderer?._drawing || !this._point) return;
    const ctx = renderer._ctx;
    const { x, y } = this._point;
    const radius = this.getRadius() - RING_WIDTH / 2 - 1;
    ctx.save();
    ctx.lineWidth = RING_WIDTH;
    for (const segment of this.options.segments) {
      ctx.beginPath();
      ctx.strokeStyle = segment.colour;
      ctx.arc(x, y, radius, -Math.PI / 2 + segment.from * 2 * Math.PI, -Math.PI / 2 + segment.to * 2 * Math.PI);
      ctx.stroke();
    }
    ctx.font = 'bold 12px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = this.options.textColour;
    ctx.fillText(this.options.text, x, y + 0.5);
    ctx.restore();
  },
}) as unknown as new (latlng: L.LatLngExpression, options: ClusterMarkerOptions) => L.CircleMarker;
