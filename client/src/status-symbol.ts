import type { StatusSymbol } from './api-types';

/**
 * SVG path data of a status symbol centred on (x, y) for a point of radius r: the same outline on the map's canvas
 * (as a Path2D) and in the legend and lists (as SVG), filled with the even-odd rule so the ring has its hole.
 */
export function symbolPath(symbol: StatusSymbol, x: number, y: number, r: number): string {
  const circle = (radius: number) => `M${x - radius} ${y}a${radius} ${radius} 0 1 0 ${2 * radius} 0a${radius} ${radius} 0 1 0 ${-2 * radius} 0Z`;
  const polygon = (points: Array<[number, number]>) => `M${points.map(([dx, dy]) => `${x + dx * r} ${y + dy * r}`).join('L')}Z`;
  switch (symbol) {
    case 'triangle':
      return polygon([
        [0, -1.2],
        [1.15, 0.85],
        [-1.15, 0.85],
      ]);
    case 'diamond':
      return polygon([
        [0, -1.25],
        [1.25, 0],
        [0, 1.25],
        [-1.25, 0],
      ]);
    case 'square':
      return polygon([
        [-0.9, -0.9],
        [0.9, -0.9],
        [0.9, 0.9],
        [-0.9, 0.9],
      ]);
    case 'ring':
      return `${circle(r)}${circle(r * 0.45)}`;
    default:
      return circle(r);
  }
}

/** How far a symbol reaches beyond the point's radius, so the canvas redraws all of it. */
export const SYMBOL_REACH = 1.3;
