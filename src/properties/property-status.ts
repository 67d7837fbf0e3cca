import { ALLOWED_DECISIONS, DECISION_TARGET, type DECISION_REFUSALS, type DecisionType, type PropertyStatus } from './status-catalogue.js';

export interface OperationFact {
  kind: 'joint_inspection' | 'registration_check' | 'follow_up' | 'acceptance_inspection';
  date: string;
  /** Severities of the findings still in force (not withdrawn by an amendment). */
  severities: ReadonlyArray<'minor' | 'major' | 'danger'>;
}

export interface DecisionFact {
  type: DecisionType;
  effectiveDate: string;
}

/** Everything the status depends on: submitted operations and decisions in the order they were recorded. */
export interface PropertyHistory {
  createdOn: string;
  /** In the order they happened: by day, and within a day by submission (the later-submitted is the later). */
  operations: readonly OperationFact[];
  decisions: readonly DecisionFact[];
}

export interface DerivedStatus {
  status: PropertyStatus;
  since: string;
  allowedDecisions: readonly DecisionType[];
}

export type DecisionCheck =
  | { ok: true; statusAfter: PropertyStatus }
  | {
      ok: false;
      code: DecisionRefusal;
      reason: string;
      allowedDecisions: readonly DecisionType[];
      /** For a lift blocked by danger: the days of the operations whose findings block it. */
      dangerOn?: readonly string[];
    };

/** A finding a decision names as its basis: its operation's day and its severity. */
export interface BasisFact {
  date: string;
  severity: 'minor' | 'major' | 'danger';
}

export type DecisionRefusal = (typeof DECISION_REFUSALS)[number];

/** The earliest of some days (ISO dates), null for none. */
export function earliestDay(days: readonly string[]): string | null {
  return days.reduce<string | null>((min, d) => (min === null || d < min ? d : min), null);
}

/** One stretch of a building's status: from its first day up to the day the next status began (null: still current). */
export interface StatusPeriod {
  status: PropertyStatus;
  from: string;
  until: string | null;
}

/** Everything stored on a building file that follows from its history. */
export interface BuildingFileProjection {
  status: PropertyStatus;
  statusSince: string;
  firstVisitOn: string | null;
  firstDecisionOn: string | null;
  periods: StatusPeriod[];
}

/**
 * The status rule: a building is suspected from the day it became known; its first submitted operation makes it
 * inspected while it is still suspected; each decision, by effective date and then in the order recorded, sets the
 * status it leads to. A status that did not outlast its day leaves no period, so each period holds the status at the
 * end of its days.
 */
export function statusPeriods(history: PropertyHistory): StatusPeriod[] {
  const firstVisit = earliestDay(history.operations.map((o) => o.date));
  const known = earliestDay([history.createdOn, ...(firstVisit === null ? [] : [firstVisit]), ...history.decisions.map((d) => d.effectiveDate)])!;
  const periods: StatusPeriod[] = [{ status: 'suspected', from: known, until: null }];
  const begin = (status: PropertyStatus, day: string) => {
    const current = periods[periods.length - 1];
    if (current.from === day) current.status = status;
    else periods.push({ status, from: day, until: null });
    if (periods.length > 1) periods[periods.length - 2].until = day;
  };
  let visitApplied = firstVisit === null;
  const applyVisit = () => {
    if (periods[periods.length - 1].status === 'suspected') begin('inspected', firstVisit!);
    visitApplied = true;
  };
  // Stable, so decisions of one day keep the order they were recorded in.
  const decisions = [...history.decisions].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0));
  for (const decision of decisions) {
    if (!visitApplied && firstVisit! <= decision.effectiveDate) applyVisit();
    begin(DECISION_TARGET[decision.type], decision.effectiveDate);
  }
  if (!visitApplied) applyVisit();
  return periods;
}

/** The current status, the day it began and the decisions it allows. */
export function derivePropertyStatus(history: PropertyHistory): DerivedStatus {
  const periods = statusPeriods(history);
  const { status, from } = periods[periods.length - 1];
  return { status, since: from, allowedDecisions: ALLOWED_DECISIONS[status] };
}

/** The pure part of the building-file projector: history in, every derived value out. */
export function projectHistory(history: PropertyHistory): BuildingFileProjection {
  const periods = statusPeriods(history);
  const { status, from } = periods[periods.length - 1];
  return {
    status,
    statusSince: from,
    firstVisitOn: earliestDay(history.operations.map((o) => o.date)),
    firstDecisionOn: earliestDay(history.decisions.map((d) => d.effectiveDate)),
    periods,
  };
}

/**
 * Whether a new decision may be recorded on top of the history, and why not. A declaration recorded in Hausakte rests
 * on the findings it names (`basis`); one taken over from elsewhere (imports, demo data) on the building's history.
 */
export function checkDecision(history: PropertyHistory, decision: DecisionFact, basis?: readonly BasisFact[]): DecisionCheck {
  const current = derivePropertyStatus(history);
  const refuse = (code: DecisionRefusal, reason: string, dangerOn?: readonly string[]): DecisionCheck => ({
    ok: false,
    code,
    reason,
    allowedDecisions: current.allowedDecisions,
    ...(dangerOn ? { dangerOn } : {}),
  });
  if (!current.allowedDecisions.includes(decision.type)) {
    return refuse('decision_not_allowed', `A property with status "${current.status}" does not allow "${decision.type}".`);
  }
  if (decision.effectiveDate < current.since) {
    return refuse('decision_before_current_status', `The effective date ${decision.effectiveDate} is before the current status began (${current.since}).`);
  }
  if (decision.type === 'declare_uninhabitable') {
    const grounds = basis ?? history.operations.flatMap((op) => op.severities.map((severity) => ({ date: op.date, severity })));
    if (!grounds.some((f) => f.date <= decision.effectiveDate && (f.severity === 'major' || f.severity === 'danger'))) {
      return refuse(
        'declaration_requires_serious_finding',
        basis
          ? 'A declaration needs a finding of severity "major" or "danger" among the findings named as its basis.'
          : 'A declaration needs a submitted operation with a finding of severity "major" or "danger".',
      );
    }
  }
  if (decision.type === 'declaration_lifted') {
    const declaredOn = lastDeclarationDate(history);
    const acceptances = history.operations.filter(
      (op) => op.kind === 'acceptance_inspection' && declaredOn !== null && op.date >= declaredOn && op.date <= decision.effectiveDate,
    );
    if (acceptances.length === 0) {
      return refuse('lifting_requires_acceptance_inspection', 'Lifting a declaration needs a submitted acceptance inspection after the declaration.');
    }
    const latest = acceptances[acceptances.length - 1];
    // The acceptance inspection itself, or any operation after it up to the lift's day, may still find danger.
    const danger = history.operations
      .slice(history.operations.indexOf(latest))
      .filter((op) => op.date <= decision.effectiveDate && op.severities.includes('danger'));
    if (danger.length > 0) {
      const where = danger.includes(latest)
        ? `The acceptance inspection of ${latest.date}`
        : `The operation of ${danger[0].date}, after the acceptance inspection,`;
      return refuse(
        'lifting_blocked_by_danger_finding',
        `${where} records a "danger" finding.`,
        danger.map((op) => op.date),
      );
    }
  }
  return { ok: true, statusAfter: DECISION_TARGET[decision.type] };
}

function lastDeclarationDate(history: PropertyHistory): string | null {
  let date: string | null = null;
  for (const d of history.decisions) if (d.type === 'declare_uninhabitable') date = d.effectiveDate;
  return date;
}
