import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { District } from '../../src/districts/district.entity.js';
import { MAX_DEVIATION, possibleTrueCounts } from '../../src/summaries/cell-key.js';
import type { SummaryDto } from '../../src/summaries/summaries.dto.js';
import { previousPeriod } from '../../src/summaries/summaries.service.js';
import { addDays } from '../../src/summaries/statistics.js';
import { SummaryData } from '../helpers/summary-data.js';
import { useTestApp } from '../helpers/test-app.js';
import { useStandardUsers } from '../helpers/users.js';

const MIN_CELL = 3;
const START = '2021-03-01';
/** Periods an attacker would compare: nested, overlapping, sliding by a day, and their previous periods (sent alongside). */
const PERIODS: Array<[number, number]> = [
  [0, 59],
  [0, 58],
  [1, 59],
  [0, 29],
  [0, 30],
  [30, 59],
  [31, 59],
  [15, 44],
];
const PERSON_FIGURES = {
  'persons.affected': (e: Event) => e.affected,
  'persons.children': (e: Event) => e.children,
  'persons.shelter': (e: Event) => e.shelter,
  'persons.unknown': (e: Event) => e.affected - e.shelter,
  'registration.personsFound': (e: Event) => e.found,
  'registration.personsRegistered': (e: Event) => e.registered,
} satisfies Record<string, (e: Event) => number>;
type PersonFigure = keyof typeof PERSON_FIGURES;

interface Event {
  kind: 'declaration' | 'registration_check';
  district: 0 | 1;
  day: number;
  affected: number;
  children: number;
  shelter: number;
  found: number;
  registered: number;
}

/** One published person count with what the test knows and the attacker does not: its true value and its records. */
interface Observation {
  figure: PersonFigure;
  where: string;
  /** Null: shown as "< 3". */
  published: number | null;
  truth: number;
  records: string;
}

const event: fc.Arbitrary<Event> = fc
  .record({
    kind: fc.constantFrom('declaration' as const, 'registration_check' as const),
    district: fc.constantFrom(0 as const, 1 as const),
    day: fc.integer({ min: 0, max: 59 }),
    affected: fc.integer({ min: 0, max: 5 }),
    children: fc.integer({ min: 0, max: 5 }),
    shelter: fc.integer({ min: 0, max: 5 }),
    found: fc.integer({ min: 0, max: 5 }),
    registered: fc.integer({ min: 0, max: 5 }),
  })
  .map((e) =>
    e.kind === 'declaration'
      ? { ...e, children: Math.min(e.children, e.affected), shelter: Math.min(e.shelter, e.affected), found: 0, registered: 0 }
      : { ...e, affected: 0, children: 0, shelter: 0 },
  );

describe('council person counts against differencing (cell key method, property-based)', () => {
  const t = useTestApp();
  const users = useStandardUsers(t);
  const recorded: Array<Event & { id: string }> = [];
  let districts: District[];
  let data: SummaryData;

  beforeAll(async () => {
    data = new SummaryData(t);
    districts = [await data.district('Rheinhausen', '610'), await data.district('Homberg', '620')];
  });

  /** Writes one event as the routes would and remembers it: every run adds to the same data, as a city's history grows. */
  const write = async (e: Event) => {
    const date = addDays(START, e.day);
    const property = await data.property(districts[e.district].id, addDays(START, -30));
    if (e.kind === 'declaration') {
      await data.operation(property, { date, agencyCodes: ['ordnungsamt', 'bauaufsicht'] });
      await data.decision(property, {
        type: 'declare_uninhabitable',
        effectiveDate: date,
        personsAffected: e.affected,
        childrenAffected: e.children,
        shelter: e.shelter,
      });
    } else {
      await data.operation(property, {
        kind: 'registration_check',
        date,
        agencyCodes: ['ordnungsamt', 'meldebehoerde'],
        occupancy: [{ personsFound: e.found, personsRegistered: e.registered }],
      });
    }
    recorded.push({ ...e, id: String(recorded.length) });
  };

  /** Every person count of every period, district and the city, current and previous, as the council sees them now. */
  const publish = async (label: string): Promise<Observation[]> => {
    const observations: Observation[] = [];
    for (const [first, last] of PERIODS) {
      const period = { from: addDays(START, first), to: addDays(START, last) };
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/summaries?from=${period.from}&to=${period.to}`, headers: users.council.headers });
      expect(res.statusCode).toBe(200);
      const summary = res.json<SummaryDto>();
      for (const [which, span] of [
        ['current', period],
        ['previous', previousPeriod(period)],
      ] as const) {
        for (const row of summary.rows) {
          const district = districts.findIndex((d) => d.id === row.districtId);
          const mine = recorded.filter((e) => (row.total || e.district === district) && addDays(START, e.day) >= span.from && addDays(START, e.day) <= span.to);
          for (const [figure, persons] of Object.entries(PERSON_FIGURES) as Array<[PersonFigure, (e: Event) => number]>) {
            const contributing = mine.filter((e) => persons(e) > 0);
            observations.push({
              figure,
              where: `${label} ${span.from}..${span.to} ${row.label}`,
              published: which === 'current' ? row.cells[figure].value : row.cells[figure].previous,
              truth: contributing.reduce((s, e) => s + persons(e), 0),
              records: contributing.map((e) => e.id).join(','),
            });
          }
          // Building counts stay exact.
          const declarations = mine.filter((e) => e.kind === 'declaration').length;
          expect(which === 'current' ? row.cells['inPeriod.declared'].value : row.cells['inPeriod.declared'].previous).toBe(declarations);
        }
      }
    }
    return observations;
  };

  it('should let no pair of published person counts (periods, districts, city, before and after a write) pin a count of 1 or 2', async () => {
    let smallDifferences = 0;
    const deviations: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 5 }), fc.array(event, { minLength: 1, maxLength: 2 }), async (history, writes) => {
        for (const e of history) await write(e);
        const before = await publish('before');
        for (const e of writes) await write(e);
        const all = [...before, ...(await publish('after'))];

        for (const o of all) {
          // Each cell alone: empty cells empty, 1 and 2 shown as "< 3", the rest at least 3 and within ± 2 of the truth.
          if (o.truth === 0) expect(o.published, o.where).toBe(0);
          else if (o.truth < MIN_CELL) expect(o.published, o.where).toBeNull();
          else {
            expect(o.published, o.where).toBeGreaterThanOrEqual(MIN_CELL);
            expect(Math.abs(o.published! - o.truth), o.where).toBeLessThanOrEqual(MAX_DEVIATION);
          }
        }
        const distinct = new Map(all.filter((o) => o.truth >= MIN_CELL + MAX_DEVIATION).map((o) => [`${o.figure} ${o.records}`, o]));
        for (const o of distinct.values()) deviations.push(o.published! - o.truth);
        for (const figure of Object.keys(PERSON_FIGURES)) {
          const cells = all.filter((o) => o.figure === figure);
          for (const a of cells) {
            for (const b of cells) {
              // The same records always get the same deviation: asking again or elsewhere averages nothing away.
              if (a.records === b.records) expect(b.published, `${a.where} / ${b.where}`).toBe(a.published);
              const difference = b.truth - a.truth;
              if (difference < 1 || difference >= MIN_CELL) continue;
              smallDifferences += 1;
              // The attacker knows the table and that b holds a's records and more: what can the difference be?
              const candidates = new Set<number>();
              for (const va of possibleTrueCounts(a.published, { minCell: MIN_CELL })) {
                for (const vb of possibleTrueCounts(b.published, { minCell: MIN_CELL })) if (vb >= va) candidates.add(vb - va);
              }
              expect(candidates.has(difference), `${a.where} / ${b.where}`).toBe(true);
              expect(candidates.size, `${figure}: ${a.where} (${a.published}) / ${b.where} (${b.published}) pin the difference ${difference}`).toBeGreaterThan(
                1,
              );
            }
          }
        }
      }),
      { numRuns: 12 },
    );
    // The attack had something to find: pairs differing by a small count were compared.
    expect(smallDifferences).toBeGreaterThan(100);
    // And the counts are perturbed: most cells away from the edge move (60 % by the table), by zero on average.
    expect(deviations.length).toBeGreaterThan(200);
    expect(deviations.filter((d) => d !== 0).length / deviations.length).toBeGreaterThan(0.4);
    expect(Math.abs(deviations.reduce((s, d) => s + d, 0) / deviations.length)).toBeLessThan(0.5);
  });
});
