import { ApiError, type FieldError } from './api';
import { FIELD_LABELS } from './field-labels';
import { hasMessage, t } from './i18n';

/** The parts of a refusal that stay the same in every language: status, stable code and field paths. */
export interface Problem {
  status: number;
  code: string;
  message: string;
  fields: readonly string[];
}

export function problemOf(error: ApiError): Problem {
  return { status: error.status, code: error.code, message: error.message, fields: error.fieldErrors.map((e) => e.field) };
}

const segmentName = (segment: string) => /^([\w-]+)(?:\[(\d+)\])?$/.exec(segment) ?? [];

/** `findings[1].severity` → "Befunde 2 – Schwere"; a path this client does not know stays as it is. */
export function fieldLabel(path: string): string {
  const segments = path.split('.');
  const parts = segments.map((segment, i) => {
    const [, name, index] = segmentName(segment);
    const parent = i > 0 ? segmentName(segments[i - 1])[1] : undefined;
    const key = name ? (FIELD_LABELS[`${parent}.${name}`] ?? FIELD_LABELS[name]) : undefined;
    if (!key) return null;
    return index === undefined ? t(key) : `${t(key)} ${Number(index) + 1}`;
  });
  return parts.every((p) => p !== null) ? parts.join(' – ') : path;
}

const lastName = (path: string) => segmentName(path.split('.').at(-1) ?? '')[1] ?? '';

/** What is wrong with a field, in the user's language, from the rule's code and parameters ("darf höchstens 500 sein"). */
export function fieldErrorText(error: FieldError): string {
  const params = Object.fromEntries((error.params ?? []).map((value, i) => [String(i), Array.isArray(value) ? value.join(', ') : String(value)]));
  // `isLength` with a minimum of 1 means "required, at most n characters".
  const code = error.code === 'isLength' && Number(error.params?.[0]) === 1 ? 'isLengthMax' : error.code;
  const specific = `rule.${code}.${lastName(error.field)}`;
  if (hasMessage(specific)) return t(specific, params);
  const general = `rule.${code}`;
  return hasMessage(general) ? t(general, params) : t('rule.invalid');
}

/** The texts for one field's errors, each once; "not blank" goes when a length rule already says "not empty". */
export function fieldErrorTexts(errors: readonly FieldError[]): string[] {
  const saysNotEmpty = errors.some((e) => e.code === 'isLength' && Number(e.params?.[0] ?? 0) === 1);
  return [...new Set(errors.filter((e) => !(saysNotEmpty && e.code === 'isNotBlank')).map(fieldErrorText))];
}

/** "Datum: darf nicht nach heute liegen", for errors shown away from their field. */
export function fieldErrorLine(error: FieldError): string {
  return `${fieldLabel(error.field)}: ${fieldErrorText(error)}`;
}

/** The reason for a refusal in the user's language, from its code; never the server's own text. */
export function problemText(problem: Problem): string {
  // Failures of the client itself (status 0) carry their own text in the user's language.
  if (problem.status === 0) return problem.code === 'network_error' ? t('app.networkError') : problem.message;
  if (problem.code === 'validation_failed' && problem.fields.length > 0) {
    return t('problem.validation_failed', { fields: [...new Set(problem.fields.map(fieldLabel))].join(', ') });
  }
  const key = `problem.${problem.code}`;
  if (hasMessage(key)) return t(key);
  if (problem.status >= 500) return t('problem.server', { status: problem.status });
  return t('problem.other', { status: problem.status });
}

/** Any failure as a sentence for a toast or a form: server refusals from their code, a lost connection as such. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return problemText(problemOf(error));
  return error instanceof Error ? error.message : String(error);
}
