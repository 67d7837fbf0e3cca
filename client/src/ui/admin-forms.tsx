import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { CancelSaveActions, ErrorSummary, FormErrorsContext, useServerForm } from './fields';

/** Back to the button that opened a form, once the form has closed and the table has rendered. */
export function refocus(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

interface EditFormProps<T extends { version: number }> {
  id: string;
  heading: string;
  record: T;
  /** Opened again on the stored state after a save that came too late: this says so. */
  staleText: string | null;
  /** The fields as the form holds them now; only those that differ from the record are sent. */
  wanted: () => Partial<T>;
  save: (changes: Partial<T>, version: number) => Promise<T>;
  onDone: (saved: T | null) => Promise<void>;
  /** The save came too late (412): the caller opens the form again on the stored state. */
  onStale: () => Promise<void>;
  saveLabel: string;
  children: ComponentChildren;
}

/** An administration record's edit form: focus on its heading, only the changed fields sent at the version shown, a late save reopened on the stored state. */
export function EditForm<T extends { version: number }>({
  id,
  heading,
  record,
  staleText,
  wanted,
  save,
  onDone,
  onStale,
  saveLabel,
  children,
}: EditFormProps<T>) {
  const { errors, form, busy, submit } = useServerForm();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    // Only what the admin changed, so a change made meanwhile to another field is not undone.
    const changes = Object.fromEntries(Object.entries(wanted()).filter(([key, value]) => record[key as keyof T] !== value)) as Partial<T>;
    let saved: T | null = null;
    const ok = await submit(async () => {
      if (Object.keys(changes).length) saved = await save(changes, record.version);
    });
    if (ok) await onDone(saved);
    else if (errors.problem.value?.status === 412) await onStale();
  };

  return (
    <FormErrorsContext.Provider value={errors}>
      <form ref={form} class="admin-form" aria-labelledby={id} onSubmit={(e) => void onSubmit(e)} noValidate>
        <h3 id={id} tabIndex={-1} ref={title}>
          {heading}
        </h3>
        {staleText && (
          <p class="form-errors" role="alert">
            {staleText}
          </p>
        )}
        {children}
        <ErrorSummary title={t('operation.errors')} />
        <CancelSaveActions onCancel={() => void onDone(null)} saveLabel={saveLabel} busy={busy.value} />
      </form>
    </FormErrorsContext.Provider>
  );
}
