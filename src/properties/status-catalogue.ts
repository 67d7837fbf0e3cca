// Statuses, decision types and the transitions between them: import-free, so entities, rules and DTOs can all share them.

export const PROPERTY_STATUSES = ['suspected', 'inspected', 'uninhabitable', 'renovation', 'released', 'relet', 'closed'] as const;
export type PropertyStatus = (typeof PROPERTY_STATUSES)[number];

export const DECISION_TYPES = ['declare_uninhabitable', 'renovation_started', 'declaration_lifted', 'relet', 'close', 'reopen'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

/** The shape a status is drawn in: the second cue besides colour, for the statuses red-green colour blindness confuses. */
export const STATUS_SYMBOLS = ['circle', 'triangle', 'diamond', 'ring', 'square'] as const;
export type StatusSymbol = (typeof STATUS_SYMBOLS)[number];

/**
 * Colour, symbol and labels belong to the server: the client only draws what it is told. The hues are DESIGN §3's;
 * lightness and chroma are chosen so every pair stays apart (CIEDE2000 ≥ 20) for normal, deuteranope and protanope
 * vision, and pairs that stay closest for them differ in symbol, which a test checks.
 */
export const STATUS_STYLE: Record<PropertyStatus, { colour: string; symbol: StatusSymbol; labelDe: string; labelEn: string }> = {
  suspected: { colour: '#8d8d8d', symbol: 'circle', labelDe: 'Verdachtsfall', labelEn: 'Suspected' },
  inspected: { colour: '#284db0', symbol: 'circle', labelDe: 'Begangen', labelEn: 'Inspected' },
  uninhabitable: { colour: '#cc0000', symbol: 'triangle', labelDe: 'Unbewohnbar erklärt', labelEn: 'Declared uninhabitable' },
  renovation: { colour: '#f47600', symbol: 'diamond', labelDe: 'In Sanierung', labelEn: 'Under renovation' },
  released: { colour: '#ddf092', symbol: 'ring', labelDe: 'Freigegeben', labelEn: 'Released' },
  relet: { colour: '#006a4b', symbol: 'square', labelDe: 'Wiedervermietet', labelEn: 'Re-let' },
  closed: { colour: '#dedede', symbol: 'circle', labelDe: 'Erledigt', labelEn: 'Closed' },
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
