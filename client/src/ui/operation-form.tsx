import { useSignal, type Signal } from '@preact/signals';
import { render } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { ApiError } from '../api';
import { errorText } from '../problem-text';
import { operationKindValues, operationTriggerValues, type OperationInput, type OperationKind, type OperationTrigger } from '../api-types';
import type { Operation, PropertySummary, Unit, Visibility } from '../api-types';
import type { AppContext } from '../context';
import { label, t } from '../i18n';
import type { NewOutboxEntry, Outbox, OutboxEntry } from '../outbox';
import { newRequestKey } from '../request-keys';
import {
  CheckField,
  DateField,
  ErrorSummary,
  FieldMessage,
  FormErrors,
  FormErrorsContext,
  NumberField,
  numberValue,
  SelectField,
  TextAreaField,
  TextField,
  textValue,
  useFocusFirstInvalid,
} from './fields';
import { draftToInput } from './operation-edits';
import { itemInputs, OperationItems, useItemRows, VisibilityField } from './operation-rows';
import { createPropertyPicker, type MapPicker } from './property-picker';
import { cityToday } from '../city-day';

export interface OperationFormOptions {
  ctx: AppContext;
  outbox: Outbox;
  picker: MapPicker | null;
  /** Signed out and offline: every save goes straight to the outbox, to be sent after the user's next login. */
  queueOnly?: boolean;
  property: PropertySummary | null;
  /** A saved draft of the current user to continue: the form is filled from it and saves with PUT. */
  draft?: Operation | null;
  /** A waiting report the user opened to correct: the form shows its content, and takes its place once saved or queued. */
  queued?: OutboxEntry | null;
  defaultCity: Promise<string | null>;
  onClose: () => void;
  onSubmitted: (operation: Operation) => void;
  /** A new building was created from the form (the map reloads). */
  onPropertyCreated: () => void;
}

/** Shows the filing form in `panel`, replacing what was there; the rest of the client stays plain DOM. */
export function mountOperationForm(panel: HTMLElement, options: OperationFormOptions): void {
  const host = document.createElement('div');
  host.className = 'panel-host';
  panel.replaceChildren(host);
  const reopen = (draft: Operation, property: PropertySummary | null) => mountOperationForm(panel, { ...options, property, draft });
  render(<OperationForm {...options} reopen={reopen} />, host);
}

type Refusal = { conflict: boolean } | null;

/**
 * "Neuer Einsatz": mobile-first form for filing an operation from the field; saves a draft, then submits.
 * With `draft` it continues a saved draft ("Entwurf fortsetzen") instead of starting a new one.
 */
function OperationForm(options: OperationFormOptions & { reopen: (draft: Operation, property: PropertySummary | null) => void }) {
  const { ctx, draft } = options;
  const today = cityToday();
  const initial = useMemo(() => options.queued?.input ?? (draft ? draftToInput(draft) : null), [draft, options.queued]);
  const property = useSignal<PropertySummary | null>(options.property);
  const units = useSignal<Unit[]>([]);
  const saved = useRef<Operation | null>(draft ?? null);
  const kind = useSignal<string>(initial?.kind ?? 'joint_inspection');
  const date = useSignal(initial?.date ?? today);
  const trigger = useSignal<string>(initial?.trigger ?? 'complaint');
  const triggerSource = useSignal(initial?.triggerSource ?? '');
  const triggerSourceVisibility = useSignal<string>(initial?.triggerSourceVisibility ?? 'taskforce');
  const agencyCodes = useSignal<string[]>(initial ? [...initial.agencyCodes] : [ctx.user.agencyCode]);
  const interpreter = useSignal(initial?.interpreterPresent ?? false);
  const unitsEntered = useSignal(String(initial?.unitsEntered ?? 0));
  const unitsNotAccessible = useSignal(String(initial?.unitsNotAccessible ?? 0));
  const notes = useSignal(initial?.notes ?? '');
  const notesVisibility = useSignal<string>(initial?.notesVisibility ?? 'taskforce');
  const items = useItemRows(today, initial);
  const busy = useSignal(false);
  const refusal = useSignal<Refusal>(null);
  const errors = useMemo(() => new FormErrors(), []);
  const form = useRef<HTMLFormElement>(null);
  const refusalBox = useRef<HTMLDivElement>(null);
  useFocusFirstInvalid(form, errors);
  useEffect(() => {
    if (refusal.value) refusalBox.current?.scrollIntoView({ block: 'nearest' });
  }, [refusal.value]);

  const read = (): OperationInput => ({
    propertyId: property.value?.id ?? '',
    kind: kind.value as OperationKind,
    date: date.value,
    trigger: trigger.value as OperationTrigger,
    triggerSource: textValue(triggerSource.value),
    triggerSourceVisibility: triggerSourceVisibility.value as Visibility,
    interpreterPresent: interpreter.value,
    agencyCodes: agencyCodes.value,
    unitsEntered: numberValue(unitsEntered.value) ?? 0,
    unitsNotAccessible: numberValue(unitsNotAccessible.value) ?? 0,
    notes: textValue(notes.value),
    notesVisibility: notesVisibility.value as Visibility,
    ...itemInputs(items),
  });

  const save = async (input: OperationInput, key: string): Promise<Operation> =>
    saved.current ? ctx.api.updateOperation(saved.current.id, input, saved.current.version, key) : ctx.api.createOperation(input, key);

  // Kept on this device until the server has it; the form stays open if even that fails, so nothing typed is lost.
  const queue = async (entry: NewOutboxEntry): Promise<void> => {
    try {
      await options.outbox.add(entry, options.queued?.id);
    } catch (failure) {
      errors.show(new ApiError(0, 'outbox_unavailable', t('outbox.storeFailed', { message: failure instanceof Error ? failure.message : String(failure) })));
      return;
    }
    ctx.toast(t(options.queueOnly ? 'operation.queuedSignedOut' : 'operation.queued'));
    options.onClose();
  };
  const settled = async () => {
    if (options.queued) await options.outbox.remove(options.queued.id);
  };

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const submitting = (event.submitter as HTMLButtonElement | null)?.value === 'submit';
    errors.clear();
    refusal.value = null;
    if (!property.value) {
      const message = t('operation.noProperty');
      errors.show(new ApiError(400, 'validation_failed', message, [{ field: 'propertyId', message, code: 'required' }]));
      return;
    }
    const input = read();
    const key = newRequestKey();
    const label = property.value.address.label;
    if (options.queueOnly) {
      await queue({ id: key, input, operationId: saved.current?.id ?? null, version: saved.current?.version ?? null, submit: submitting, label });
      return;
    }
    let stored = false;
    busy.value = true;
    try {
      saved.current = await save(input, key);
      stored = true;
      if (!submitting) {
        await settled();
        ctx.toast(t('operation.saved'));
        return;
      }
      const submitted = await ctx.api.submitOperation(saved.current.id);
      await settled();
      ctx.toast(t('operation.submitted'));
      options.onSubmitted(submitted);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.isNetworkError) {
        // The answer may be lost after the server stored it: the queued copy keeps the key, so it is stored once.
        await queue({
          id: key,
          input: stored ? null : input,
          operationId: saved.current?.id ?? null,
          version: saved.current?.version ?? null,
          submit: submitting,
          label,
        });
        return;
      }
      if (saved.current && (error.status === 409 || error.status === 412)) refusal.value = { conflict: error.status === 412 };
      else errors.show(error);
    } finally {
      busy.value = false;
    }
  };

  // Someone (another tab, another device) changed or submitted the draft: offer the fresh copy.
  const reloadDraft = async () => {
    try {
      const fresh = await ctx.api.operation(saved.current!.id);
      if (fresh.state === 'draft') options.reopen(fresh, property.value);
      else options.onSubmitted(fresh);
    } catch (failure) {
      ctx.toast(t('operation.draftLoadFailed', { message: errorText(failure) }), 'error');
    }
  };

  return (
    <FormErrorsContext.Provider value={errors}>
      <div class="panel-header">
        <h2 id="operation-heading">{t(draft ? 'operation.editHeading' : 'operation.heading')}</h2>
        <button class="icon-button" type="button" aria-label={t('app.close')} title={t('app.close')} onClick={options.onClose}>
          ×
        </button>
      </div>
      <form
        ref={form}
        class="operation-form"
        noValidate
        aria-labelledby="operation-heading"
        data-operation-id={draft?.id}
        onSubmit={(event) => void onSubmit(event).catch(reportError)}
      >
        <FieldMessage path="propertyId">
          <PropertySlot options={options} property={property} units={units} />
        </FieldMessage>
        <div class="field-row">
          <SelectField
            label={t('operation.kind')}
            path="kind"
            name="kind"
            value={kind}
            choices={operationKindValues.map((k) => ({ value: k, label: label('kind', k) }))}
          />
          <DateField label={t('operation.date')} path="date" name="date" value={date} />
        </div>
        <div class="field-row">
          <SelectField
            label={t('operation.trigger')}
            path="trigger"
            name="trigger"
            value={trigger}
            choices={operationTriggerValues.map((k) => ({ value: k, label: label('trigger', k) }))}
          />
          <TextField label={t('operation.triggerSource')} path="triggerSource" name="triggerSource" value={triggerSource} attrs={{ maxlength: 500 }} />
          <VisibilityField label={t('operation.triggerSourceVisibility')} path="triggerSourceVisibility" value={triggerSourceVisibility} />
        </div>
        <FieldMessage path="agencyCodes">
          <span class="field-label">{t('operation.agencies')}</span>
          <div class="chips">
            {ctx.agencies
              .filter((a) => (a.taskforce && a.active) || initial?.agencyCodes.includes(a.code))
              .map((a) => (
                <label key={a.code} class="chip">
                  <input
                    type="checkbox"
                    name="agencyCodes"
                    value={a.code}
                    checked={agencyCodes.value.includes(a.code)}
                    onChange={(e) =>
                      (agencyCodes.value = e.currentTarget.checked ? [...agencyCodes.value, a.code] : agencyCodes.value.filter((c) => c !== a.code))
                    }
                  />{' '}
                  {ctx.agencyName(a.code)}
                </label>
              ))}
          </div>
        </FieldMessage>
        <CheckField label={t('operation.interpreter')} path="interpreterPresent" name="interpreterPresent" value={interpreter} />
        <div class="field-row">
          <NumberField label={t('operation.unitsEntered')} path="unitsEntered" name="unitsEntered" value={unitsEntered} />
          <NumberField label={t('operation.unitsNotAccessible')} path="unitsNotAccessible" name="unitsNotAccessible" value={unitsNotAccessible} />
        </div>
        <NewUnit ctx={ctx} property={property} units={units} />
        <OperationItems rows={items} units={units.value} today={today} />
        <TextAreaField label={t('operation.notes')} path="notes" name="notes" value={notes} />
        <VisibilityField label={t('operation.notesVisibility')} path="notesVisibility" value={notesVisibility} />
        <ErrorSummary title={t('operation.errors')} />
        <div class="refusal" role="alert" hidden={!refusal.value} ref={refusalBox}>
          {refusal.value && (
            <>
              <p>{t(refusal.value.conflict ? 'operation.conflict' : 'operation.notDraft')}</p>
              <button
                class="button"
                type="button"
                data-action={refusal.value.conflict ? 'reload-draft' : 'back-to-file'}
                onClick={refusal.value.conflict ? () => void reloadDraft() : options.onClose}
              >
                {t(refusal.value.conflict ? 'operation.reloadDraft' : 'operation.backToFile')}
              </button>
            </>
          )}
        </div>
        <div class="form-actions">
          <button class="button" type="submit" value="draft" disabled={busy.value}>
            {t('operation.saveDraft')}
          </button>
          <button class="button button--primary" type="submit" value="submit" disabled={busy.value}>
            {t('operation.submit')}
          </button>
        </div>
      </form>
    </FormErrorsContext.Provider>
  );
}

/** The building: chosen by the (plain DOM) property picker; its units are loaded for the rows' unit choice. */
function PropertySlot({ options, property, units }: { options: OperationFormOptions; property: Signal<PropertySummary | null>; units: Signal<Unit[]> }) {
  const slot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const picker = createPropertyPicker(slot.current!, {
      ctx: options.ctx,
      picker: options.picker,
      defaultCity: options.defaultCity,
      onChosen: (chosen) => {
        property.value = chosen;
        if (!chosen) {
          units.value = [];
          return;
        }
        // A slower answer for a building chosen before must not list its units under the one chosen since.
        void options.ctx.api
          .units(chosen.id)
          .catch(() => [])
          .then((loaded) => {
            if (property.peek() === chosen) units.value = loaded;
          });
      },
      onCreated: options.onPropertyCreated,
    });
    picker.set(property.peek());
  }, []);
  return <div class="property-slot" ref={slot} />;
}

/** "Neue Wohneinheit": creates a unit of the chosen building at once, so rows can name it. */
function NewUnit({ ctx, property, units }: { ctx: AppContext; property: Signal<PropertySummary | null>; units: Signal<Unit[]> }) {
  const open = useSignal(false);
  const unitLabel = useSignal('');
  const space = useSignal('');
  const errors = useMemo(() => new FormErrors(), []);
  const add = async () => {
    const chosen = property.value;
    if (!chosen || !unitLabel.value.trim()) return;
    errors.clear();
    try {
      const livingSpaceM2 = numberValue(space.value);
      const unit = await ctx.api.createUnit(chosen.id, { label: unitLabel.value.trim(), ...(livingSpaceM2 !== null ? { livingSpaceM2 } : {}) });
      units.value = [...units.value, unit];
      unitLabel.value = '';
      space.value = '';
      open.value = false;
    } catch (error) {
      if (error instanceof ApiError) errors.show(error);
      else throw error;
    }
  };
  return (
    <FormErrorsContext.Provider value={errors}>
      <details class="new-unit" open={open.value} onToggle={(e) => (open.value = e.currentTarget.open)}>
        <summary>{t('operation.newUnit')}</summary>
        <TextField label={t('operation.unitLabel')} path="label" name="unitLabel" value={unitLabel} attrs={{ maxlength: 100 }} />
        <NumberField label={t('operation.livingSpace')} path="livingSpaceM2" name="unitLivingSpace" value={space} decimal />
        <button class="button" type="button" onClick={() => void add().catch(reportError)}>
          {t('operation.addUnit')}
        </button>
      </details>
    </FormErrorsContext.Provider>
  );
}
