import {
  findingCategoryValues,
  measureTypeValues,
  severityValues,
  visibilityValues,
  type FindingInput,
  type MeasureInput,
  type OccupancyInput,
} from '../api-types';
import type { FindingCategory, MeasureType, Severity, Unit, Visibility } from '../api-types';
import { h } from '../dom';
import { label, t } from '../i18n';
import { checkbox, dateInput, field, numberInput, numberOrNull, select, textArea, textInput, textOrNull } from './form-fields';

export interface Row<T> {
  element: HTMLElement;
  read(): T;
}

export interface Repeater<T> {
  element: HTMLElement;
  /** Adds a row, filled from `initial` when given (a saved draft). */
  add(initial?: T): void;
  read(): T[];
  /** Re-fills every unit select after a unit was created. */
  setUnits(units: readonly Unit[]): void;
}

type RowFactory<T> = (path: string, units: readonly Unit[], initial?: T) => Row<T> & { unitSelect: HTMLSelectElement };

/** A list of rows ("add finding", "remove") whose field paths follow the API's (`findings[2].severity`). */
export function createRepeater<T>(key: string, heading: string, addLabel: string, make: RowFactory<T>, initialUnits: readonly Unit[]): Repeater<T> {
  let units = initialUnits;
  const rows: Array<Row<T> & { unitSelect: HTMLSelectElement }> = [];
  const list = h('div', { class: 'rows' });
  const renumber = () =>
    rows.forEach((row, i) => {
      for (const el of row.element.querySelectorAll<HTMLElement>('[data-field]')) el.dataset.field = el.dataset.field!.replace(/^\w+\[\d+\]/, `${key}[${i}]`);
      row.element.querySelector('.row-number')!.textContent = `${i + 1}.`;
    });
  const add = (initial?: T) => {
    const row = make(`${key}[${rows.length}]`, units, initial);
    const remove = h('button', { class: 'link-button', attrs: { type: 'button' } }, t('operation.remove'));
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(row), 1);
      row.element.remove();
      renumber();
    });
    row.element.prepend(h('div', { class: 'row-head' }, h('span', { class: 'row-number' }, `${rows.length + 1}.`), remove));
    rows.push(row);
    list.append(row.element);
    if (!initial) row.element.querySelector<HTMLElement>('select, input, textarea')?.focus();
  };
  const addButton = h('button', { class: 'button', attrs: { type: 'button' }, dataset: { add: key }, on: { click: () => add() } }, `+ ${addLabel}`);
  return {
    element: h(
      'fieldset',
      { class: `fieldset repeater repeater--${key}`, dataset: { repeater: key } },
      h('legend', {}, heading),
      list,
      addButton,
      h('div', { class: 'field', dataset: { field: key } }, h('p', { class: 'field-error', hidden: true })),
    ),
    add,
    read: () => rows.map((r) => r.read()),
    setUnits(next) {
      units = next;
      for (const row of rows) fillUnits(row.unitSelect, units);
    },
  };
}

// A saved unit waits in `data-pending` until the property's units have loaded, so an early save keeps it.
function unitSelect(path: string, units: readonly Unit[], initial: string | null | undefined): HTMLSelectElement {
  const el = select(`${path}.unitId`, [], null);
  if (initial) el.dataset.pending = initial;
  el.addEventListener('change', () => delete el.dataset.pending);
  fillUnits(el, units);
  return el;
}

function fillUnits(el: HTMLSelectElement, units: readonly Unit[]): void {
  const current = el.value || el.dataset.pending || '';
  el.replaceChildren(h('option', { value: '' }, t('timeline.wholeBuilding')), ...units.map((u) => h('option', { value: u.id }, u.label)));
  el.value = units.some((u) => u.id === current) ? current : '';
  if (el.value) delete el.dataset.pending;
}

const unitValue = (el: HTMLSelectElement) => el.value || el.dataset.pending || null;

const LEGAL_BASES = ['§ 9 WohnStG NRW', '§ 6 BMG', '§ 17 BMG', '§ 14 OBG NRW', '§ 58 BauO NRW', '§ 8a SGB VIII'];

/** Suggestions for the measures' legal basis; every form with measure rows includes it once. */
export function legalBasesList(): HTMLDataListElement {
  return h('datalist', { attrs: { id: 'legal-bases-measures' } }, ...LEGAL_BASES.map((b) => h('option', { value: b })));
}

const options = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: label(group, value) }));
const visibilityOptions = () => options('visibility', visibilityValues);

export const findingRow: RowFactory<FindingInput> = (path, units, initial) => {
  const unit = unitSelect(path, units, initial?.unitId);
  const category = select('category', options('category', findingCategoryValues), initial?.category ?? null, '—');
  const severity = select('severity', options('severity', severityValues), initial?.severity ?? 'major');
  const description = textArea('description', initial?.description ?? '', 2);
  const visibility = select('visibility', visibilityOptions(), initial?.visibility ?? 'taskforce');
  const element = h(
    'div',
    { class: 'row row--finding' },
    field(t('operation.unit'), unit, `${path}.unitId`),
    field(t('operation.category'), category, `${path}.category`),
    field(t('operation.severity'), severity, `${path}.severity`),
    field(t('operation.description'), description, `${path}.description`),
    field(t('operation.visibility'), visibility, `${path}.visibility`),
  );
  return {
    element,
    unitSelect: unit,
    read: () => ({
      unitId: unitValue(unit),
      category: category.value as FindingCategory,
      severity: severity.value as Severity,
      description: description.value.trim(),
      visibility: visibility.value as Visibility,
    }),
  };
};

export const occupancyRow: RowFactory<OccupancyInput> = (path, units, initial) => {
  const unit = unitSelect(path, units, initial?.unitId);
  const registered = numberInput('personsRegistered', initial?.personsRegistered ?? null);
  const extract = dateInput('registerExtractDate', initial?.registerExtractDate ?? null);
  const found = numberInput('personsFound', initial?.personsFound ?? null);
  const children = numberInput('childrenFound', initial?.childrenFound ?? 0);
  const space = numberInput('livingSpaceM2', initial?.livingSpaceM2 ?? null, { inputmode: 'decimal', step: 'any' });
  const singleRoom = checkbox('singleRoomSharedFacilities', initial?.singleRoomSharedFacilities ?? false);
  const element = h(
    'div',
    { class: 'row row--occupancy' },
    field(t('operation.unit'), unit, `${path}.unitId`),
    h(
      'div',
      { class: 'field-row' },
      field(t('operation.personsRegistered'), registered, `${path}.personsRegistered`),
      field(t('operation.registerExtractDate'), extract, `${path}.registerExtractDate`),
    ),
    h(
      'div',
      { class: 'field-row' },
      field(t('operation.personsFound'), found, `${path}.personsFound`),
      field(t('operation.childrenFound'), children, `${path}.childrenFound`),
    ),
    field(t('operation.livingSpace'), space, `${path}.livingSpaceM2`),
    field(t('operation.singleRoom'), singleRoom, `${path}.singleRoomSharedFacilities`),
  );
  return {
    element,
    unitSelect: unit,
    read: () => {
      const input: OccupancyInput = { unitId: unitValue(unit), personsFound: numberOrNull(found) ?? Number.NaN, childrenFound: numberOrNull(children) ?? 0 };
      const r = numberOrNull(registered);
      if (r !== null) input.personsRegistered = r;
      if (extract.value) input.registerExtractDate = extract.value;
      const s = numberOrNull(space);
      if (s !== null) input.livingSpaceM2 = s;
      if (singleRoom.checked) input.singleRoomSharedFacilities = true;
      return input;
    },
  };
};

export const measureRow =
  (today: string): RowFactory<MeasureInput> =>
  (path, units, initial) => {
    const unit = unitSelect(path, units, null);
    unit.hidden = true;
    const type = select('type', options('measure', measureTypeValues), initial?.type ?? null, '—');
    const legalBasis = textInput('legalBasis', initial?.legalBasis ?? '', { maxlength: 200, list: 'legal-bases-measures' });
    const date = dateInput('date', initial?.date ?? today);
    const deadline = dateInput('deadline', initial?.deadline ?? null);
    const persons = numberInput('personsCount', initial?.personsCount ?? null);
    const description = textArea('description', initial?.description ?? '', 2);
    const visibility = select('visibility', visibilityOptions(), initial?.visibility ?? 'taskforce');
    const element = h(
      'div',
      { class: 'row row--measure' },
      unit,
      field(t('operation.measureType'), type, `${path}.type`),
      field(t('operation.legalBasis'), legalBasis, `${path}.legalBasis`),
      h('div', { class: 'field-row' }, field(t('operation.measureDate'), date, `${path}.date`), field(t('operation.deadline'), deadline, `${path}.deadline`)),
      field(t('operation.personsCount'), persons, `${path}.personsCount`),
      field(t('operation.description'), description, `${path}.description`),
      field(t('operation.visibility'), visibility, `${path}.visibility`),
    );
    return {
      element,
      unitSelect: unit,
      read: () => {
        const input: MeasureInput = { type: type.value as MeasureType, date: date.value, visibility: visibility.value as Visibility };
        const basis = textOrNull(legalBasis);
        if (basis !== null) input.legalBasis = basis;
        if (deadline.value) input.deadline = deadline.value;
        const p = numberOrNull(persons);
        if (p !== null) input.personsCount = p;
        const d = textOrNull(description);
        if (d !== null) input.description = d;
        return input;
      },
    };
  };
