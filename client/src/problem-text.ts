import { t, type MessageKey } from './i18n';

/** The parts of a refusal that stay the same in every language: status, stable code and field paths. */
export interface Problem {
  status: number;
  code: string;
  message: string;
  fields: readonly string[];
}

// Field names of the filing form as the server reports them (`findings[1].severity`), by their last segment.
const FIELD_LABELS: Record<string, MessageKey> = {
  propertyId: 'operation.property',
  kind: 'operation.kind',
  date: 'operation.date',
  trigger: 'operation.trigger',
  triggerSource: 'operation.triggerSource',
  agencyCodes: 'operation.agencies',
  interpreterPresent: 'operation.interpreter',
  unitsEntered: 'operation.unitsEntered',
  unitsNotAccessible: 'operation.unitsNotAccessible',
  notes: 'operation.notes',
  findings: 'operation.findings',
  occupancyCounts: 'operation.occupancy',
  measures: 'operation.measures',
  unitId: 'operation.unit',
  category: 'operation.category',
  severity: 'operation.severity',
  description: 'operation.description',
  visibility: 'operation.visibility',
  personsRegistered: 'operation.personsRegistered',
  registerExtractDate: 'operation.registerExtractDate',
  personsFound: 'operation.personsFound',
  childrenFound: 'operation.childrenFound',
  livingSpaceM2: 'operation.livingSpace',
  singleRoomSharedFacilities: 'operation.singleRoom',
  type: 'operation.measureType',
  legalBasis: 'operation.legalBasis',
  deadline: 'operation.deadline',
  personsCount: 'operation.personsCount',
};

/** `findings[1].severity` → "Befunde 2 – Schwere"; a path this client does not know stays as it is. */
export function fieldLabel(path: string): string {
  const parts = path.split('.').map((segment) => {
    const [, name, index] = /^(\w+)(?:\[(\d+)\])?$/.exec(segment) ?? [];
    const key = name ? FIELD_LABELS[name] : undefined;
    if (!key) return null;
    return index === undefined ? t(key) : `${t(key)} ${Number(index) + 1}`;
  });
  return parts.every((p) => p !== null) ? parts.join(' – ') : path;
}

const KNOWN: Record<string, MessageKey> = {
  forbidden: 'problem.forbidden',
  property_not_found: 'problem.property_not_found',
  operation_not_found: 'problem.operation_not_found',
  operation_not_draft: 'problem.operation_not_draft',
  precondition_failed: 'problem.precondition_failed',
  idempotency_key_reused: 'problem.idempotency_key_reused',
  unknown_agency: 'problem.unknown_agency',
};

/** The reason for a refusal in the user's language, from its code; the server's own text only for codes unknown here. */
export function problemText(problem: Problem): string {
  if (problem.code === 'validation_failed' && problem.fields.length > 0) {
    return t('problem.validation_failed', { fields: [...new Set(problem.fields.map(fieldLabel))].join(', ') });
  }
  const key = KNOWN[problem.code];
  if (key) return t(key);
  if (problem.status >= 500) return t('problem.server', { status: problem.status });
  return t('problem.other', { status: problem.status, message: problem.message });
}
