import * as L from 'leaflet';
import type { StatusSymbol } from '../api-types';
import { SYMBOL_REACH, symbolPath } from '../status-symbol';

interface CanvasInternals {
  _drawing: boolean;
  _ctx: CanvasRenderingContext2D;
}

interface MarkerInternals {
  _renderer: CanvasInternals;
  _point: L.Point;
  _radius: number;
  _pxBounds: L.Bounds;
  _clickTolerance(): number;
  _empty(): boolean;
}

export interface StatusMarkerOptions extends L.CircleMarkerOptions {
  symbol: StatusSymbol;
}

/** The dark edge around every point's white ring: the lightest colours stay visible on light tiles and outlines. */
export const POINT_EDGE = '#333333';

/**
 * A point drawn in its status's symbol (circle, triangle, diamond, ring, square) rather than always a circle, on the
 * points' canvas: shape is the second cue for readers who cannot tell the colours apart.
 */
export const StatusMarker = L.CircleMarker.extend({
  _updateBounds(this: L.CircleMarker & MarkerInternals) {
    const reach = this._radius * SYMBOL_REACH + this._clickTolerance();
    this._pxBounds = new L.Bounds(this._point.subtract([reach, reach]), this._point.add([reach, reach]));
  },
  _updatePath(this: L.CircleMarker & MarkerInternals & { options: StatusMarkerOptions }) {
    const renderer = this._renderer;
    if (!renderer?._drawing || this._empty()) return;
    const ctx = renderer._ctx;
    const { x, y } = this._point;
    const { symbol, fillColor, color, weight = 2 } = this.options;
    const path = new Path2D(symbolPath(symbol, x, y, this._radius));
    ctx.save();
    ctx.lineJoin = 'round';
    // Edge first, then the fill over its inner half: the dark line stays outside the white ring.
    ctx.strokeStyle = POINT_EDGE;
    ctx.lineWidth = weight + 2;
    ctx.stroke(path);
    ctx.fillStyle = fillColor ?? '#888888';
    ctx.fill(path, 'evenodd');
    ctx.strokeStyle = color ?? '#ffffff';
    ctx.lineWidth = weight;
    ctx.stroke(path);
    ctx.restore();
  },
}) as unknown as new (latlng: L.LatLngExpression, options: StatusMarkerOptions) => L.CircleMarker;
