import { describe, expect, it } from 'vitest';
import { clusterLabel, clusterRadius, clusterSegments, featureStyle, parseHexColour, textColourOn } from '../../client/src/map/status-style';

describe('featureStyle', () => {
  it('should draw a point in exactly the colour the server sent, fully opaque', () => {
    expect(featureStyle({ status: 'uninhabitable', colour: '#d7191c', id: 'x' })).toMatchObject({ fillColor: '#d7191c', fillOpacity: 1, radius: 7 });
  });

  it('should make the selected point larger with a dark ring', () => {
    const plain = featureStyle({ status: 'relet', colour: '#1a9641', id: 'x' });
    const selected = featureStyle({ status: 'relet', colour: '#1a9641', id: 'x' }, true);
    expect(selected.radius).toBeGreaterThan(plain.radius);
    expect(selected.color).toBe('#111111');
    expect(selected.fillColor).toBe('#1a9641');
  });

  it('should size clusters by their count, within bounds', () => {
    const small = featureStyle({ cluster: true, count: 2, status: 'inspected', colour: '#2f6fd0' });
    const large = featureStyle({ cluster: true, count: 5000, status: 'inspected', colour: '#2f6fd0' });
    expect(small.radius).toBeLessThan(large.radius);
    expect(clusterRadius(2)).toBeGreaterThanOrEqual(10);
    expect(clusterRadius(1_000_000)).toBe(30);
  });
});

describe('textColourOn', () => {
  it('should choose the more readable of black and white', () => {
    expect(textColourOn('#d0d0d0')).toBe('#000000');
    expect(textColourOn('#a6d96a')).toBe('#000000');
    expect(textColourOn('#2f6fd0')).toBe('#ffffff');
    expect(textColourOn('#d7191c')).toBe('#ffffff');
    expect(textColourOn('not a colour')).toBe('#000000');
  });
});

describe('parseHexColour', () => {
  it('should read #rrggbb and refuse anything else', () => {
    expect(parseHexColour('#d7191c')).toEqual([215, 25, 28]);
    expect(parseHexColour('red')).toBeNull();
    expect(parseHexColour('#fff')).toBeNull();
  });
});

describe('clusterLabel', () => {
  it.each([
    [2, '2'],
    [999, '999'],
    [1250, '1.3k'],
    [12_499, '12k'],
  ])('should write %i as %s', (count, text) => {
    expect(clusterLabel(count)).toBe(text);
  });
});

describe('clusterSegments', () => {
  const order = ['suspected', 'inspected', 'uninhabitable'];
  const colourOf = (s: string) => ({ suspected: '#8c8c8c', inspected: '#2f6fd0', uninhabitable: '#d7191c' })[s]!;

  it('should give every status inside an arc in proportion to its count, in legend order, closing the circle', () => {
    expect(clusterSegments({ uninhabitable: 1, inspected: 3 }, order, colourOf)).toEqual([
      { colour: '#2f6fd0', from: 0, to: 0.75 },
      { colour: '#d7191c', from: 0.75, to: 1 },
    ]);
  });

  it('should draw no ring for an empty cluster', () => {
    expect(clusterSegments({}, order, colourOf)).toEqual([]);
  });
});
