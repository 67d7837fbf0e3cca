import { describe, expect, it } from 'vitest';
import { bboxParam, viewportBbox } from '../../bench/geo.js';

describe('viewportBbox', () => {
  it('should give the box a Web Mercator map shows around its centre', () => {
    // At zoom 0 a 256-pixel map shows the whole world, east to west.
    const [w, s, e, n] = viewportBbox(0, 0, 0, 256, 256);
    expect([w, e]).toEqual([-180, 180]);
    expect(n).toBeCloseTo(85.0511, 3);
    expect(s).toBeCloseTo(-85.0511, 3);
  });

  it('should halve the width with every zoom step and stay centred', () => {
    const z12 = viewportBbox(51.43, 6.76, 12, 1280, 800);
    const z13 = viewportBbox(51.43, 6.76, 13, 1280, 800);
    expect((z12[2] - z12[0]) / (z13[2] - z13[0])).toBeCloseTo(2, 6);
    expect((z12[0] + z12[2]) / 2).toBeCloseTo(6.76, 6);
    // 1280 pixels at zoom 12 are 1280 / (256 * 4096) of 360 degrees.
    expect(z12[2] - z12[0]).toBeCloseTo((1280 / (256 * 4096)) * 360, 9);
    expect(z12[1]).toBeLessThan(51.43);
    expect(z12[3]).toBeGreaterThan(51.43);
  });
});

describe('bboxParam', () => {
  it('should write w,s,e,n with six decimals', () => {
    expect(bboxParam([6.5, 51.25, 7.123456789, 51.5])).toBe('6.500000,51.250000,7.123457,51.500000');
  });
});
