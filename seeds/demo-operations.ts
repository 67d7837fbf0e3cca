import type { FindingCategory, Severity } from '../src/operations/finding.entity.js';
import type { MeasureState, MeasureType } from '../src/operations/measure.entity.js';
import type { OperationKind, OperationTrigger } from '../src/operations/operation.entity.js';
import type { OperationFact } from '../src/properties/property-status.js';
import { buildingCopies, operationCopies } from '../src/properties/property-history.js';
import { CATEGORY_OWNERS, DANGER_CATEGORIES, findingText, housingLaw, MEASURE_PROFILES, OPERATION_NOTES, TRIGGER_SOURCES } from './demo-texts.js';
import type { Clock, DemoActors, DemoDataSet, OperationRow, PropertyRow, UnitRow } from './demo-types.js';
import { addDays, daysBetween, minDate, type Random } from './random.js';

export type OccupancyProfile = 'normal' | 'overcrowded' | 'empty';

/** A dwelling of a building: a unit row when the building has them, otherwise a flat only counted. */
export interface Flat {
  unitId: string | null;
  livingSpaceM2: number;
  singleRoom: boolean;
}

export interface Building {
  property: PropertyRow;
  units: UnitRow[];
  flats: Flat[];
}

export interface OperationPlan {
  kind: OperationKind;
  trigger: OperationTrigger;
  /** Worst severity among the findings; null for none. */
  worst: Severity | null;
  occupancy: OccupancyProfile;
  registration: boolean;
}

export interface FiledOperation {
  operation: OperationRow;
  fact: OperationFact;
  personsFound: number;
  childrenFound: number;
}

export interface DemoContext {
  rng: Random;
  data: DemoDataSet;
  actors: DemoActors;
  clock: Clock;
  /** Last day of the demo history. */
  end: string;
  /** Running file numbers (Aktenzeichen) per year. */
  fileNumbers: Map<string, number>;
}

const CORE_AGENCIES: Record<OperationKind, readonly string[]> = {
  joint_inspection: ['ordnungsamt', 'bauaufsicht'],
  registration_check: ['ordnungsamt', 'meldebehoerde'],
  follow_up: ['ordnungsamt'],
  acceptance_inspection: ['bauaufsicht', 'ordnungsamt'],
};

const OPTIONAL_AGENCIES: Record<OperationKind, ReadonlyArray<readonly [string, number]>> = {
  joint_inspection: [
    ['polizei', 6],
    ['feuerwehr', 5],
    ['jugendamt', 4],
    ['jobcenter', 3],
    ['gesundheitsamt', 3],
    ['versorger', 3],
    ['meldebehoerde', 3],
    ['dolmetscher', 3],
    ['auslaenderbehoerde', 2],
    ['familienkasse', 2],
    ['zoll', 1],
    ['finanzamt', 1],
  ],
  registration_check: [
    ['polizei', 4],
    ['jobcenter', 3],
    ['familienkasse', 3],
    ['dolmetscher', 3],
    ['auslaenderbehoerde', 2],
    ['jugendamt', 2],
  ],
  follow_up: [
    ['polizei', 2],
    ['feuerwehr', 2],
    ['gesundheitsamt', 2],
    ['versorger', 1],
    ['jugendamt', 1],
  ],
  acceptance_inspection: [
    ['feuerwehr', 3],
    ['gesundheitsamt', 2],
    ['versorger', 2],
  ],
};

const LEADER: Record<OperationKind, 'ordnungsamt' | 'bauaufsicht'> = {
  joint_inspection: 'ordnungsamt',
  registration_check: 'ordnungsamt',
  follow_up: 'bauaufsicht',
  acceptance_inspection: 'bauaufsicht',
};

const SEVERITY_RANK: Record<Severity, number> = { minor: 1, major: 2, danger: 3 };

/** Files one submitted operation with agencies, occupancy counts, findings and measures into the data set. */
export function fileOperation(ctx: DemoContext, building: Building, plan: OperationPlan, date: string, draft = false): FiledOperation {
  const { rng, data, actors, clock } = ctx;
  const agencies = chooseAgencies(rng, plan);
  const lead = agencies.includes(LEADER[plan.kind]) ? LEADER[plan.kind] : 'ordnungsamt';
  const createdBy = lead === 'bauaufsicht' ? actors.bauaufsicht : actors.inspector;
  const createdAt = clock.at(date, 8);
  const flats = building.flats;
  const entered = plan.kind === 'acceptance_inspection' ? flats : rng.sample(flats, rng.int(Math.ceil(flats.length / 2), flats.length));
  const operation: OperationRow = {
    id: rng.uuid(),
    propertyId: building.property.id,
    ...operationCopies(building.property, agencies),
    kind: plan.kind,
    date,
    trigger: plan.trigger,
    triggerSource: rng.chance(0.8) ? rng.pick(TRIGGER_SOURCES[plan.trigger]) : null,
    triggerSourceVisibility: 'taskforce',
    interpreterPresent: agencies.includes('dolmetscher') || rng.chance(0.05),
    unitsEntered: entered.length,
    unitsNotAccessible: flats.length - entered.length,
    notes: rng.chance(0.3) ? rng.pick(OPERATION_NOTES) : null,
    notesVisibility: 'taskforce',
    state: draft ? 'draft' : 'submitted',
    leadAgencyCode: lead,
    createdBy,
    submittedBy: draft ? null : createdBy,
    submittedAt: draft ? null : new Date(createdAt.getTime() + 8 * 3_600_000),
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
  data.operations.push(operation);
  for (const agencyCode of agencies) data.operationAgencies.push({ operationId: operation.id, agencyCode });

  const occupancy = countOccupancy(ctx, operation, entered, plan);
  const severities = recordFindings(ctx, operation, agencies, entered, plan, occupancy.childrenFound > 0, occupancy.overcrowded);
  // People found in a building declared uninhabitable: the use is prohibited again.
  const reoccupied = plan.occupancy === 'empty' && occupancy.personsFound > 0;
  recordMeasures(ctx, operation, agencies, severities, occupancy.registeredSurplus, occupancy.unregistered, reoccupied);
  return {
    operation,
    fact: { kind: plan.kind, date, severities: severities.map((s) => s.severity) },
    personsFound: occupancy.personsFound,
    childrenFound: occupancy.childrenFound,
  };
}

function chooseAgencies(rng: Random, plan: OperationPlan): string[] {
  const agencies = [...CORE_AGENCIES[plan.kind]];
  // Serious findings need the building supervision to record them.
  if (plan.worst && plan.worst !== 'minor' && !agencies.includes('bauaufsicht')) agencies.push('bauaufsicht');
  let candidates = OPTIONAL_AGENCIES[plan.kind].filter(([code]) => !agencies.includes(code));
  const extra = rng.int(agencies.length < 2 ? 1 : 0, 6 - agencies.length);
  for (let i = 0; i < extra && candidates.length > 0; i += 1) {
    const code = rng.weighted(candidates);
    agencies.push(code);
    candidates = candidates.filter(([c]) => c !== code);
  }
  return agencies;
}

function countOccupancy(ctx: DemoContext, operation: OperationRow, entered: readonly Flat[], plan: OperationPlan) {
  const { rng, data, clock } = ctx;
  const withRegister = plan.registration || rng.chance(0.25);
  const extractDate = addDays(operation.date, -rng.int(1, 10));
  const rows = entered.map((flat) => {
    let persons: number;
    if (plan.occupancy === 'empty') persons = plan.kind === 'follow_up' && rng.chance(0.08) ? rng.int(1, 4) : 0;
    else if (plan.occupancy === 'overcrowded' && rng.chance(0.5))
      persons = Math.ceil(flat.livingSpaceM2 / rng.between(flat.singleRoom ? 4 : 5, flat.singleRoom ? 7.5 : 9.5));
    else persons = rng.chance(0.1) ? 0 : Math.max(1, Math.round(flat.livingSpaceM2 / rng.between(flat.singleRoom ? 9 : 14, 30)));
    const children = persons >= 2 ? rng.int(0, Math.floor(persons * 0.45)) : 0;
    let registered: number | null = null;
    if (withRegister) {
      const drift = rng.weighted<number>([
        [0, 12],
        [rng.int(1, 3), 5],
        [-rng.int(1, 2), 3],
      ]);
      registered = Math.max(0, persons + drift);
    }
    return { flat, persons, children, registered };
  });
  const rowsToStore = entered.some((f) => f.unitId !== null) || rows.length === 0 ? rows : [aggregate(rows)];
  for (const row of rowsToStore) {
    data.occupancyCounts.push({
      id: rng.uuid(),
      operationId: operation.id,
      unitId: row.flat.unitId,
      personsFound: row.persons,
      childrenFound: row.children,
      personsRegistered: row.registered,
      registerExtractDate: row.registered === null ? null : extractDate,
      livingSpaceM2: row.flat.livingSpaceM2,
      singleRoomSharedFacilities: row.flat.singleRoom,
      agencyCode: withRegister && operation.kind === 'registration_check' ? 'meldebehoerde' : operation.leadAgencyCode,
      addedByAmendmentId: null,
      withdrawnByAmendmentId: null,
      createdAt: clock.at(operation.date, 9),
    });
  }
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((total, r) => total + pick(r), 0);
  return {
    personsFound: sum((r) => r.persons),
    childrenFound: sum((r) => r.children),
    overcrowded: rows.some((r) => r.persons > 0 && r.flat.livingSpaceM2 / r.persons < (r.flat.singleRoom ? 8 : 10)),
    // Only a registration check leads to de-registrations and registration requests; elsewhere the extract is context.
    registeredSurplus: plan.registration ? sum((r) => (r.registered === null ? 0 : Math.max(0, r.registered - r.persons))) : 0,
    unregistered: plan.registration ? sum((r) => (r.registered === null ? 0 : Math.max(0, r.persons - r.registered))) : 0,
  };
}

function aggregate(rows: ReadonlyArray<{ flat: Flat; persons: number; children: number; registered: number | null }>) {
  const space = rows.reduce((total, r) => total + r.flat.livingSpaceM2, 0);
  return {
    flat: { unitId: null, livingSpaceM2: Math.round(space), singleRoom: rows.every((r) => r.flat.singleRoom) },
    persons: rows.reduce((total, r) => total + r.persons, 0),
    children: rows.reduce((total, r) => total + r.children, 0),
    registered: rows[0].registered === null ? null : rows.reduce((total, r) => total + (r.registered ?? 0), 0),
  };
}

function recordFindings(
  ctx: DemoContext,
  operation: OperationRow,
  agencies: readonly string[],
  entered: readonly Flat[],
  plan: OperationPlan,
  childrenFound: boolean,
  overcrowded: boolean,
): Array<{ category: FindingCategory; severity: Severity }> {
  const { rng } = ctx;
  const wanted: Array<{ category: FindingCategory; severity: Severity }> = [];
  const owned = (category: FindingCategory) => CATEGORY_OWNERS[category].agencies.some((a) => agencies.includes(a));
  const general = (Object.keys(CATEGORY_OWNERS) as FindingCategory[]).filter((c) => c !== 'overcrowding' && c !== 'child_welfare' && owned(c));
  const add = (category: FindingCategory, severity: Severity) => {
    if (!wanted.some((w) => w.category === category)) wanted.push({ category, severity });
  };
  if (plan.worst === 'danger') {
    for (let i = rng.int(1, 2); i > 0; i -= 1) add(rng.pick(DANGER_CATEGORIES.filter(owned)), 'danger');
  }
  if (plan.worst === 'danger' || plan.worst === 'major') {
    for (let i = rng.int(plan.worst === 'major' ? 1 : 0, 2); i > 0; i -= 1) add(rng.pick(general), 'major');
    if (overcrowded) add('overcrowding', 'major');
  }
  if (plan.worst !== null) {
    for (let i = rng.int(plan.worst === 'minor' ? 1 : 0, plan.worst === 'minor' ? 3 : 2); i > 0; i -= 1) add(rng.pick(general), 'minor');
    if (childrenFound && agencies.includes('jugendamt') && rng.chance(0.5))
      add('child_welfare', plan.worst === 'minor' ? 'minor' : rng.pick(['minor', 'major']));
  }
  const unitIds = entered.map((f) => f.unitId).filter((id): id is string => id !== null);
  for (const { category, severity } of wanted) {
    const agencyCode = CATEGORY_OWNERS[category].agencies.find((a) => agencies.includes(a)) ?? operation.leadAgencyCode;
    ctx.data.findings.push({
      id: rng.uuid(),
      operationId: operation.id,
      unitId: unitIds.length > 0 && rng.chance(0.6) ? rng.pick(unitIds) : null,
      category,
      severity,
      description: findingText(category, severity, (texts) => rng.pick(texts)),
      agencyCode,
      visibility: CATEGORY_OWNERS[category].visibility === 'agency' || agencyCode === 'zoll' ? 'agency' : 'taskforce',
      addedByAmendmentId: null,
      withdrawnByAmendmentId: null,
      releasedAt: null,
      releasedBy: null,
      createdAt: ctx.clock.at(operation.date, 10),
    });
  }
  return wanted.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

function recordMeasures(
  ctx: DemoContext,
  operation: OperationRow,
  agencies: readonly string[],
  findings: ReadonlyArray<{ category: FindingCategory; severity: Severity }>,
  registeredSurplus: number,
  unregistered: number,
  reoccupied: boolean,
): void {
  const { rng } = ctx;
  const serious = findings.filter((f) => f.severity !== 'minor');
  const add = (type: MeasureType, options: { deadlineDays?: number; personsCount?: number } = {}) => {
    const profile = MEASURE_PROFILES[type];
    const agencyCode = agencies.includes(profile.agency) ? profile.agency : operation.leadAgencyCode;
    const deadline = options.deadlineDays === undefined ? null : addDays(operation.date, options.deadlineDays);
    const state = measureState(rng, deadline ?? operation.date, ctx.end);
    const changedOn = state === 'open' ? null : minDate(addDays(deadline ?? operation.date, rng.int(0, 20)), ctx.end);
    ctx.data.measures.push({
      id: rng.uuid(),
      propertyId: operation.propertyId,
      ...buildingCopies(operation),
      operationId: operation.id,
      type,
      agencyCode,
      legalBasis: profile.legalBasis ?? housingLaw(operation.date),
      date: operation.date,
      deadline,
      state,
      personsCount: options.personsCount ?? null,
      description: profile.text,
      descriptionVisibility: 'taskforce',
      visibility: profile.visibility,
      stateNote: changedOn === null ? null : STATE_NOTES[state],
      stateNoteVisibility: 'taskforce',
      stateNoteAgencyCode: changedOn === null ? null : operation.leadAgencyCode,
      stateChangedBy: changedOn === null ? null : operation.createdBy,
      stateChangedAt: changedOn === null ? null : ctx.clock.at(changedOn, 12),
      addedByAmendmentId: null,
      withdrawnByAmendmentId: null,
      createdAt: ctx.clock.at(operation.date, 11),
      updatedAt: changedOn === null ? ctx.clock.at(operation.date, 11) : ctx.clock.at(changedOn, 12),
      // A measure that changed state has had one change since it was filed.
      version: changedOn === null ? 1 : 2,
    });
  };
  if (registeredSurplus > 0) add('deregistration_ex_officio', { personsCount: registeredSurplus });
  if (unregistered > 0) {
    add('registration_request', { deadlineDays: 14, personsCount: unregistered });
    if (unregistered >= 3 && rng.chance(0.3)) add('fine_proceedings');
  }
  if (serious.length > 0) add('repair_order', { deadlineDays: rng.int(28, 120) });
  if (findings.some((f) => f.category === 'electricity' && f.severity === 'danger') && agencies.includes('versorger')) add('electricity_blocked');
  if (reoccupied || (findings.some((f) => f.severity === 'danger') && rng.chance(0.35))) add('use_prohibition', { deadlineDays: rng.int(3, 14) });
  if (serious.some((f) => f.category === 'waste')) add('waste_removal', { deadlineDays: rng.int(14, 30) });
  if (serious.some((f) => f.category === 'child_welfare') && agencies.includes('jugendamt')) add('child_protection');
  if (agencies.includes('jobcenter') && rng.chance(0.4)) add('benefit_case');
  if (agencies.includes('polizei') && rng.chance(0.15)) add('other');
  if (rng.chance(0.04)) add('towing');
  if (rng.chance(0.08)) add('referral');
}

const STATE_NOTES: Record<MeasureState, string> = {
  open: '',
  done: 'Erledigt laut Nachkontrolle.',
  cancelled: 'Hinfällig geworden (Eigentümerwechsel oder Räumung).',
};

/** Old measures are mostly done; recent ones mostly open; a few old ones stay open past their deadline. */
function measureState(rng: Random, due: string, end: string): MeasureState {
  const age = daysBetween(due, end);
  if (age < 0) return 'open';
  if (age > 365)
    return rng.weighted<MeasureState>([
      ['done', 85],
      ['cancelled', 5],
      ['open', 10],
    ]);
  if (age > 90)
    return rng.weighted<MeasureState>([
      ['done', 65],
      ['cancelled', 5],
      ['open', 30],
    ]);
  return rng.weighted<MeasureState>([
    ['open', 70],
    ['done', 30],
  ]);
}
