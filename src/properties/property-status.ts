import { ALLOWED_DECISIONS, DECISION_TARGET, type DecisionType, type PropertyStatus } from './status-catalogue.js';

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
  operations: readonly OperationFact[];
  decisions: readonly DecisionFact[];
}

export interface DerivedStatus {
  status: PropertyStatus;
  since: string;
  allowedDecisions: readonly DecisionType[];
}

export type DecisionCheck =
  { ok: true; statusAfter: PropertyStatus } | { ok: false; code: DecisionRefusal; reason: string; allowedDecisions: readonly DecisionType[] };

export type DecisionRefusal =
  | 'decision_not_allowed'
  | 'declaration_requires_serious_finding'
  | 'lifting_requires_acceptance_inspection'
  | 'lifting_blocked_by_danger_finding'
  | 'decision_before_current_status';

/** The earliest of some days (ISO dates), null for none. */
export function earliestDay(days: readonly string[]): string | null {
  return days.reduce<string | null>((min, d) => (min === null || d < min ? d : min), null);
}

/** Replays the history: the first submitted operation makes a suspected property inspected; decisions do the rest. */
export function derivePropertyStatus(history: PropertyHistory): DerivedStatus {
  let status: PropertyStatus = 'suspected';
  let since = history.createdOn;
  const firstOperation = earliestDay(history.operations.map((o) => o.date));
  if (firstOperation !== null) {
    status = 'inspected';
    since = firstOperation;
  }
  for (const decision of history.decisions) {
    status = DECISION_TARGET[decision.type];
    since = decision.effectiveDate;
  }
  return { status, since, allowedDecisions: ALLOWED_DECISIONS[status] };
}

/** Whether a new decision may be recorded on top of the history, and why not. */
export function checkDecision(history: PropertyHistory, decision: DecisionFact): DecisionCheck {
  const current = derivePropertyStatus(history);
  const refuse = (code: DecisionRefusal, reason: string): DecisionCheck => ({
    ok: false,
    code,
    reason,
    allowedDecisions: current.allowedDecisions,
  });
  if (!current.allowedDecisions.includes(decision.type)) {
    return refuse('decision_not_allowed', `A property with status "${current.status}" does not allow "${decision.type}".`);
  }
  if (decision.effectiveDate < current.since) {
    return refuse('decision_before_current_status', `The effective date ${decision.effectiveDate} is before the current status began (${current.since}).`);
  }
  if (decision.type === 'declare_uninhabitable') {
    const serious = history.operations.some((op) => op.date <= decision.effectiveDate && op.severities.some((s) => s === 'major' || s === 'danger'));
    if (!serious) {
      return refuse('declaration_requires_serious_finding', 'A declaration needs a submitted operation with a finding of severity "major" or "danger".');
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
    const latest = acceptances.reduce((a, b) => (b.date >= a.date ? b : a));
    if (latest.severities.includes('danger')) {
      return refuse('lifting_blocked_by_danger_finding', 'The latest acceptance inspection still records a "danger" finding.');
    }
  }
  return { ok: true, statusAfter: DECISION_TARGET[decision.type] };
}

function lastDeclarationDate(history: PropertyHistory): string | null {
  let date: string | null = null;
  for (const d of history.decisions) if (d.type === 'declare_uninhabitable') date = d.effectiveDate;
  return date;
}
