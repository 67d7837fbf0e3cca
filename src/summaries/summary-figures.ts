import { OPERATION_KINDS } from '../operations/catalogues.js';
import { MEASURE_PERSON_FIGURES, type FigureDefinition } from './summary-definitions.js';
import type { DecisionRow, PeriodAggregates, SummaryInput } from './summary-input.js';
import { KEY_RANGE } from './cell-key.js';
import { daysBetween, quantile, quarterOf, quartersBetween } from './statistics.js';
import { type DecisionType, PROPERTY_STATUSES } from '../properties/status-catalogue.js';

export type FigureValues = Record<string, number | null>;

/** One line of the figure table: a Stadtbezirk, the properties without district, or the whole city. */
export interface FigureRow {
  districtId: string | null;
  label: string;
  total: boolean;
  values: FigureValues;
  /** Sums of the record keys of each person figure's contributing records (cell-key.ts). */
  keySums: Record<string, number>;
}

export interface RowSpec {
  districtId: string | null;
  label: string;
}

export const TOTAL_LABEL = 'Gesamt';
export const NO_DISTRICT_LABEL = 'Ohne Bezirkszuordnung';

const DECISION_KEYS: Partial<Record<DecisionType, string>> = {
  declare_uninhabitable: 'declared',
  renovation_started: 'renovationStarted',
  declaration_lifted: 'lifted',
  relet: 'relet',
  close: 'closed',
};
// The figure keys built once: added for every building with decisions, a key made per call costs more than the addition.
const prefixed = (prefix: string, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, `${prefix}.${k}`])) as Record<string, string>;
const DECISION_NAMES = Object.values(DECISION_KEYS);
const SINCE_START_KEYS = prefixed('sinceStart', DECISION_NAMES);
const IN_PERIOD_KEYS = prefixed('inPeriod', DECISION_NAMES);
const STATUS_KEYS = prefixed('status', PROPERTY_STATUSES);
const OPERATION_KIND_KEYS = prefixed('operations', OPERATION_KINDS);

interface Bucket {
  values: FigureValues;
  keySums: Record<string, number>;
  daysToLifted: number[];
  daysToRelet: number[];
}

/** The rows of the table: every Stadtbezirk in code order, then the properties without district if there are any. */
export function rowSpecs(input: SummaryInput): RowSpec[] {
  const rows: RowSpec[] = [...input.districts]
    .sort((a, b) => a.city.localeCompare(b.city) || a.code.localeCompare(b.code, 'de', { numeric: true }))
    .map((d) => ({ districtId: d.id, label: d.name }));
  if ([input.current, input.previous].some((p) => p.buildings.some((b) => b.districtId === null))) rows.push({ districtId: null, label: NO_DISTRICT_LABEL });
  return rows;
}

/** Builds the figure table of one period from the aggregated rows: one row per district, then the total. */
export function computeFigureRows(
  input: SummaryInput,
  which: 'current' | 'previous',
  specs: readonly RowSpec[],
  definitions: readonly FigureDefinition[],
  minCases: number,
): FigureRow[] {
  const period = input[which];
  const buckets = new Map<string, Bucket>();
  const newBucket = (): Bucket => ({ values: Object.fromEntries(definitions.map((d) => [d.key, 0])), keySums: {}, daysToLifted: [], daysToRelet: [] });
  for (const spec of specs) buckets.set(spec.districtId ?? '', newBucket());
  const total = newBucket();
  // Called for every aggregated row and every building with decisions: no arrays allocated per call.
  const addTo = (bucket: Bucket | undefined, key: string, n: number) => {
    if (bucket && key in bucket.values) bucket.values[key] = (bucket.values[key] ?? 0) + n;
  };
  const add = (districtId: string | null, key: string, n: number) => {
    addTo(buckets.get(districtId ?? ''), key, n);
    addTo(total, key, n);
  };

  addBuildingFigures(input, period, add, (districtId, which2, days) => {
    buckets.get(districtId ?? '')?.[which2].push(days);
    total[which2].push(days);
  });
  addAggregates(period, add);
  const addKey = (bucket: Bucket | undefined, figure: string, keySum: number) => {
    if (bucket) bucket.keySums[figure] = ((bucket.keySums[figure] ?? 0) + keySum) % KEY_RANGE;
  };
  for (const row of period.cellKeys) {
    addKey(buckets.get(row.districtId ?? ''), row.figure, row.keySum);
    addKey(total, row.figure, row.keySum);
  }

  const finish = (bucket: Bucket): FigureValues => {
    const v = bucket.values;
    const operations = v['operations.total'] ?? 0;
    v['operations.agenciesPerOperation'] = operations > 0 ? (v['operations.agenciesPerOperation'] ?? 0) / operations : null;
    v['persons.unknown'] = (v['persons.affected'] ?? 0) - (v['persons.shelter'] ?? 0) - (v['persons.owner'] ?? 0) - (v['persons.self'] ?? 0);
    for (const name of ['daysToLifted', 'daysToRelet'] as const) {
      // Quartiles of one or two cases would be the dates of single files.
      const days = bucket[name].length >= minCases ? bucket[name] : [];
      v[`${name}.cases`] = bucket[name].length;
      v[`${name}.q1`] = quantile(days, 0.25);
      v[`${name}.median`] = quantile(days, 0.5);
      v[`${name}.q3`] = quantile(days, 0.75);
    }
    return v;
  };
  return [
    ...specs.map((spec) => {
      const bucket = buckets.get(spec.districtId ?? '')!;
      return { districtId: spec.districtId, label: spec.label, total: false, values: finish(bucket), keySums: bucket.keySums };
    }),
    { districtId: null, label: TOTAL_LABEL, total: true, values: finish(total), keySums: total.keySums },
  ];
}

type Add = (districtId: string | null, key: string, n: number) => void;
type AddDuration = (districtId: string | null, which: 'daysToLifted' | 'daysToRelet', days: number) => void;

/** Status figures come from the status periods on `to`; cumulative and in-period decision figures from each building's decisions. */
function addBuildingFigures(input: SummaryInput, period: PeriodAggregates, add: Add, addDuration: AddDuration): void {
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  for (const row of period.buildings) {
    add(row.districtId, 'buildings.inspectedEver', row.inspectedEver);
    for (const status of PROPERTY_STATUSES) {
      // Every building known by `to` has exactly one status that day.
      add(row.districtId, 'buildings.known', row.statuses[status]);
      add(row.districtId, STATUS_KEYS[status], row.statuses[status]);
    }
  }
  for (const decisions of decisionHistories(input.decisions)) {
    const history = decisions.filter((d) => d.effectiveDate <= period.to);
    if (history.length > 0) addDecisionFigures(history[0].districtId, history, inPeriod, add, addDuration);
  }
}

function addDecisionFigures(
  district: string | null,
  history: readonly DecisionRow[],
  inPeriod: (date: string) => boolean,
  add: Add,
  addDuration: AddDuration,
): void {
  const everTypes = new Set<string>();
  const periodTypes = new Set<string>();
  let lastDeclaration: string | null = null;
  let reletAfterDeclaration = false;
  for (const decision of history) {
    const key = DECISION_KEYS[decision.type];
    if (key) everTypes.add(key);
    if (key && inPeriod(decision.effectiveDate)) periodTypes.add(key);
    if (decision.type === 'declare_uninhabitable') lastDeclaration = decision.effectiveDate;
    if (decision.type === 'relet' && lastDeclaration !== null) reletAfterDeclaration = true;
    if (lastDeclaration !== null && inPeriod(decision.effectiveDate)) {
      if (decision.type === 'declaration_lifted') addDuration(district, 'daysToLifted', daysBetween(lastDeclaration, decision.effectiveDate));
      if (decision.type === 'relet') addDuration(district, 'daysToRelet', daysBetween(lastDeclaration, decision.effectiveDate));
    }
  }
  for (const key of everTypes) if (key !== 'relet') add(district, SINCE_START_KEYS[key], 1);
  if (reletAfterDeclaration) add(district, 'sinceStart.reletAfterDeclaration', 1);
  for (const key of periodTypes) add(district, IN_PERIOD_KEYS[key], 1);
}

function addAggregates(period: PeriodAggregates, add: Add): void {
  for (const row of period.operations) {
    for (const kind of OPERATION_KINDS) {
      add(row.districtId, 'operations.total', row.kinds[kind]);
      add(row.districtId, OPERATION_KIND_KEYS[kind], row.kinds[kind]);
    }
    add(row.districtId, 'buildings.inspectedInPeriod', row.buildings);
    add(row.districtId, 'operations.withInterpreter', row.withInterpreter);
    // Summed here and divided by the operation count when the row is finished.
    add(row.districtId, 'operations.agenciesPerOperation', row.agencies);
  }
  for (const row of period.decisionPersons) {
    add(row.districtId, 'persons.affected', row.affected);
    add(row.districtId, 'persons.children', row.children);
    add(row.districtId, 'persons.shelter', row.shelter);
    add(row.districtId, 'persons.owner', row.owner);
    add(row.districtId, 'persons.self', row.self);
  }
  for (const row of period.occupancy) {
    add(row.districtId, 'registration.personsRegistered', row.registered);
    add(row.districtId, 'registration.personsFound', row.found);
  }
  for (const row of period.measures) {
    add(row.districtId, 'measures.total', row.count);
    add(row.districtId, `measures.type.${row.type}`, row.count);
    add(row.districtId, `measures.agency.${row.agencyCode}`, row.count);
    const personFigure = MEASURE_PERSON_FIGURES[row.type as keyof typeof MEASURE_PERSON_FIGURES] as string | undefined;
    if (personFigure) add(row.districtId, personFigure, row.persons);
  }
  for (const row of period.overdue) add(row.districtId, 'measures.overdue', row.count);
}

export interface QuarterPoint {
  quarter: string;
  declared: number;
  relet: number;
}

/** Buildings declared and re-let per quarter: the quarters of the period, and at least the eight quarters up to `to`. */
export function quarterlySeries(input: SummaryInput, districtId: string | null | undefined, minQuarters = 8): QuarterPoint[] {
  const { from, to } = input.current;
  const earliest = new Date(Date.UTC(Number(to.slice(0, 4)), Math.floor((Number(to.slice(5, 7)) - 1) / 3) * 3 - (minQuarters - 1) * 3, 1))
    .toISOString()
    .slice(0, 10);
  const quarters = quartersBetween(from < earliest ? from : earliest, to);
  const points = new Map(quarters.map((q) => [q, { quarter: q, declared: new Set<string>(), relet: new Set<string>() }]));
  for (const d of input.decisions) {
    if ((districtId !== undefined && d.districtId !== districtId) || d.effectiveDate > to) continue;
    const point = points.get(quarterOf(d.effectiveDate));
    if (d.type === 'declare_uninhabitable') point?.declared.add(d.propertyId);
    if (d.type === 'relet') point?.relet.add(d.propertyId);
  }
  return [...points.values()].map((p) => ({ quarter: p.quarter, declared: p.declared.size, relet: p.relet.size }));
}

const histories = new WeakMap<readonly DecisionRow[], DecisionRow[][]>();

/** Each building's decisions in their order, grouped once per reading of the data: both periods and every format use them. */
function decisionHistories(decisions: readonly DecisionRow[]): DecisionRow[][] {
  let grouped = histories.get(decisions);
  if (!grouped) {
    grouped = [...groupBy(decisions, (d) => d.propertyId).values()];
    histories.set(decisions, grouped);
  }
  return grouped;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
