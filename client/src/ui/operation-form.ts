import { ApiError } from '../api';
import { operationKindValues, operationTriggerValues, type OperationInput } from '../api-types';
import type { Operation, OperationKind, OperationTrigger, PropertySummary, Unit } from '../api-types';
import type { AppContext } from '../context';
import { h, onAsync, replace } from '../dom';
import { label, t } from '../i18n';
import type { Outbox } from '../outbox';
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
import { draftToInput } from './operation-edits';
import { createRepeater, findingRow, legalBasesList, measureRow, occupancyRow } from './operation-items';
import { createPropertyPicker, type MapPicker } from './property-picker';

export interface OperationFormOptions {
  ctx: AppContext;
  outbox: Outbox;
  picker: MapPicker;
  property: PropertySummary | null;
  /** A saved draft of the current user to continue: the form is filled from it and saves with PUT. */
  draft?: Operation | null;
  defaultCity: Promise<string | null>;
  onClose: () => void;
  onSubmitted: (operation: Operation) => void;
  /** A new building was created from the form (the map reloads). */
  onPropertyCreated: () => void;
}

/**
 * "Neuer Einsatz": mobile-first form for filing an operation from the field; saves a draft, then submits.
 * With `draft` it continues a saved draft ("Entwurf fortsetzen") instead of starting a new one.
 */
export function createOperationForm(panel: HTMLElement, options: OperationFormOptions): void {
  const { ctx } = options;
  const today = new Date().toISOString().slice(0, 10);
  let property: PropertySummary | null = options.property;
  let units: Unit[] = [];
  let saved: Operation | null = options.draft ?? null;
  const initial = options.draft ? draftToInput(options.draft) : null;

  const kind = select(
    'kind',
    operationKindValues.map((k) => ({ value: k, label: label('kind', k) })),
    initial?.kind ?? 'joint_inspection',
  );
  const date = dateInput('date', initial?.date ?? today);
  const trigger = select(
    'trigger',
    operationTriggerValues.map((k) => ({ value: k, label: label('trigger', k) })),
    initial?.trigger ?? 'complaint',
  );
  const triggerSource = textInput('triggerSource', initial?.triggerSource ?? '', { maxlength: 500 });
  const agencyBoxes = ctx.agencies
    .filter((a) => a.taskforce || initial?.agencyCodes.includes(a.code))
    .map((a) => {
      const box = checkbox('agencyCodes', initial ? initial.agencyCodes.includes(a.code) : a.code === ctx.user.agencyCode);
      box.value = a.code;
      return h('label', { class: 'chip' }, box, ' ', ctx.agencyName(a.code));
    });
  const agencies = h(
    'div',
    { class: 'field', dataset: { field: 'agencyCodes' } },
    h('span', { class: 'field-label' }, t('operation.agencies')),
    h('div', { class: 'chips' }, ...agencyBoxes),
    h('p', { class: 'field-error', hidden: true }),
  );
  const interpreter = checkbox('interpreterPresent', initial?.interpreterPresent ?? false);
  const unitsEntered = numberInput('unitsEntered', initial?.unitsEntered ?? 0);
  const unitsNotAccessible = numberInput('unitsNotAccessible', initial?.unitsNotAccessible ?? 0);
  const notes = textArea('notes', initial?.notes ?? '');
  const findings = createRepeater('findings', t('operation.findings'), t('operation.addFinding'), findingRow, units);
  const occupancy = createRepeater('occupancyCounts', t('operation.occupancy'), t('operation.addOccupancy'), occupancyRow, units);
  const measures = createRepeater('measures', t('operation.measures'), t('operation.addMeasure'), measureRow(today), units);
  const unitLabel = textInput('unitLabel', '', { maxlength: 100 });
  const unitSpace = numberInput('unitLivingSpace', null, { inputmode: 'decimal', step: 'any' });
  const addUnit = h('button', { class: 'button', attrs: { type: 'button' } }, t('operation.addUnit'));
  const unitArea = h(
    'details',
    { class: 'new-unit' },
    h('summary', {}, t('operation.newUnit')),
    field(t('operation.unitLabel'), unitLabel, 'label'),
    field(t('operation.livingSpace'), unitSpace, 'livingSpaceM2'),
    addUnit,
  );
  const saveButton = h('button', { class: 'button', attrs: { type: 'submit', value: 'draft' } }, t('operation.saveDraft'));
  const submitButton = h('button', { class: 'button button--primary', attrs: { type: 'submit', value: 'submit' } }, t('operation.submit'));
  const propertySlot = h('div', { class: 'property-slot' });
  const refusal = h('div', { class: 'refusal', attrs: { role: 'alert' }, hidden: true });

  const form = h(
    'form',
    { class: 'operation-form', attrs: { novalidate: true, 'aria-labelledby': 'operation-heading' } },
    h('div', { class: 'field', dataset: { field: 'propertyId' } }, propertySlot, h('p', { class: 'field-error', hidden: true })),
    h('div', { class: 'field-row' }, field(t('operation.kind'), kind, 'kind'), field(t('operation.date'), date, 'date')),
    h('div', { class: 'field-row' }, field(t('operation.trigger'), trigger, 'trigger'), field(t('operation.triggerSource'), triggerSource, 'triggerSource')),
    agencies,
    field(t('operation.interpreter'), interpreter, 'interpreterPresent'),
    h(
      'div',
      { class: 'field-row' },
      field(t('operation.unitsEntered'), unitsEntered, 'unitsEntered'),
      field(t('operation.unitsNotAccessible'), unitsNotAccessible, 'unitsNotAccessible'),
    ),
    unitArea,
    findings.element,
    occupancy.element,
    measures.element,
    legalBasesList(),
    field(t('operation.notes'), notes, 'notes'),
    h('div', { class: 'form-errors', attrs: { role: 'alert' }, hidden: true }),
    refusal,
    h('div', { class: 'form-actions' }, saveButton, submitButton),
  );

  for (const f of initial?.findings ?? []) findings.add(f);
  for (const c of initial?.occupancyCounts ?? []) occupancy.add(c);
  for (const m of initial?.measures ?? []) measures.add(m);
  if (options.draft) form.dataset.operationId = options.draft.id;

  const setUnits = (next: Unit[]) => {
    units = next;
    for (const repeater of [findings, occupancy, measures]) repeater.setUnits(units);
  };
  const picker = createPropertyPicker(propertySlot, {
    ctx,
    picker: options.picker,
    defaultCity: options.defaultCity,
    onChosen: (chosen) => {
      property = chosen;
      if (!chosen) return setUnits([]);
      // A slower answer for a building chosen before must not list its units under the one chosen since.
      void ctx.api
        .units(chosen.id)
        .catch(() => [])
        .then((units) => {
          if (property === chosen) setUnits(units);
        });
    },
    onCreated: options.onPropertyCreated,
  });
  picker.set(property);

  onAsync(addUnit, 'click', async () => {
    if (!property || !unitLabel.value.trim()) return;
    try {
      const space = numberOrNull(unitSpace);
      const unit = await ctx.api.createUnit(property.id, { label: unitLabel.value.trim(), ...(space !== null ? { livingSpaceM2: space } : {}) });
      setUnits([...units, unit]);
      unitLabel.value = '';
      unitSpace.value = '';
      unitArea.open = false;
    } catch (error) {
      if (error instanceof ApiError) showFieldErrors(unitArea, error, t('operation.errors'));
    }
  });

  const read = (): OperationInput => ({
    propertyId: property?.id ?? '',
    kind: kind.value as OperationKind,
    date: date.value,
    trigger: trigger.value as OperationTrigger,
    triggerSource: textOrNull(triggerSource),
    interpreterPresent: interpreter.checked,
    agencyCodes: [...form.querySelectorAll<HTMLInputElement>('input[name=agencyCodes]:checked')].map((b) => b.value),
    unitsEntered: numberOrNull(unitsEntered) ?? 0,
    unitsNotAccessible: numberOrNull(unitsNotAccessible) ?? 0,
    notes: textOrNull(notes),
    findings: findings.read(),
    occupancyCounts: occupancy.read(),
    measures: measures.read(),
  });

  const save = async (input: OperationInput): Promise<Operation> =>
    saved ? ctx.api.updateOperation(saved.id, { ...input, version: saved.version }) : ctx.api.createOperation(input);

  onAsync(form, 'submit', async (event) => {
    event.preventDefault();
    const submitting = event.submitter === submitButton;
    clearFieldErrors(form);
    refusal.hidden = true;
    if (!property) {
      showFieldErrors(
        form,
        new ApiError(400, 'validation_failed', t('operation.noProperty'), [{ field: 'propertyId', message: t('operation.noProperty'), code: 'required' }]),
        t('operation.errors'),
      );
      return;
    }
    const input = read();
    saveButton.disabled = submitButton.disabled = true;
    try {
      saved = await save(input);
      if (!submitting) {
        ctx.toast(t('operation.saved'));
        return;
      }
      const submitted = await ctx.api.submitOperation(saved.id);
      ctx.toast(t('operation.submitted'));
      options.onSubmitted(submitted);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.isNetworkError && !saved) {
        options.outbox.add(input, submitting);
        ctx.toast(t('operation.queued'));
        options.onClose();
        return;
      }
      if (saved && error.status === 409) showConflict(error, saved);
      else if (error.isNetworkError) showFieldErrors(form, new ApiError(0, error.code, t('operation.offlineDraft')), t('operation.errors'));
      else showFieldErrors(form, error, t('operation.errors'));
    } finally {
      saveButton.disabled = submitButton.disabled = false;
    }
  });

  // Someone (another tab, another device) changed or submitted the draft: say so and offer the fresh copy.
  function showConflict(error: ApiError, draft: Operation): void {
    const stale = error.code === 'version_conflict';
    const reload = async () => {
      try {
        const fresh = await ctx.api.operation(draft.id);
        if (fresh.state === 'draft') createOperationForm(panel, { ...options, property, draft: fresh });
        else options.onSubmitted(fresh);
      } catch (failure) {
        ctx.toast(t('operation.draftLoadFailed', { message: failure instanceof ApiError ? failure.message : String(failure) }), 'error');
      }
    };
    replace(
      refusal,
      h('p', {}, t(stale ? 'operation.conflict' : 'operation.notDraft', { message: error.message })),
      h(
        'button',
        {
          class: 'button',
          attrs: { type: 'button' },
          dataset: { action: stale ? 'reload-draft' : 'back-to-file' },
          on: { click: stale ? () => void reload() : options.onClose },
        },
        t(stale ? 'operation.reloadDraft' : 'operation.backToFile'),
      ),
    );
    refusal.hidden = false;
    refusal.scrollIntoView({ block: 'nearest' });
  }

  replace(
    panel,
    h(
      'div',
      { class: 'panel-header' },
      h('h2', { attrs: { id: 'operation-heading' } }, t(options.draft ? 'operation.editHeading' : 'operation.heading')),
      h(
        'button',
        { class: 'icon-button', attrs: { type: 'button', 'aria-label': t('app.close'), title: t('app.close') }, on: { click: options.onClose } },
        '×',
      ),
    ),
    form,
  );
}
