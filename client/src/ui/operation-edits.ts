import type { AmendmentChanges, AmendmentInput, FindingInput, MeasureInput, OccupancyInput, OperationInput } from '../api-types';
import type { Amendment, AmendmentItems, Finding, Measure, Occupancy, Operation, TimelineItem, User, Visibility } from '../api-types';
import { formatDate, label, t, type MessageKey } from '../i18n';

/** Pure rules and mappings for continuing drafts and correcting submitted operations (no DOM). */

type Viewer = Pick<User, 'id' | 'permissions'>;

/** Only the user who filed a draft may change or submit it (the server refuses everyone else). */
export function canContinueDraft(operation: Operation, viewer: Viewer): boolean {
  return operation.state === 'draft' && operation.createdBy === viewer.id && viewer.permissions.includes('operation:file');
}

/** Inspectors correct the operations they filed, leads any submitted operation. */
export function canAmend(operation: Operation, viewer: Viewer): boolean {
  if (operation.state !== 'submitted') return false;
  if (viewer.permissions.includes('operation:amend-any')) return true;
  return viewer.permissions.includes('operation:amend-own') && operation.createdBy === viewer.id;
}

export function findingInput(f: Finding): FindingInput {
  return { unitId: f.unitId, category: f.category, severity: f.severity, description: f.description, visibility: f.visibility };
}

export function occupancyInput(c: Occupancy): OccupancyInput {
  const input: OccupancyInput = { unitId: c.unitId, personsFound: c.personsFound, childrenFound: c.childrenFound };
  if (c.personsRegistered !== null) input.personsRegistered = c.personsRegistered;
  if (c.registerExtractDate !== null) input.registerExtractDate = c.registerExtractDate;
  if (c.livingSpaceM2 !== null) input.livingSpaceM2 = c.livingSpaceM2;
  if (c.singleRoomSharedFacilities) input.singleRoomSharedFacilities = true;
  return input;
}

export function measureInput(m: Measure): MeasureInput {
  const input: MeasureInput = { type: m.type, date: m.date, visibility: m.visibility, descriptionVisibility: m.descriptionVisibility ?? 'taskforce' };
  if (m.legalBasis !== null) input.legalBasis = m.legalBasis;
  if (m.deadline !== null) input.deadline = m.deadline;
  if (m.personsCount !== null) input.personsCount = m.personsCount;
  if (m.description !== null) input.description = m.description;
  return input;
}

/** The request body that reproduces a stored draft, so the filing form can be filled from it. */
export function draftToInput(operation: Operation): OperationInput {
  const inForce = <T extends { withdrawn: boolean }>(items: readonly T[]) => items.filter((item) => !item.withdrawn);
  return {
    propertyId: operation.propertyId,
    kind: operation.kind,
    date: operation.date,
    trigger: operation.trigger,
    triggerSource: operation.triggerSource,
    triggerSourceVisibility: operation.triggerSourceVisibility ?? 'taskforce',
    interpreterPresent: operation.interpreterPresent,
    agencyCodes: [...operation.agencyCodes],
    unitsEntered: operation.unitsEntered,
    unitsNotAccessible: operation.unitsNotAccessible,
    notes: operation.notes,
    notesVisibility: operation.notesVisibility ?? 'taskforce',
    findings: inForce(operation.findings).map(findingInput),
    occupancyCounts: inForce(operation.occupancyCounts).map(occupancyInput),
    measures: inForce(operation.measures).map(measureInput),
  };
}

export interface CorrectedFields {
  interpreterPresent: boolean;
  unitsEntered: number;
  unitsNotAccessible: number;
  /** Left out where only the filing agency may correct the notes. */
  notes?: { text: string | null; visibility: Visibility };
}

/** Only the fields whose value differs from the operation; an unchanged form sends no `changes`. */
export function fieldCorrections(operation: Operation, edited: CorrectedFields): AmendmentChanges {
  const changes: AmendmentChanges = {};
  if (edited.interpreterPresent !== operation.interpreterPresent) changes.interpreterPresent = edited.interpreterPresent;
  if (!Object.is(edited.unitsEntered, operation.unitsEntered)) changes.unitsEntered = edited.unitsEntered;
  if (!Object.is(edited.unitsNotAccessible, operation.unitsNotAccessible)) changes.unitsNotAccessible = edited.unitsNotAccessible;
  const notes = edited.notes;
  // Text and visibility go together: empty notes show no visibility, so the stored one may differ from the form's.
  if (notes && (notes.text !== operation.notes || notes.visibility !== (operation.notesVisibility ?? 'taskforce'))) {
    changes.notes = notes.text;
    changes.notesVisibility = notes.visibility;
  }
  return changes;
}

/** Only users of the filing agency correct its texts (notes, trigger source); the server refuses everyone else. */
export function mayCorrectOwnedTexts(operation: Operation, viewer: Pick<User, 'agencyCode'>): boolean {
  return operation.leadAgencyCode === viewer.agencyCode;
}

export interface AmendmentDraft {
  reason: string;
  reasonVisibility: Visibility;
  changes: AmendmentChanges;
  addFindings: FindingInput[];
  addOccupancyCounts: OccupancyInput[];
  addMeasures: MeasureInput[];
  withdrawFindingIds: string[];
  withdrawOccupancyCountIds: string[];
  withdrawMeasureIds: string[];
}

/** The amendment body without empty parts; the server answers an amendment that changes nothing with a 400. */
export function buildAmendment(draft: AmendmentDraft): AmendmentInput {
  const input: AmendmentInput = { reason: draft.reason.trim(), reasonVisibility: draft.reasonVisibility };
  if (Object.keys(draft.changes).length) input.changes = draft.changes;
  const lists = ['addFindings', 'withdrawFindingIds', 'addOccupancyCounts', 'withdrawOccupancyCountIds', 'addMeasures', 'withdrawMeasureIds'] as const;
  for (const key of lists) if (draft[key].length) (input as unknown as Record<string, unknown>)[key] = draft[key];
  return input;
}

/** Every amendment of the operations in a timeline by id, so a withdrawn item can name the amendment's reason. */
export function amendmentsById(items: readonly TimelineItem[]): Map<string, Amendment> {
  const byId = new Map<string, Amendment>();
  for (const item of items) {
    for (const amendment of item.operation?.amendments ?? []) byId.set(amendment.id, amendment);
    if (item.amendment) byId.set(item.amendment.id, item.amendment);
  }
  return byId;
}

const FIELD_LABELS: Record<string, MessageKey> = {
  date: 'operation.date',
  trigger: 'operation.trigger',
  triggerSource: 'operation.triggerSource',
  interpreterPresent: 'operation.interpreter',
  unitsEntered: 'operation.unitsEntered',
  unitsNotAccessible: 'operation.unitsNotAccessible',
  notes: 'operation.notes',
  notesVisibility: 'operation.notesVisibility',
  triggerSourceVisibility: 'operation.triggerSourceVisibility',
};

function changedValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('amend.empty');
  if (typeof value === 'boolean') return value ? t('app.yes') : t('app.no');
  if (field === 'date' && typeof value === 'string') return formatDate(value);
  if (field === 'trigger' && typeof value === 'string') return label('trigger', value);
  if (field.endsWith('Visibility') && typeof value === 'string') return label('visibility', value);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function itemCounts(items: AmendmentItems): string {
  const parts: Array<[number, MessageKey]> = [
    [items.findingIds.length, 'amend.countFindings'],
    [items.occupancyCountIds.length, 'amend.countOccupancy'],
    [items.measureIds.length, 'amend.countMeasures'],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, key]) => t(key, { count }))
    .join(', ');
}

/** Plain-text lines saying what an amendment corrected, withdrew and added. */
export function describeAmendment(amendment: Amendment): string[] {
  const lines = Object.entries(amendment.changes).map(([field, change]) =>
    t('amend.changeLine', {
      field: FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field,
      from: changedValue(field, change.from),
      to: changedValue(field, change.to),
    }),
  );
  const withdrawn = itemCounts(amendment.withdrawn);
  if (withdrawn) lines.push(t('amend.withdrawnLine', { items: withdrawn }));
  const added = itemCounts(amendment.added);
  if (added) lines.push(t('amend.addedLine', { items: added }));
  return lines;
}
