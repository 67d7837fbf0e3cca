import './operation-edits.css';
import { ApiError } from '../api';
import type { Amendment, Operation, Unit } from '../api-types';
import type { AppContext } from '../context';
import { h, onAsync, type Child } from '../dom';
import { formatDate, formatNumber, label, t } from '../i18n';
import { checkbox, clearFieldErrors, field, numberInput, numberOrNull, showFieldErrors, textArea, textOrNull } from './form-fields';
import { buildAmendment, fieldCorrections } from './operation-edits';
import { createRepeater, findingRow, legalBasesList, measureRow, occupancyRow } from './operation-items';

export interface AmendmentFormOptions {
  ctx: AppContext;
  operation: Operation;
  units: readonly Unit[];
  onSaved: (amendment: Amendment) => void;
  onCancel: () => void;
}

interface WithdrawList {
  element: HTMLElement | null;
  /** Ids ticked, in order; their rows take the field paths (`withdrawFindingIds[0]`) the server answers with. */
  selected(): string[];
}

/**
 * "Korrektur": a submitted operation is never edited; this form records an amendment with a reason,
 * corrected fields, withdrawn items and added items (the filing form's rows).
 */
export function createAmendmentForm(options: AmendmentFormOptions): HTMLFormElement {
  const { ctx, operation: op, units } = options;
  const today = new Date().toISOString().slice(0, 10);
  const unitLabel = (unitId: string | null) => (unitId ? (units.find((u) => u.id === unitId)?.label ?? unitId.slice(0, 8)) : t('timeline.wholeBuilding'));

  const reason = textArea('reason', '', 3);
  reason.required = true;
  reason.setAttribute('aria-required', 'true');
  reason.maxLength = 2000;
  const interpreter = checkbox('interpreterPresent', op.interpreterPresent);
  const unitsEntered = numberInput('unitsEntered', op.unitsEntered);
  const unitsNotAccessible = numberInput('unitsNotAccessible', op.unitsNotAccessible);
  const notes = textArea('notes', op.notes ?? '');

  const withdrawFindings = withdrawList(
    'withdrawFindingIds',
    t('amend.withdrawFindings'),
    op.findings
      .filter((f) => !f.withdrawn)
      .map((f) => ({
        id: f.id,
        text: [
          h('span', { class: `badge badge--${f.severity}` }, label('severity', f.severity)),
          ' ',
          h('strong', {}, label('category', f.category)),
          ` · ${unitLabel(f.unitId)}: `,
          h('span', { class: 'withdraw-text' }, f.description),
        ],
      })),
  );
  const withdrawCounts = withdrawList(
    'withdrawOccupancyCountIds',
    t('amend.withdrawOccupancy'),
    op.occupancyCounts
      .filter((c) => !c.withdrawn)
      .map((c) => ({
        id: c.id,
        text: [
          t('timeline.occupancyLine', {
            unit: unitLabel(c.unitId),
            registered: c.personsRegistered ?? t('timeline.unknown'),
            found: c.personsFound,
            children: c.childrenFound,
          }),
          c.livingSpaceM2 !== null ? ` · ${t('file.m2', { value: formatNumber(c.livingSpaceM2) })}` : '',
        ],
      })),
  );
  const withdrawMeasures = withdrawList(
    'withdrawMeasureIds',
    t('amend.withdrawMeasures'),
    op.measures
      .filter((m) => !m.withdrawn)
      .map((m) => ({
        id: m.id,
        text: [
          h('strong', {}, label('measure', m.type)),
          ` · ${formatDate(m.date)}`,
          m.description ? h('span', { class: 'withdraw-text' }, ` · ${m.description}`) : null,
        ],
      })),
  );
  const addFindings = createRepeater('addFindings', t('amend.addFindings'), t('operation.addFinding'), findingRow, units);
  const addCounts = createRepeater('addOccupancyCounts', t('amend.addOccupancy'), t('operation.addOccupancy'), occupancyRow, units);
  const addMeasures = createRepeater('addMeasures', t('amend.addMeasures'), t('operation.addMeasure'), measureRow(today), units);

  const submit = h('button', { class: 'button button--primary', attrs: { type: 'submit' } }, t('amend.submit'));
  const cancel = h('button', { class: 'button', attrs: { type: 'button' }, on: { click: options.onCancel } }, t('amend.cancel'));
  const form = h(
    'form',
    { class: 'amend-form', attrs: { novalidate: true, 'aria-labelledby': 'amend-heading' }, dataset: { operationId: op.id } },
    h('h3', { attrs: { id: 'amend-heading', tabindex: -1 } }, t('timeline.operation', { kind: label('kind', op.kind), date: formatDate(op.date) })),
    h('p', { class: 'amend-intro muted' }, t('amend.intro')),
    field(t('amend.reason'), reason, 'reason'),
    h(
      'fieldset',
      { class: 'fieldset' },
      h('legend', {}, t('amend.corrections')),
      field(t('operation.interpreter'), interpreter, 'changes.interpreterPresent'),
      h(
        'div',
        { class: 'field-row' },
        field(t('operation.unitsEntered'), unitsEntered, 'changes.unitsEntered'),
        field(t('operation.unitsNotAccessible'), unitsNotAccessible, 'changes.unitsNotAccessible'),
      ),
      field(t('operation.notes'), notes, 'changes.notes'),
      h('div', { class: 'field', dataset: { field: 'changes' } }, h('p', { class: 'field-error', hidden: true })),
    ),
    withdrawFindings.element,
    withdrawCounts.element,
    withdrawMeasures.element,
    addFindings.element,
    addCounts.element,
    addMeasures.element,
    legalBasesList(),
    h('div', { class: 'form-errors', attrs: { role: 'alert' }, hidden: true }),
    h('div', { class: 'form-actions' }, cancel, submit),
  );

  onAsync(form, 'submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const input = buildAmendment({
      reason: reason.value,
      changes: fieldCorrections(op, {
        interpreterPresent: interpreter.checked,
        unitsEntered: numberOrNull(unitsEntered) ?? Number.NaN,
        unitsNotAccessible: numberOrNull(unitsNotAccessible) ?? Number.NaN,
        notes: textOrNull(notes),
      }),
      addFindings: addFindings.read(),
      addOccupancyCounts: addCounts.read(),
      addMeasures: addMeasures.read(),
      withdrawFindingIds: withdrawFindings.selected(),
      withdrawOccupancyCountIds: withdrawCounts.selected(),
      withdrawMeasureIds: withdrawMeasures.selected(),
    });
    submit.disabled = true;
    try {
      const amendment = await ctx.api.amendOperation(op.id, input);
      ctx.toast(t('amend.saved'));
      options.onSaved(amendment);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const shown = error.isNetworkError ? t('app.networkError') : error.code === 'empty_amendment' ? t('amend.nothing') : null;
      showFieldErrors(form, shown ? new ApiError(error.status, error.code, shown) : error, t('operation.errors'));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function withdrawList(key: string, heading: string, items: ReadonlyArray<{ id: string; text: Child[] }>): WithdrawList {
  if (!items.length) return { element: null, selected: () => [] };
  const rows = items.map((item) => {
    const box = checkbox(key, false);
    box.value = item.id;
    const error = h('p', { class: 'field-error', hidden: true });
    const wrapper = h(
      'div',
      { class: 'field field--check', dataset: { field: `${key}:${item.id}` } },
      h('label', {}, box, ' ', h('span', {}, ...item.text)),
      error,
    );
    box.addEventListener('change', () => {
      error.hidden = true;
      wrapper.classList.remove('field--invalid');
    });
    return { box, wrapper };
  });
  return {
    element: h(
      'fieldset',
      { class: 'fieldset', dataset: { withdraw: key } },
      h('legend', {}, heading),
      h('ul', { class: 'withdraw-list' }, ...rows.map((r) => h('li', {}, r.wrapper))),
      h('div', { class: 'field', dataset: { field: key } }, h('p', { class: 'field-error', hidden: true })),
    ),
    selected() {
      let index = 0;
      const ids: string[] = [];
      for (const { box, wrapper } of rows) {
        wrapper.dataset.field = box.checked ? `${key}[${index++}]` : `${key}:${box.value}`;
        if (box.checked) ids.push(box.value);
      }
      return ids;
    },
  };
}
