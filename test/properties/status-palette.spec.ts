import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { PROPERTY_STATUSES, STATUS_STYLE, type PropertyStatus } from '../../src/properties/status-catalogue.js';

const VISION: Record<string, (colour: Color) => Color> = {
  normal: (colour) => colour,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
};
// The backgrounds points are drawn on: the district outlines' fill when no tiles load, and light map tiles.
const BACKGROUNDS = ['#f3f0e8', '#ffffff', '#e9ecef'];
// Every point has a white ring inside a dark edge (client/src/map/status-marker.ts).
const POINT_EDGE = '#333333';
const distance = differenceCiede2000();
const pairs = PROPERTY_STATUSES.flatMap((a, i) => PROPERTY_STATUSES.slice(i + 1).map((b): [PropertyStatus, PropertyStatus] => [a, b]));
const colour = (status: PropertyStatus) => parse(STATUS_STYLE[status].colour)!;

describe('status colours for every reader', () => {
  it.each(Object.keys(VISION))('should keep every pair of status colours clearly apart with %s (CIEDE2000 at least 20)', (vision) => {
    const simulate = VISION[vision];
    const close = pairs
      .map(([a, b]) => ({ pair: `${a}/${b}`, distance: Math.round(distance(simulate(colour(a)), simulate(colour(b)))) }))
      .filter((p) => p.distance < 20);
    expect(close).toEqual([]);
  });

  it('should draw the statuses red-green colour blindness brings closest in different symbols', () => {
    const deficient = (a: PropertyStatus, b: PropertyStatus) =>
      Math.min(...[VISION.deuteranopia, VISION.protanopia].map((simulate) => distance(simulate(colour(a)), simulate(colour(b)))));
    // Greys differ in lightness alone, for every reader alike.
    const grey = (status: PropertyStatus) => /^#(..)\1\1$/.test(STATUS_STYLE[status].colour);
    const close = pairs.filter(([a, b]) => !(grey(a) && grey(b)) && deficient(a, b) < 25);
    expect(close.length).toBeGreaterThan(0);
    expect(close.filter(([a, b]) => STATUS_STYLE[a].symbol === STATUS_STYLE[b].symbol).map(([a, b]) => `${a}/${b}`)).toEqual([]);
  });

  it('should keep the lightest colours visible on every background through the dark edge of each point', () => {
    for (const background of BACKGROUNDS) expect(wcagContrast(POINT_EDGE, background)).toBeGreaterThanOrEqual(3);
    for (const status of PROPERTY_STATUSES)
      expect(wcagContrast(STATUS_STYLE[status].colour, POINT_EDGE) >= 3 || wcagContrast(STATUS_STYLE[status].colour, '#ffffff') >= 3).toBe(true);
  });
});
