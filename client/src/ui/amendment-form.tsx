import './operation-edits.css';
import { useSignal, type Signal } from '@preact/signals';
import { render, type ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { ApiError } from '../api';
import type { Amendment, Operation, Unit, Visibility } from '../api-types';
import type { AppContext } from '../context';
import { formatDate, formatNumber, label, t } from '../i18n';
import {
  CancelSaveActions,
  CheckField,
  ErrorSummary,
  FieldMessage,
  FormErrors,
  FormErrorsContext,
  NumberField,
  numberValue,
  TextAreaField,
  textValue,
  useFocusFirstInvalid,
} from './fields';
import { formRequestKeys } from '../request-keys';
import { buildAmendment, fieldCorrections, mayCorrectOwnedTexts } from './operation-edits';
import { itemInputs, OperationItems, useItemRows, VisibilityField } from './operation-rows';
import { cityToday } from '../city-day';

export interface AmendmentFormOptions {
  ctx: AppContext;
  operation: Operation;
  units: readonly Unit[];
  onSaved: (amendment: Amendment) => void;
  onCancel: () => void;
}

/** Shows the correction form in `host`; the building file around it stays plain DOM. */
export function mountAmendmentForm(host: HTMLElement, options: AmendmentFormOptions): void {
  render(<AmendmentForm {...options} />, host);
}

/**
 * "Korrektur": a submitted operation is never edited; this form records an amendment with a reason,
 * corrected fields, withdrawn items and added items (the filing form's rows).
 */
function AmendmentForm({ ctx, operation: op, units, onSaved, onCancel }: AmendmentFormOptions) {
  const today = cityToday();
  const unitLabel = (unitId: string | null) => (unitId ? (units.find((u) => u.id === unitId)?.label ?? unitId.slice(0, 8)) : t('timeline.wholeBuilding'));
  const reason = useSignal('');
  const reasonVisibility = useSignal<string>('taskforce');
  const ownsTexts = mayCorrectOwnedTexts(op, ctx.user);
  const interpreter = useSignal(op.interpreterPresent);
  const unitsEntered = useSignal(String(op.unitsEntered));
  const unitsNotAccessible = useSignal(String(op.unitsNotAccessible));
  const notes = useSignal(op.notes ?? '');
  const notesVisibility = useSignal<string>(op.notesVisibility ?? 'taskforce');
  const withdrawFindings = useSignal<string[]>([]);
  const withdrawCounts = useSignal<string[]>([]);
  const withdrawMeasures = useSignal<string[]>([]);
  const added = useItemRows(today);
  const busy = useSignal(false);
  const errors = useMemo(() => new FormErrors(), []);
  const keyFor = useMemo(formRequestKeys, []);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    errors.clear();
    const input = buildAmendment({
      reason: reason.value,
      reasonVisibility: reasonVisibility.value as Visibility,
      changes: fieldCorrections(op, {
        interpreterPresent: interpreter.value,
        unitsEntered: numberValue(unitsEntered.value) ?? Number.NaN,
        unitsNotAccessible: numberValue(unitsNotAccessible.value) ?? Number.NaN,
        notes: ownsTexts ? { text: textValue(notes.value), visibility: notesVisibility.value as Visibility } : undefined,
      }),
      ...adding(itemInputs(added)),
      withdrawFindingIds: withdrawFindings.value,
      withdrawOccupancyCountIds: withdrawCounts.value,
      withdrawMeasureIds: withdrawMeasures.value,
    });
    busy.value = true;
    try {
      const amendment = await ctx.api.amendOperation(op.id, input, keyFor(input));
      ctx.toast(t('amend.saved'));
      onSaved(amendment);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const shown = error.isNetworkError ? t('app.networkError') : error.code === 'empty_amendment' ? t('amend.nothing') : null;
      errors.show(shown ? new ApiError(error.status, error.code, shown) : error);
    } finally {
      busy.value = false;
    }
  };

  return (
    <FormErrorsContext.Provider value={errors}>
      <form
        ref={form}
        class="amend-form"
        noValidate
        aria-labelledby="amend-heading"
        data-operation-id={op.id}
        onSubmit={(event) => void onSubmit(event).catch(reportError)}
      >
        <h3 id="amend-heading" tabIndex={-1}>
          {t('timeline.operation', { kind: label('kind', op.kind), date: formatDate(op.date) })}
        </h3>
        <p class="amend-intro muted">{t('amend.intro')}</p>
        <TextAreaField
          label={t('amend.reason')}
          path="reason"
          name="reason"
          value={reason}
          attrs={{ required: true, 'aria-required': 'true', maxlength: 2000 }}
        />
        <VisibilityField label={t('amend.reasonVisibility')} path="reasonVisibility" value={reasonVisibility} />
        <fieldset class="fieldset">
          <legend>{t('amend.corrections')}</legend>
          <CheckField label={t('operation.interpreter')} path="changes.interpreterPresent" name="interpreterPresent" value={interpreter} />
          <div class="field-row">
            <NumberField label={t('operation.unitsEntered')} path="changes.unitsEntered" name="unitsEntered" value={unitsEntered} />
            <NumberField label={t('operation.unitsNotAccessible')} path="changes.unitsNotAccessible" name="unitsNotAccessible" value={unitsNotAccessible} />
          </div>
          {ownsTexts && (
            <>
              <TextAreaField label={t('operation.notes')} path="changes.notes" name="notes" value={notes} />
              <VisibilityField label={t('operation.notesVisibility')} path="changes.notesVisibility" value={notesVisibility} />
            </>
          )}
          <FieldMessage path="changes" />
        </fieldset>
        <WithdrawList
          name="withdrawFindingIds"
          heading={t('amend.withdrawFindings')}
          selected={withdrawFindings}
          items={op.findings
            .filter((f) => !f.withdrawn)
            .map((f) => ({
              id: f.id,
              text: (
                <>
                  <span class={`badge badge--${f.severity}`}>{label('severity', f.severity)}</span> <strong>{label('category', f.category)}</strong>
                  {` · ${unitLabel(f.unitId)}: `}
                  <span class="withdraw-text">{f.description}</span>
                </>
              ),
            }))}
        />
        <WithdrawList
          name="withdrawOccupancyCountIds"
          heading={t('amend.withdrawOccupancy')}
          selected={withdrawCounts}
          items={op.occupancyCounts
            .filter((c) => !c.withdrawn)
            .map((c) => ({
              id: c.id,
              text: (
                <>
                  {t('timeline.occupancyLine', {
                    unit: unitLabel(c.unitId),
                    registered: c.personsRegistered ?? t('timeline.unknown'),
                    found: c.personsFound,
                    children: c.childrenFound,
                  })}
                  {c.livingSpaceM2 !== null ? ` · ${t('file.m2', { value: formatNumber(c.livingSpaceM2) })}` : ''}
                </>
              ),
            }))}
        />
        <WithdrawList
          name="withdrawMeasureIds"
          heading={t('amend.withdrawMeasures')}
          selected={withdrawMeasures}
          items={op.measures
            .filter((m) => !m.withdrawn)
            .map((m) => ({
              id: m.id,
              text: (
                <>
                  <strong>{label('measure', m.type)}</strong>
                  {` · ${formatDate(m.date)}`}
                  {m.description && <span class="withdraw-text">{` · ${m.description}`}</span>}
                </>
              ),
            }))}
        />
        <OperationItems rows={added} units={units} today={today} adding />
        <ErrorSummary title={t('operation.errors')} />
        <CancelSaveActions onCancel={onCancel} saveLabel={t('amend.submit')} busy={busy.value} />
      </form>
    </FormErrorsContext.Provider>
  );
}

const adding = ({ findings, occupancyCounts, measures }: ReturnType<typeof itemInputs>) => ({
  addFindings: findings,
  addOccupancyCounts: occupancyCounts,
  addMeasures: measures,
});

/** Items that can be withdrawn; a ticked item takes the path the server answers with (`withdrawFindingIds[0]` for the first ticked). */
function WithdrawList({
  name,
  heading,
  items,
  selected,
}: {
  name: string;
  heading: string;
  items: Array<{ id: string; text: ComponentChildren }>;
  selected: Signal<string[]>;
}) {
  if (!items.length) return null;
  const ticked = selected.value;
  const toggle = (id: string, on: boolean) =>
    (selected.value = on ? items.map((i) => i.id).filter((i) => i === id || ticked.includes(i)) : ticked.filter((i) => i !== id));
  return (
    <fieldset class="fieldset" data-withdraw={name}>
      <legend>{heading}</legend>
      <ul class="withdraw-list">
        {items.map((item) => {
          const index = ticked.indexOf(item.id);
          return (
            <li key={item.id}>
              <FieldMessage path={index >= 0 ? `${name}[${index}]` : `${name}:${item.id}`} class="field--check">
                <label>
                  <input type="checkbox" name={name} value={item.id} checked={index >= 0} onChange={(e) => toggle(item.id, e.currentTarget.checked)} />{' '}
                  <span>{item.text}</span>
                </label>
              </FieldMessage>
            </li>
          );
        })}
      </ul>
      <FieldMessage path={name} />
    </fieldset>
  );
}
