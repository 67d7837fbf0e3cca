import { signal, useSignal, type Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import {
  findingCategoryValues,
  measureTypeValues,
  severityValues,
  visibilityValues,
  type FindingCategory,
  type FindingInput,
  type MeasureInput,
  type MeasureType,
  type OperationInput,
  type OccupancyInput,
  type Severity,
  type Unit,
  type Visibility,
} from '../api-types';
import { label, t } from '../i18n';
import { legalProfile } from '../legal';
import {
  CheckField,
  DateField,
  FieldMessage,
  NumberField,
  numberText,
  numberValue,
  SelectField,
  TextAreaField,
  TextField,
  textValue,
  type Choice,
} from './fields';

/** One signal per field of a row, holding what the user typed. */
type RowFields<T> = { [K in keyof T]: Signal<T[K]> };

interface Row<T> {
  key: number;
  fields: RowFields<T>;
}

let nextKey = 0;
function row<T extends object>(values: T): Row<T> {
  const fields = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, signal(value)])) as RowFields<T>;
  return { key: ++nextKey, fields };
}

const choices = (group: string, values: readonly string[]): Choice[] => values.map((value) => ({ value, label: label(group, value) }));
const visibilityChoices = () => choices('visibility', visibilityValues);

/** Who may read an item or a text: the whole taskforce or the writer's agency only; named like the last part of its path. */
export function VisibilityField({ label, path, value }: { label: string; path: string; value: Signal<string> }) {
  return <SelectField label={label} path={path} name={path.slice(path.lastIndexOf('.') + 1)} value={value} choices={visibilityChoices()} />;
}
const text = (value: string | null | undefined) => value ?? '';

interface FindingFields {
  unitId: string;
  category: string;
  severity: string;
  description: string;
  visibility: string;
}

const findingRow = (initial?: FindingInput): Row<FindingFields> =>
  row({
    unitId: text(initial?.unitId),
    category: text(initial?.category),
    severity: initial?.severity ?? 'major',
    description: text(initial?.description),
    visibility: initial?.visibility ?? 'taskforce',
  });

function findingInput({ fields: f }: Row<FindingFields>): FindingInput {
  return {
    unitId: f.unitId.value || null,
    category: f.category.value as FindingCategory,
    severity: f.severity.value as Severity,
    description: f.description.value.trim(),
    visibility: f.visibility.value as Visibility,
  };
}

interface OccupancyFields {
  unitId: string;
  personsRegistered: string;
  registerExtractDate: string;
  personsFound: string;
  childrenFound: string;
  livingSpaceM2: string;
  singleRoomSharedFacilities: boolean;
}

const occupancyRow = (initial?: OccupancyInput): Row<OccupancyFields> =>
  row({
    unitId: text(initial?.unitId),
    personsRegistered: numberText(initial?.personsRegistered),
    registerExtractDate: text(initial?.registerExtractDate),
    personsFound: numberText(initial?.personsFound),
    childrenFound: numberText(initial?.childrenFound ?? 0),
    livingSpaceM2: numberText(initial?.livingSpaceM2),
    singleRoomSharedFacilities: initial?.singleRoomSharedFacilities ?? false,
  });

function occupancyInput({ fields: f }: Row<OccupancyFields>): OccupancyInput {
  const input: OccupancyInput = {
    unitId: f.unitId.value || null,
    personsFound: numberValue(f.personsFound.value) ?? Number.NaN,
    childrenFound: numberValue(f.childrenFound.value) ?? 0,
  };
  const registered = numberValue(f.personsRegistered.value);
  if (registered !== null) input.personsRegistered = registered;
  if (f.registerExtractDate.value) input.registerExtractDate = f.registerExtractDate.value;
  const space = numberValue(f.livingSpaceM2.value);
  if (space !== null) input.livingSpaceM2 = space;
  if (f.singleRoomSharedFacilities.value) input.singleRoomSharedFacilities = true;
  return input;
}

interface MeasureFields {
  type: string;
  legalBasis: string;
  date: string;
  deadline: string;
  personsCount: string;
  description: string;
  descriptionVisibility: string;
  visibility: string;
}

const measureRow =
  (today: string) =>
  (initial?: MeasureInput): Row<MeasureFields> =>
    row({
      type: text(initial?.type),
      legalBasis: text(initial?.legalBasis),
      date: initial?.date ?? today,
      deadline: text(initial?.deadline),
      personsCount: numberText(initial?.personsCount),
      description: text(initial?.description),
      descriptionVisibility: initial?.descriptionVisibility ?? 'taskforce',
      visibility: initial?.visibility ?? 'taskforce',
    });

function measureInput({ fields: f }: Row<MeasureFields>): MeasureInput {
  const input: MeasureInput = {
    type: f.type.value as MeasureType,
    date: f.date.value,
    visibility: f.visibility.value as Visibility,
    descriptionVisibility: f.descriptionVisibility.value as Visibility,
  };
  const basis = textValue(f.legalBasis.value);
  if (basis !== null) input.legalBasis = basis;
  if (f.deadline.value) input.deadline = f.deadline.value;
  const persons = numberValue(f.personsCount.value);
  if (persons !== null) input.personsCount = persons;
  const description = textValue(f.description.value);
  if (description !== null) input.description = description;
  return input;
}

/** The building's units; a saved unit not (yet) among them is kept and sent as it was, shown as "whole building". */
function UnitField({ path, value, units }: { path: string; value: Signal<string>; units: readonly Unit[] }) {
  const shown = units.some((u) => u.id === value.value) ? value.value : '';
  return (
    <SelectField
      label={t('operation.unit')}
      path={`${path}.unitId`}
      name={`${path}.unitId`}
      value={value}
      shown={shown}
      empty={t('timeline.wholeBuilding')}
      choices={units.map((u) => ({ value: u.id, label: u.label }))}
    />
  );
}

function FindingRowFields({ row: { fields: f }, path, units }: { row: Row<FindingFields>; path: string; units: readonly Unit[] }) {
  return (
    <>
      <UnitField path={path} value={f.unitId} units={units} />
      <SelectField
        label={t('operation.category')}
        path={`${path}.category`}
        name="category"
        value={f.category}
        choices={choices('category', findingCategoryValues)}
        empty="—"
      />
      <SelectField label={t('operation.severity')} path={`${path}.severity`} name="severity" value={f.severity} choices={choices('severity', severityValues)} />
      <TextAreaField label={t('operation.description')} path={`${path}.description`} name="description" value={f.description} rows={2} />
      <VisibilityField label={t('operation.visibility')} path={`${path}.visibility`} value={f.visibility} />
    </>
  );
}

function OccupancyRowFields({ row: { fields: f }, path, units }: { row: Row<OccupancyFields>; path: string; units: readonly Unit[] }) {
  return (
    <>
      <UnitField path={path} value={f.unitId} units={units} />
      <div class="field-row">
        <NumberField label={t('operation.personsRegistered')} path={`${path}.personsRegistered`} name="personsRegistered" value={f.personsRegistered} />
        <DateField label={t('operation.registerExtractDate')} path={`${path}.registerExtractDate`} name="registerExtractDate" value={f.registerExtractDate} />
      </div>
      <div class="field-row">
        <NumberField label={t('operation.personsFound')} path={`${path}.personsFound`} name="personsFound" value={f.personsFound} />
        <NumberField label={t('operation.childrenFound')} path={`${path}.childrenFound`} name="childrenFound" value={f.childrenFound} />
      </div>
      <NumberField label={t('operation.livingSpace')} path={`${path}.livingSpaceM2`} name="livingSpaceM2" value={f.livingSpaceM2} decimal />
      <CheckField
        label={t('operation.singleRoom')}
        path={`${path}.singleRoomSharedFacilities`}
        name="singleRoomSharedFacilities"
        value={f.singleRoomSharedFacilities}
      />
    </>
  );
}

function MeasureRowFields({ row: { fields: f }, path }: { row: Row<MeasureFields>; path: string }) {
  return (
    <>
      <SelectField
        label={t('operation.measureType')}
        path={`${path}.type`}
        name="type"
        value={f.type}
        choices={choices('measure', measureTypeValues)}
        empty="—"
      />
      <TextField
        label={t('operation.legalBasis')}
        path={`${path}.legalBasis`}
        name="legalBasis"
        value={f.legalBasis}
        attrs={{ maxlength: 200, list: 'legal-bases-measures' }}
      />
      <div class="field-row">
        <DateField label={t('operation.measureDate')} path={`${path}.date`} name="date" value={f.date} />
        <DateField label={t('operation.deadline')} path={`${path}.deadline`} name="deadline" value={f.deadline} />
      </div>
      <NumberField label={t('operation.personsCount')} path={`${path}.personsCount`} name="personsCount" value={f.personsCount} />
      <TextAreaField label={t('operation.description')} path={`${path}.description`} name="description" value={f.description} rows={2} />
      <div class="field-row">
        <VisibilityField label={t('operation.visibility')} path={`${path}.visibility`} value={f.visibility} />
        <VisibilityField label={t('operation.descriptionVisibility')} path={`${path}.descriptionVisibility`} value={f.descriptionVisibility} />
      </div>
    </>
  );
}

interface RepeaterProps<T> {
  /** The API's list field (`findings`, `addMeasures` …): rows are its items, numbered as the server numbers them. */
  name: string;
  heading: string;
  addLabel: string;
  /** The row kind, for styling and tests (`row--finding`). */
  kind: 'finding' | 'occupancy' | 'measure';
  rows: Signal<Array<Row<T>>>;
  make: () => Row<T>;
  children: (row: Row<T>, path: string) => ComponentChildren;
}

/** A list of rows ("+ Befund hinzufügen", "Entfernen"); a removed row takes its values with it and the rest renumber. */
function Repeater<T>({ name, heading, addLabel, kind, rows, make, children }: RepeaterProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.lastElementChild?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  });
  const add = () => {
    added.current = true;
    rows.value = [...rows.value, make()];
  };
  return (
    <fieldset class={`fieldset repeater repeater--${name}`} data-repeater={name}>
      <legend>{heading}</legend>
      <div class="rows" ref={list}>
        {rows.value.map((r, i) => (
          <div key={r.key} class={`row row--${kind}`}>
            <div class="row-head">
              <span class="row-number">{i + 1}.</span>
              <button class="link-button" type="button" onClick={() => (rows.value = rows.value.filter((other) => other !== r))}>
                {t('operation.remove')}
              </button>
            </div>
            {children(r, `${name}[${i}]`)}
          </div>
        ))}
      </div>
      <button class="button" type="button" data-add={name} onClick={add}>
        + {addLabel}
      </button>
      <FieldMessage path={name} />
    </fieldset>
  );
}

/** Suggestions for the measures' legal basis; every form with measure rows includes it once. */
function LegalBases() {
  return (
    <datalist id="legal-bases-measures">
      {legalProfile().legalBases.map((basis) => (
        <option key={basis} value={basis} />
      ))}
    </datalist>
  );
}

/** The rows of one form's findings, occupancy counts and measures. */
export interface ItemRows {
  findings: Signal<Array<Row<FindingFields>>>;
  occupancyCounts: Signal<Array<Row<OccupancyFields>>>;
  measures: Signal<Array<Row<MeasureFields>>>;
}

export function useItemRows(today: string, initial?: Pick<OperationInput, 'findings' | 'occupancyCounts' | 'measures'> | null): ItemRows {
  return {
    findings: useSignal(initial?.findings.map((f) => findingRow(f)) ?? []),
    occupancyCounts: useSignal(initial?.occupancyCounts.map((c) => occupancyRow(c)) ?? []),
    measures: useSignal(initial?.measures.map((m) => measureRow(today)(m)) ?? []),
  };
}

export function itemInputs(rows: ItemRows): Pick<OperationInput, 'findings' | 'occupancyCounts' | 'measures'> {
  return {
    findings: rows.findings.value.map(findingInput),
    occupancyCounts: rows.occupancyCounts.value.map(occupancyInput),
    measures: rows.measures.value.map(measureInput),
  };
}

/** The three lists of a filing form, or of a correction (`addFindings` …, items to add). */
export function OperationItems({ rows, units, today, adding = false }: { rows: ItemRows; units: readonly Unit[]; today: string; adding?: boolean }) {
  return (
    <>
      <Repeater
        name={adding ? 'addFindings' : 'findings'}
        kind="finding"
        heading={t(adding ? 'amend.addFindings' : 'operation.findings')}
        addLabel={t('operation.addFinding')}
        rows={rows.findings}
        make={() => findingRow()}
      >
        {(row, path) => <FindingRowFields row={row} path={path} units={units} />}
      </Repeater>
      <Repeater
        name={adding ? 'addOccupancyCounts' : 'occupancyCounts'}
        kind="occupancy"
        heading={t(adding ? 'amend.addOccupancy' : 'operation.occupancy')}
        addLabel={t('operation.addOccupancy')}
        rows={rows.occupancyCounts}
        make={() => occupancyRow()}
      >
        {(row, path) => <OccupancyRowFields row={row} path={path} units={units} />}
      </Repeater>
      <Repeater
        name={adding ? 'addMeasures' : 'measures'}
        kind="measure"
        heading={t(adding ? 'amend.addMeasures' : 'operation.measures')}
        addLabel={t('operation.addMeasure')}
        rows={rows.measures}
        make={() => measureRow(today)()}
      >
        {(row, path) => <MeasureRowFields row={row} path={path} />}
      </Repeater>
      <LegalBases />
    </>
  );
}
