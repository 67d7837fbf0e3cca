// Statuses, decision types and the transitions between them: import-free, so entities, rules and DTOs can all share them.

export const PROPERTY_STATUSES = ['suspected', 'inspected', 'uninhabitable', 'renovation', 'released', 'relet', 'closed'] as const;
export type PropertyStatus = (typeof PROPERTY_STATUSES)[number];

export const DECISION_TYPES = ['declare_uninhabitable', 'renovation_started', 'declaration_lifted', 'relet', 'close', 'reopen'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

/** Colour and labels belong to the server: the client only draws what it is told. */
export const STATUS_STYLE: Record<PropertyStatus, { colour: string; labelDe: string; labelEn: string }> = {
  suspected: { colour: '#8c8c8c', labelDe: 'Verdachtsfall', labelEn: 'Suspected' },
  inspected: { colour: '#2f6fd0', labelDe: 'Begangen', labelEn: 'Inspected' },
  uninhabitable: { colour: '#d7191c', labelDe: 'Unbewohnbar erklärt', labelEn: 'Declared uninhabitable' },
  renovation: { colour: '#f28e1c', labelDe: 'In Sanierung', labelEn: 'Under renovation' },
  released: { colour: '#a6d96a', labelDe: 'Freigegeben', labelEn: 'Released' },
  relet: { colour: '#1a9641', labelDe: 'Wiedervermietet', labelEn: 'Re-let' },
  closed: { colour: '#d0d0d0', labelDe: 'Erledigt', labelEn: 'Closed' },
};

/** DESIGN §3: the decisions each status allows; anything else is refused. */
export const ALLOWED_DECISIONS: Record<PropertyStatus, readonly DecisionType[]> = {
  suspected: ['close'],
  inspected: ['declare_uninhabitable', 'close'],
  uninhabitable: ['renovation_started', 'declaration_lifted', 'close'],
  renovation: ['declaration_lifted', 'close'],
  released: ['relet', 'declare_uninhabitable', 'close'],
  relet: ['declare_uninhabitable', 'close'],
  closed: ['reopen'],
};

/** Why the status rule refuses a decision: the 409 problem codes of the decisions route. */
export const DECISION_REFUSALS = [
  'decision_not_allowed',
  'declaration_requires_serious_finding',
  'lifting_requires_acceptance_inspection',
  'lifting_blocked_by_danger_finding',
  'decision_before_current_status',
] as const;

/** The status each decision leads to. */
export const DECISION_TARGET: Record<DecisionType, PropertyStatus> = {
  declare_uninhabitable: 'uninhabitable',
  renovation_started: 'renovation',
  declaration_lifted: 'released',
  relet: 'relet',
  close: 'closed',
  reopen: 'inspected',
};
