import { signal, useSignal, type Signal } from '@preact/signals';
import { render } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { ApiError } from '../api';
import { errorText } from '../problem-text';
import type { PropertyDetail } from '../api-types';
import type { AppContext } from '../context';
import { t, type MessageKey } from '../i18n';
import { CancelSaveActions, ErrorSummary, FormErrors, FormErrorsContext, TextAreaField, TextField, useFocusFirstInvalid } from './fields';
import { PROPERTY_FIELDS, propertyChanges, propertyValues, reapplyChanges, type PropertyField, type PropertyValues } from './property-edits';
import { formRequestKeys } from '../request-keys';

export interface PropertyFormOptions {
  ctx: AppContext;
  property: PropertyDetail;
  onSaved: (property: PropertyDetail) => void;
  onCancel: () => void;
}

/** Shows the form in `host`; the building file around it stays plain DOM. */
export function mountPropertyForm(host: HTMLElement, options: PropertyFormOptions): void {
  render(<PropertyForm {...options} />, host);
}

const LABELS: Record<PropertyField, MessageKey> = {
  street: 'operation.street',
  houseNumber: 'operation.houseNumber',
  houseNumberSuffix: 'operation.houseNumberSuffix',
  postcode: 'operation.postcode',
  city: 'operation.city',
  note: 'file.note',
};

/**
 * "Angaben bearbeiten": address and note of a building. The change names the version it was made from; when
 * someone else saved in between, the form keeps the user's input and offers to lay it over the fresh values.
 */
function PropertyForm({ ctx, property, onSaved, onCancel }: PropertyFormOptions) {
  const base = useSignal<{ version: number; values: PropertyValues }>({ version: property.version, values: propertyValues(property) });
  const fields = useMemo(() => Object.fromEntries(PROPERTY_FIELDS.map((f) => [f, signal(base.value.values[f])])) as Record<PropertyField, Signal<string>>, []);
  const conflict = useSignal<{ version: number } | null>(null);
  const reapplied = useSignal<PropertyField[] | null>(null);
  const busy = useSignal(false);
  const errors = useMemo(() => new FormErrors(), []);
  const form = useRef<HTMLFormElement>(null);
  // Saving the same change again after a lost answer gets the first answer, not a 412 against its own version.
  const keyFor = useMemo(formRequestKeys, []);
  useFocusFirstInvalid(form, errors);
  const current = (): PropertyValues => Object.fromEntries(PROPERTY_FIELDS.map((f) => [f, fields[f].value])) as PropertyValues;

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    errors.clear();
    conflict.value = null;
    const changes = propertyChanges(base.value.values, current());
    if (Object.keys(changes).length === 0) return onCancel();
    busy.value = true;
    try {
      const saved = await ctx.api.updateProperty(property.id, changes, base.value.version, keyFor({ changes, version: base.value.version }));
      ctx.toast(t('propertyForm.saved'));
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 412) conflict.value = { version: Number(error.body.currentVersion) };
      else errors.show(error.isNetworkError ? new ApiError(0, error.code, t('app.networkError')) : error);
    } finally {
      busy.value = false;
    }
  };

  const reloadAndReapply = async () => {
    try {
      const fresh = await ctx.api.property(property.id);
      const freshValues = propertyValues(fresh);
      const { values, overlapping } = reapplyChanges(base.value.values, current(), freshValues);
      for (const f of PROPERTY_FIELDS) fields[f].value = values[f];
      base.value = { version: fresh.version, values: freshValues };
      conflict.value = null;
      reapplied.value = overlapping;
    } catch (failure) {
      ctx.toast(t('app.error', { message: errorText(failure) }), 'error');
    }
  };

  return (
    <FormErrorsContext.Provider value={errors}>
      <form ref={form} class="property-form" noValidate aria-labelledby="property-form-heading" onSubmit={(event) => void onSubmit(event).catch(reportError)}>
        <h3 id="property-form-heading" tabIndex={-1}>
          {t('propertyForm.heading')}
        </h3>
        <div class="field-row">
          <TextField label={t(LABELS.street)} path="street" name="street" value={fields.street} attrs={{ required: true, maxlength: 200 }} />
          <TextField label={t(LABELS.houseNumber)} path="houseNumber" name="houseNumber" value={fields.houseNumber} attrs={{ required: true, maxlength: 20 }} />
          <TextField
            label={t(LABELS.houseNumberSuffix)}
            path="houseNumberSuffix"
            name="houseNumberSuffix"
            value={fields.houseNumberSuffix}
            attrs={{ maxlength: 20 }}
          />
        </div>
        <div class="field-row">
          <TextField label={t(LABELS.postcode)} path="postcode" name="postcode" value={fields.postcode} attrs={{ inputmode: 'numeric', maxlength: 5 }} />
          <TextField label={t(LABELS.city)} path="city" name="city" value={fields.city} attrs={{ required: true, maxlength: 100 }} />
        </div>
        <TextAreaField label={t(LABELS.note)} path="note" name="note" value={fields.note} attrs={{ maxlength: 2000 }} />
        <div class="refusal" role="alert" hidden={!conflict.value}>
          {conflict.value && (
            <>
              <p>{t('propertyForm.conflict', { version: conflict.value.version })}</p>
              <button class="button" type="button" data-action="reload-reapply" onClick={() => void reloadAndReapply()}>
                {t('propertyForm.reloadReapply')}
              </button>
            </>
          )}
        </div>
        {reapplied.value && (
          <p class="notice" role="status">
            {reapplied.value.length
              ? t('propertyForm.reappliedOver', { fields: reapplied.value.map((f) => t(LABELS[f])).join(', ') })
              : t('propertyForm.reapplied')}
          </p>
        )}
        <ErrorSummary title={t('operation.errors')} />
        <CancelSaveActions onCancel={onCancel} saveLabel={t('propertyForm.save')} busy={busy.value} />
      </form>
    </FormErrorsContext.Provider>
  );
}
