import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PropertyStatus } from '../../client/src/api-types';
import { EMPTY_VIEW, formatViewState, mapFilterQuery, parseViewState, STATUSES, type ViewState } from '../../client/src/url-state';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('url state', () => {
  it('should round-trip a full view through the hash', () => {
    const view: ViewState = {
      centre: { lat: 51.43123, lon: 6.76212, zoom: 14 },
      filters: {
        statuses: ['uninhabitable', 'renovation'],
        district: ID,
        agency: 'jugendamt',
        from: '2024-01-01',
        to: '2024-12-31',
        openMeasures: true,
        overThreshold: true,
        addressUnmatched: true,
      },
      selected: ID,
      panel: 'file',
    };
    const hash = formatViewState(view);
    expect(hash).toBe(
      `#map=14/51.43123/6.76212&status=uninhabitable,renovation&district=${ID}&agency=jugendamt&from=2024-01-01&to=2024-12-31&open=1&dense=1&unofficial=1&p=${ID}`,
    );
    expect(parseViewState(hash)).toEqual(view);
  });

  it('should write nothing for the default view and read an empty hash as the default', () => {
    expect(formatViewState(EMPTY_VIEW)).toBe('#');
    expect(parseViewState('')).toEqual(EMPTY_VIEW);
  });

  it('should keep the operation panel and its preselected building', () => {
    const view = parseViewState(`#new=1&p=${ID}`);
    expect(view).toMatchObject({ selected: ID, panel: 'operation' });
    expect(parseViewState(formatViewState(view))).toEqual(view);
  });

  it('should drop values that are not valid instead of passing them on', () => {
    const view = parseViewState('#map=99/500/6&status=uninhabitable,haunted&district=../etc&agency=<b>&from=yesterday&p=1%20OR%201=1');
    expect(view).toEqual({ ...EMPTY_VIEW, filters: { ...EMPTY_VIEW.filters, statuses: ['uninhabitable'] } });
  });

  it('should round-trip any valid view (property test)', () => {
    const status = fc.subarray<PropertyStatus>([...STATUSES]);
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const arbitrary = fc.record({
      centre: fc.option(
        fc.record({
          lat: fc.integer({ min: -8_999_999, max: 8_999_999 }).map((n) => n / 1e5),
          lon: fc.integer({ min: -17_999_999, max: 17_999_999 }).map((n) => n / 1e5),
          zoom: fc.integer({ min: 0, max: 22 }),
        }),
        { nil: null },
      ),
      filters: fc.record({
        statuses: status,
        district: fc.option(fc.uuid(), { nil: null }),
        agency: fc.option(fc.stringMatching(/^[a-z0-9_-]{1,40}$/), { nil: null }),
        from: fc.option(date, { nil: null }),
        to: fc.option(date, { nil: null }),
        openMeasures: fc.boolean(),
        overThreshold: fc.boolean(),
        addressUnmatched: fc.boolean(),
      }),
      selected: fc.option(fc.uuid(), { nil: null }),
      operation: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitrary, ({ operation, ...rest }) => {
        const view: ViewState = { ...rest, panel: operation ? 'operation' : rest.selected ? 'file' : null };
        expect(parseViewState(formatViewState(view))).toEqual(view);
      }),
    );
  });
});

describe('mapFilterQuery', () => {
  it('should name the GET /map query parameters', () => {
    expect(mapFilterQuery({ ...EMPTY_VIEW.filters, statuses: ['relet'], openMeasures: true })).toEqual({
      status: ['relet'],
      district: null,
      agency: null,
      from: null,
      to: null,
      openMeasures: true,
      overThreshold: false,
      addressUnmatched: false,
    });
  });
});
