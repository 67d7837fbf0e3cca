import { describe, expect, it } from 'vitest';
import { CHOROPLETH_COLOURS, choroplethClasses, classColour } from '../../src/common/choropleth-scale.js';

describe('choroplethClasses', () => {
  it('should split 0 to the largest value into five equal integer classes from light to dark', () => {
    expect(choroplethClasses(24).map((c) => [c.min, c.max])).toEqual([
      [0, 4],
      [5, 9],
      [10, 14],
      [15, 19],
      [20, 24],
    ]);
    expect(choroplethClasses(24).map((c) => c.colour)).toEqual(CHOROPLETH_COLOURS);
  });

  it('should keep classes one wide when the values are small, so zero has its own colour', () => {
    expect(choroplethClasses(0).map((c) => [c.min, c.max])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });
});

describe('classColour', () => {
  it('should colour a value by its class, and anything above the last class like the last', () => {
    const classes = choroplethClasses(24);
    expect(classColour(classes, 0)).toBe(CHOROPLETH_COLOURS[0]);
    expect(classColour(classes, 12)).toBe(CHOROPLETH_COLOURS[2]);
    expect(classColour(classes, 99)).toBe(CHOROPLETH_COLOURS[4]);
  });
});
