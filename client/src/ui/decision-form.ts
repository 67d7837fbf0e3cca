import { ApiError } from '../api';
import { errorText } from '../problem-text';
import type { DecisionInput } from '../api-types';
import type { DecisionType, PropertyDetail, TimelineItem } from '../api-types';
import type { AppContext } from '../context';
import { h, onAsync, replace } from '../dom';
import { formatDate, label, t } from '../i18n';
import { legalProfile } from '../legal';
import {
  checkbox,
  clearFieldErrors,
  dateInput,
  field,
  numberInput,
  numberOrNull,
  select,
  showFieldErrors,
  textArea,
  textInput,
  textOrNull,
} from './form-fields';
import { formRequestKeys } from '../request-keys';
import { cityToday } from '../city-day';

const WITH_PERSONS: readonly DecisionType[] = ['declare_uninhabitable', 'close'];

/**
 * Records a decision on the findings it names (a declaration needs at least one serious one); a refusal shows the
 * server's reason and the decisions the current status allows.
 */
export function createDecisionForm(
  ctx: AppContext,
  property: PropertyDetail,
  timeline: readonly TimelineItem[],
  onSaved: (property: PropertyDetail) => void,
): HTMLElement {
  if (!property.allowedDecisions.length) return h('p', { class: 'muted' }, t('decision.noneAllowed'));
  const keyFor = formRequestKeys();
  const type = select(
    'type',
    property.allowedDecisions.map((d) => ({ value: d, label: label('decisionType', d) })),
    property.allowedDecisions[0],
  );
  const effectiveDate = dateInput('effectiveDate', cityToday());
  const fileReference = textInput('fileReference', '', { maxlength: 100 });
  const legalBasis = textInput('legalBasis', '', { maxlength: 200, list: 'legal-bases' });
  const reason = textArea('reason');
  const persons = numberInput('personsAffected', null);
  const children = numberInput('childrenAffected', null);
  const rehoused = {
    shelter: numberInput('shelter', null),
    owner: numberInput('owner', null),
    self: numberInput('self', null),
    unknown: numberInput('unknown', null),
  };
  const personFields = h(
    'fieldset',
    { class: 'fieldset' },
    h('legend', {}, t('decision.rehoused')),
    h(
      'div',
      { class: 'field-row' },
      field(t('decision.personsAffected'), persons, 'personsAffected'),
      field(t('decision.childrenAffected'), children, 'childrenAffected'),
    ),
    h(
      'div',
      { class: 'field-row field-row--wrap' },
      field(t('decision.rehousedShelter'), rehoused.shelter, 'rehoused.shelter'),
      field(t('decision.rehousedOwner'), rehoused.owner, 'rehoused.owner'),
      field(t('decision.rehousedSelf'), rehoused.self, 'rehoused.self'),
      field(t('decision.rehousedUnknown'), rehoused.unknown, 'rehoused.unknown'),
    ),
  );
  const basis = basisChoice(ctx, timeline);
  const refusal = h('div', { class: 'refusal', attrs: { role: 'alert' }, hidden: true });
  const submit = h('button', { class: 'button button--primary', attrs: { type: 'submit' } }, t('decision.submit'));
  const form = h(
    'form',
    { class: 'decision-form', attrs: { novalidate: true } },
    field(t('decision.type'), type, 'type'),
    field(t('decision.effectiveDate'), effectiveDate, 'effectiveDate'),
    field(t('decision.fileReference'), fileReference, 'fileReference'),
    field(t('decision.legalBasis'), legalBasis, 'legalBasis'),
    h('datalist', { attrs: { id: 'legal-bases' } }, ...legalProfile().legalBases.map((b) => h('option', { value: b }))),
    field(t('decision.reason'), reason, 'reason'),
    basis.element,
    personFields,
    h('div', { class: 'form-errors', attrs: { role: 'alert' }, hidden: true }),
    refusal,
    submit,
  );
  const syncPersons = () => (personFields.hidden = !WITH_PERSONS.includes(type.value as DecisionType));
  type.addEventListener('change', syncPersons);
  syncPersons();

  onAsync(form, 'submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    refusal.hidden = true;
    const input: DecisionInput = { type: type.value as DecisionType, effectiveDate: effectiveDate.value };
    const optionalText = { fileReference: textOrNull(fileReference), legalBasis: textOrNull(legalBasis), reason: textOrNull(reason) };
    for (const [key, value] of Object.entries(optionalText)) if (value !== null) (input as unknown as Record<string, unknown>)[key] = value;
    const named = basis.chosen();
    if (named.length) input.basisFindingIds = named;
    if (!personFields.hidden) {
      const p = numberOrNull(persons);
      const c = numberOrNull(children);
      if (p !== null) input.personsAffected = p;
      if (c !== null) input.childrenAffected = c;
      const r = Object.fromEntries(Object.entries(rehoused).flatMap(([k, el]) => (numberOrNull(el) === null ? [] : [[k, numberOrNull(el)!]])));
      if (Object.keys(r).length) input.rehoused = r;
    }
    submit.disabled = true;
    try {
      const result = await ctx.api.createDecision(property.id, input, keyFor(input));
      ctx.toast(t('decision.saved', { status: ctx.statusLabel(result.property.status) }));
      onSaved(result.property);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) {
        const allowed = Array.isArray(error.body.allowedDecisions) ? (error.body.allowedDecisions as string[]) : [];
        replace(
          refusal,
          h('p', {}, t('decision.refused', { reason: errorText(error) })),
          h('p', {}, allowed.length ? t('decision.allowed', { list: allowed.map((d) => label('decisionType', d)).join(', ') }) : t('decision.noneAllowed')),
        );
        refusal.hidden = false;
      } else {
        showFieldErrors(form, error, t('operation.errors'));
      }
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/**
 * The findings a decision may name: those of submitted operations still in force that the whole taskforce sees. A
 * finding the lead's own agency keeps for itself is listed but must be released first (in the timeline).
 */
function basisChoice(ctx: AppContext, timeline: readonly TimelineItem[]): { element: HTMLElement; chosen: () => string[] } {
  const findings = timeline.flatMap((item) =>
    item.operation && item.operation.state === 'submitted'
      ? item.operation.findings.filter((f) => !f.withdrawn).map((f) => ({ finding: f, date: item.operation!.date }))
      : [],
  );
  const boxes = findings.map(({ finding, date }) => {
    const kept = finding.visibility === 'agency' && !finding.releasedAt;
    const box = checkbox('basisFinding', false);
    box.value = finding.id;
    box.disabled = kept;
    const text = `${formatDate(date)} · ${label('severity', finding.severity)} · ${label('category', finding.category)}: ${finding.description}`;
    return h(
      'label',
      { class: 'check', dataset: { findingId: finding.id } },
      box,
      ' ',
      text,
      kept ? h('span', { class: 'muted' }, ` (${t('decision.basisKept', { agency: ctx.agencyName(finding.agencyCode) })})`) : null,
    );
  });
  const element = h(
    'fieldset',
    { class: 'fieldset field', dataset: { field: 'basisFindingIds' } },
    h('legend', {}, t('decision.basis')),
    h('p', { class: 'muted' }, t(findings.length ? 'decision.basisHint' : 'decision.noBasis')),
    ...boxes,
    h('p', { class: 'field-error', attrs: { 'aria-live': 'polite' }, hidden: true }),
  );
  const chosen = () => [...element.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => box.value);
  return { element, chosen };
}
