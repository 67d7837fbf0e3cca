import { describe, expect, it } from 'vitest';
import {
  checkDecision,
  derivePropertyStatus,
  projectHistory,
  statusPeriods,
  type OperationFact,
  type PropertyHistory,
} from '../../src/properties/property-status.js';
import { DECISION_TYPES, type DecisionType, PROPERTY_STATUSES, type PropertyStatus } from '../../src/properties/status-catalogue.js';

const op = (date: string, kind: OperationFact['kind'] = 'joint_inspection', severities: OperationFact['severities'] = []): OperationFact => ({
  kind,
  date,
  severities,
});
const serious = op('2024-02-01', 'joint_inspection', ['minor', 'major']);

/** One history per status, each meeting the preconditions of every decision that status allows. */
const HISTORIES: Record<PropertyStatus, PropertyHistory> = {
  suspected: { createdOn: '2024-01-10', operations: [], decisions: [] },
  inspected: { createdOn: '2024-01-10', operations: [serious], decisions: [] },
  uninhabitable: {
    createdOn: '2024-01-10',
    operations: [serious, op('2024-03-15', 'acceptance_inspection', ['minor'])],
    decisions: [{ type: 'declare_uninhabitable', effectiveDate: '2024-03-01' }],
  },
  renovation: {
    createdOn: '2024-01-10',
    operations: [serious, op('2024-04-15', 'acceptance_inspection')],
    decisions: [
      { type: 'declare_uninhabitable', effectiveDate: '2024-03-01' },
      { type: 'renovation_started', effectiveDate: '2024-04-01' },
    ],
  },
  released: {
    createdOn: '2024-01-10',
    operations: [serious, op('2024-05-01', 'acceptance_inspection')],
    decisions: [
      { type: 'declare_uninhabitable', effectiveDate: '2024-03-01' },
      { type: 'renovation_started', effectiveDate: '2024-04-01' },
      { type: 'declaration_lifted', effectiveDate: '2024-05-10' },
    ],
  },
  relet: {
    createdOn: '2024-01-10',
    operations: [serious, op('2024-05-01', 'acceptance_inspection')],
    decisions: [
      { type: 'declare_uninhabitable', effectiveDate: '2024-03-01' },
      { type: 'declaration_lifted', effectiveDate: '2024-05-10' },
      { type: 'relet', effectiveDate: '2024-06-01' },
    ],
  },
  closed: { createdOn: '2024-01-10', operations: [serious], decisions: [{ type: 'close', effectiveDate: '2024-03-01' }] },
};

const SINCE: Record<PropertyStatus, string> = {
  suspected: '2024-01-10',
  inspected: '2024-02-01',
  uninhabitable: '2024-03-01',
  renovation: '2024-04-01',
  released: '2024-05-10',
  relet: '2024-06-01',
  closed: '2024-03-01',
};

// DESIGN §3, written out here rather than imported so the test checks the table, not itself.
const ALLOWED: Record<PropertyStatus, DecisionType[]> = {
  suspected: ['close'],
  inspected: ['declare_uninhabitable', 'close'],
  uninhabitable: ['renovation_started', 'declaration_lifted', 'close'],
  renovation: ['declaration_lifted', 'close'],
  released: ['relet', 'declare_uninhabitable', 'close'],
  relet: ['declare_uninhabitable', 'close'],
  closed: ['reopen'],
};

const TARGET: Record<DecisionType, PropertyStatus> = {
  declare_uninhabitable: 'uninhabitable',
  renovation_started: 'renovation',
  declaration_lifted: 'released',
  relet: 'relet',
  close: 'closed',
  reopen: 'inspected',
};

const PAIRS = PROPERTY_STATUSES.flatMap((status) => DECISION_TYPES.map((type) => ({ status, type, allowed: ALLOWED[status].includes(type) })));

describe('derivePropertyStatus', () => {
  it.each(PROPERTY_STATUSES.map((status) => ({ status })))('should derive $status from its fixture history', ({ status }) => {
    expect(derivePropertyStatus(HISTORIES[status])).toEqual({ status, since: SINCE[status], allowedDecisions: ALLOWED[status] });
  });

  it('should date "inspected" from the earliest operation, whatever the order given', () => {
    const history: PropertyHistory = { createdOn: '2024-01-10', operations: [op('2024-03-05'), op('2024-02-20')], decisions: [] };
    expect(derivePropertyStatus(history)).toMatchObject({ status: 'inspected', since: '2024-02-20' });
  });

  it('should return to inspected after reopen, dated by the reopening', () => {
    const history: PropertyHistory = { ...HISTORIES.closed, decisions: [...HISTORIES.closed.decisions, { type: 'reopen', effectiveDate: '2024-07-01' }] };
    expect(derivePropertyStatus(history)).toMatchObject({ status: 'inspected', since: '2024-07-01' });
  });
});

describe('statusPeriods', () => {
  it('should hold one open suspected period for a building without history', () => {
    expect(statusPeriods(HISTORIES.suspected)).toEqual([{ status: 'suspected', from: '2024-01-10', until: null }]);
  });

  it('should chain every status of a re-let building, each ending the day the next began', () => {
    expect(statusPeriods(HISTORIES.relet)).toEqual([
      { status: 'suspected', from: '2024-01-10', until: '2024-02-01' },
      { status: 'inspected', from: '2024-02-01', until: '2024-03-01' },
      { status: 'uninhabitable', from: '2024-03-01', until: '2024-05-10' },
      { status: 'released', from: '2024-05-10', until: '2024-06-01' },
      { status: 'relet', from: '2024-06-01', until: null },
    ]);
  });

  it('should leave no period for a status that did not outlast its day', () => {
    const history: PropertyHistory = {
      createdOn: '2024-01-10',
      operations: [op('2024-03-01', 'joint_inspection', ['danger'])],
      decisions: [
        { type: 'declare_uninhabitable', effectiveDate: '2024-03-01' },
        { type: 'close', effectiveDate: '2024-03-01' },
      ],
    };
    expect(statusPeriods(history)).toEqual([
      { status: 'suspected', from: '2024-01-10', until: '2024-03-01' },
      { status: 'closed', from: '2024-03-01', until: null },
    ]);
  });

  it('should start with the first visit when it is dated before the building was recorded', () => {
    const history: PropertyHistory = { createdOn: '2024-03-10', operations: [op('2024-03-02')], decisions: [] };
    expect(statusPeriods(history)).toEqual([{ status: 'inspected', from: '2024-03-02', until: null }]);
  });

  it('should not let a visit to a closed building change its status; only reopening does', () => {
    const history: PropertyHistory = {
      createdOn: '2024-01-10',
      operations: [op('2024-04-01')],
      decisions: [
        { type: 'close', effectiveDate: '2024-02-01' },
        { type: 'reopen', effectiveDate: '2024-05-01' },
      ],
    };
    expect(statusPeriods(history)).toEqual([
      { status: 'suspected', from: '2024-01-10', until: '2024-02-01' },
      { status: 'closed', from: '2024-02-01', until: '2024-05-01' },
      { status: 'inspected', from: '2024-05-01', until: null },
    ]);
  });

  it('should replay decisions by effective date, so periods never overlap whatever order they are given in', () => {
    const history: PropertyHistory = { ...HISTORIES.released, decisions: [...HISTORIES.released.decisions].reverse() };
    expect(statusPeriods(history)).toEqual(statusPeriods(HISTORIES.released));
  });

  it('should project the stored values from the same periods', () => {
    expect(projectHistory(HISTORIES.renovation)).toEqual({
      status: 'renovation',
      statusSince: '2024-04-01',
      firstVisitOn: '2024-02-01',
      firstDecisionOn: '2024-03-01',
      periods: statusPeriods(HISTORIES.renovation),
    });
  });
});

describe('checkDecision', () => {
  it('should cover every status × decision pair', () => {
    expect(PAIRS).toHaveLength(PROPERTY_STATUSES.length * DECISION_TYPES.length);
    expect(PAIRS.filter((p) => p.allowed)).toHaveLength(14);
  });

  it.each(PAIRS.filter((p) => p.allowed))('should allow $type from $status', ({ status, type }) => {
    expect(checkDecision(HISTORIES[status], { type, effectiveDate: '2024-12-01' })).toEqual({ ok: true, statusAfter: TARGET[type] });
  });

  it.each(PAIRS.filter((p) => !p.allowed))('should refuse $type from $status with the allowed list', ({ status, type }) => {
    const result = checkDecision(HISTORIES[status], { type, effectiveDate: '2024-12-01' });
    expect(result).toMatchObject({ ok: false, code: 'decision_not_allowed', allowedDecisions: ALLOWED[status] });
  });

  it('should refuse a declaration when no operation recorded a major or danger finding', () => {
    const history: PropertyHistory = { createdOn: '2024-01-10', operations: [op('2024-02-01', 'joint_inspection', ['minor', 'minor'])], decisions: [] };
    expect(checkDecision(history, { type: 'declare_uninhabitable', effectiveDate: '2024-03-01' })).toMatchObject({
      ok: false,
      code: 'declaration_requires_serious_finding',
      allowedDecisions: ['declare_uninhabitable', 'close'],
    });
  });

  it('should refuse a declaration whose only serious finding comes after its effective date', () => {
    const history: PropertyHistory = {
      createdOn: '2024-01-10',
      operations: [op('2024-02-01', 'joint_inspection', ['minor']), op('2024-04-01', 'follow_up', ['danger'])],
      decisions: [],
    };
    expect(checkDecision(history, { type: 'declare_uninhabitable', effectiveDate: '2024-03-01' })).toMatchObject({
      ok: false,
      code: 'declaration_requires_serious_finding',
    });
    expect(checkDecision(history, { type: 'declare_uninhabitable', effectiveDate: '2024-04-01' })).toEqual({ ok: true, statusAfter: 'uninhabitable' });
  });

  it('should refuse lifting when the only acceptance inspection came before the declaration', () => {
    const history: PropertyHistory = {
      createdOn: '2024-01-10',
      operations: [serious, op('2024-02-15', 'acceptance_inspection')],
      decisions: [{ type: 'declare_uninhabitable', effectiveDate: '2024-03-01' }],
    };
    expect(checkDecision(history, { type: 'declaration_lifted', effectiveDate: '2024-06-01' })).toMatchObject({
      ok: false,
      code: 'lifting_requires_acceptance_inspection',
      allowedDecisions: ['renovation_started', 'declaration_lifted', 'close'],
    });
  });

  it('should refuse lifting when only a joint inspection (not an acceptance inspection) followed the declaration', () => {
    const history: PropertyHistory = { ...HISTORIES.renovation, operations: [serious, op('2024-04-15', 'joint_inspection')] };
    expect(checkDecision(history, { type: 'declaration_lifted', effectiveDate: '2024-06-01' })).toMatchObject({
      ok: false,
      code: 'lifting_requires_acceptance_inspection',
    });
  });

  it('should need an acceptance inspection after the latest declaration when a property is declared again', () => {
    const history: PropertyHistory = {
      ...HISTORIES.relet,
      decisions: [...HISTORIES.relet.decisions, { type: 'declare_uninhabitable', effectiveDate: '2024-08-01' }],
    };
    expect(checkDecision(history, { type: 'declaration_lifted', effectiveDate: '2024-09-01' })).toMatchObject({
      ok: false,
      code: 'lifting_requires_acceptance_inspection',
    });
  });

  it('should refuse lifting when the latest acceptance inspection records a danger finding', () => {
    const history: PropertyHistory = {
      ...HISTORIES.renovation,
      operations: [serious, op('2024-04-10', 'acceptance_inspection'), op('2024-04-20', 'acceptance_inspection', ['minor', 'danger'])],
    };
    expect(checkDecision(history, { type: 'declaration_lifted', effectiveDate: '2024-05-01' })).toMatchObject({
      ok: false,
      code: 'lifting_blocked_by_danger_finding',
      allowedDecisions: ['declaration_lifted', 'close'],
    });
  });

  it('should allow lifting when a later acceptance inspection no longer records the danger', () => {
    const history: PropertyHistory = {
      ...HISTORIES.renovation,
      operations: [serious, op('2024-04-10', 'acceptance_inspection', ['danger']), op('2024-04-20', 'acceptance_inspection', ['minor'])],
    };
    expect(checkDecision(history, { type: 'declaration_lifted', effectiveDate: '2024-05-01' })).toEqual({ ok: true, statusAfter: 'released' });
  });

  it('should refuse lifting when an operation after the acceptance inspection, up to the lift, records danger', () => {
    const history: PropertyHistory = {
      ...HISTORIES.renovation,
      operations: [serious, op('2024-04-10', 'acceptance_inspection', ['minor']), op('2024-04-25', 'follow_up', ['danger'])],
    };
    expect(checkDecision(history, { type: 'declaration_lifted', effectiveDate: '2024-05-01' })).toMatchObject({
      ok: false,
      code: 'lifting_blocked_by_danger_finding',
      reason: 'The operation of 2024-04-25, after the acceptance inspection, records a "danger" finding.',
    });
    // A lift dated before that operation was judged on what was on file by its day.
    expect(checkDecision(history, { type: 'declaration_lifted', effectiveDate: '2024-04-20' })).toEqual({ ok: true, statusAfter: 'released' });
  });

  it('should count the later-submitted of two acceptance inspections on the same day', () => {
    // A history lists the operations of a day in the order they were submitted.
    const lift = { type: 'declaration_lifted', effectiveDate: '2024-05-01' } as const;
    const cleared = [serious, op('2024-04-20', 'acceptance_inspection', ['danger']), op('2024-04-20', 'acceptance_inspection', ['minor'])];
    expect(checkDecision({ ...HISTORIES.renovation, operations: cleared }, lift)).toEqual({ ok: true, statusAfter: 'released' });
    const dangerLater = [serious, op('2024-04-20', 'acceptance_inspection', ['minor']), op('2024-04-20', 'acceptance_inspection', ['danger'])];
    expect(checkDecision({ ...HISTORIES.renovation, operations: dangerLater }, lift)).toMatchObject({
      ok: false,
      code: 'lifting_blocked_by_danger_finding',
      reason: 'The acceptance inspection of 2024-04-20 records a "danger" finding.',
    });
  });

  it('should refuse an effective date before the current status began', () => {
    expect(checkDecision(HISTORIES.renovation, { type: 'close', effectiveDate: '2024-03-31' })).toMatchObject({
      ok: false,
      code: 'decision_before_current_status',
      allowedDecisions: ['declaration_lifted', 'close'],
    });
    expect(checkDecision(HISTORIES.renovation, { type: 'close', effectiveDate: '2024-04-01' })).toEqual({ ok: true, statusAfter: 'closed' });
  });

  it('should refuse a decision on a suspected property dated before the property was recorded', () => {
    expect(checkDecision(HISTORIES.suspected, { type: 'close', effectiveDate: '2024-01-09' })).toMatchObject({
      ok: false,
      code: 'decision_before_current_status',
    });
  });
});
