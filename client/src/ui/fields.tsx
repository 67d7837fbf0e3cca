import { signal, useSignal, type Signal } from '@preact/signals';
import { createContext, type ComponentChildren, type RefObject } from 'preact';
import { useContext, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { ApiError } from '../api';
import { language, t } from '../i18n';
import { errorText, fieldErrorLine, fieldErrorTexts, problemText, problemOf } from '../problem-text';

/**
 * A form's last problem from the server. Each error is shown by the field of its path (`findings[1].severity`)
 * or of its closest parent path (`findings[1]`, then `findings`); errors no field shows go to the form's summary.
 */
export class FormErrors {
  readonly problem = signal<ApiError | null>(null);
  // Once a field is edited its old message no longer applies.
  private readonly edited = signal<ReadonlySet<string>>(new Set());
  private readonly shown = new Set<string>();

  show(error: ApiError): void {
    this.edited.value = new Set();
    this.problem.value = error;
  }

  clear(): void {
    this.problem.value = null;
  }

  markEdited(path: string): void {
    if (this.problem.value && !this.edited.value.has(path)) this.edited.value = new Set([...this.edited.value, path]);
  }

  /** A mounted field announces its path; the returned function withdraws it. */
  register(path: string): () => void {
    this.shown.add(path);
    return () => this.shown.delete(path);
  }

  messagesFor(path: string): string[] {
    const problem = this.problem.value;
    if (!problem || this.edited.value.has(path)) return [];
    return [...problem.errorsByField()].filter(([field]) => this.fieldShowing(field) === path).flatMap(([, errors]) => fieldErrorTexts(errors));
  }

  /** Lines for the summary: errors of paths no field shows. */
  unplaced(): string[] {
    const problem = this.problem.value;
    if (!problem) return [];
    return problem.fieldErrors.filter((error) => this.fieldShowing(error.field) === null).map(fieldErrorLine);
  }

  private fieldShowing(path: string): string | null {
    let current: string | null = path;
    while (current) {
      if (this.shown.has(current)) return current;
      const cut: number = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      current = cut > 0 ? current.slice(0, cut) : null;
    }
    return null;
  }
}

export const FormErrorsContext = createContext<FormErrors>(new FormErrors());

/** Moves the focus to the first control marked invalid each time a new problem is shown. */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, errors: FormErrors): void {
  const problem = errors.problem.value;
  useEffect(() => {
    if (problem) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problem, form]);
}

function useFieldMessages(path: string): { errors: FormErrors; messages: string[] } {
  const errors = useContext(FormErrorsContext);
  useLayoutEffect(() => errors.register(path), [errors, path]);
  return { errors, messages: errors.messagesFor(path) };
}

function ErrorText({ id, messages }: { id?: string; messages: string[] }) {
  return (
    <p class="field-error" id={id} aria-live="polite" hidden={!messages.length}>
      {messages.join('; ')}
    </p>
  );
}

/** A slot for errors about a group (a list, a choice of chips) rather than one control, with the group's content before it. */
export function FieldMessage({ path, children, class: extra = '' }: { path: string; children?: ComponentChildren; class?: string }) {
  const { errors, messages } = useFieldMessages(path);
  return (
    <div class={`field ${extra}${messages.length ? ' field--invalid' : ''}`} data-field={path} onChange={() => errors.markEdited(path)}>
      {children}
      <ErrorText messages={messages} />
    </div>
  );
}

export interface ControlProps {
  id: string;
  'data-field': string;
  'aria-describedby': string;
  'aria-invalid'?: 'true';
}

interface FieldProps {
  label: string;
  /** The API's field path, so the server's message for it lands here. */
  path: string;
  children: (control: ControlProps) => ComponentChildren;
  check?: boolean;
}

/** A labelled control with the server's message for its path below it. */
export function Field({ label, path, children, check = false }: FieldProps) {
  const { errors, messages } = useFieldMessages(path);
  const id = useId();
  const control = children({ id, 'data-field': path, 'aria-describedby': `${id}-error`, 'aria-invalid': messages.length ? 'true' : undefined });
  const edited = () => errors.markEdited(path);
  const invalid = messages.length ? ' field--invalid' : '';
  return check ? (
    <div class={`field field--check${invalid}`} data-field={path} onInput={edited} onChange={edited}>
      <label for={id}>
        {control} {label}
      </label>
      <ErrorText id={`${id}-error`} messages={messages} />
    </div>
  ) : (
    <div class={`field${invalid}`} data-field={path} onInput={edited} onChange={edited}>
      <label for={id}>{label}</label>
      {control}
      <ErrorText id={`${id}-error`} messages={messages} />
    </div>
  );
}

/** The problem's title (or the form's), and the errors no field shows. */
export function ErrorSummary({ title }: { title: string }) {
  const errors = useContext(FormErrorsContext);
  const problem = errors.problem.value;
  return (
    <div class="form-errors" role="alert" hidden={!problem}>
      {problem && <strong>{problem.fieldErrors.length ? title : problemText(problemOf(problem))}</strong>}
      {problem && errors.unplaced().map((line) => <span key={line}>{line}</span>)}
    </div>
  );
}

/** Cancel and save at the end of a form that edits something already filed. */
export function CancelSaveActions({ onCancel, saveLabel, busy }: { onCancel: () => void; saveLabel: string; busy: boolean }) {
  return (
    <div class="form-actions">
      <button class="button" type="button" onClick={onCancel}>
        {t('amend.cancel')}
      </button>
      <button class="button button--primary" type="submit" disabled={busy}>
        {saveLabel}
      </button>
    </div>
  );
}

type Attrs = Record<string, string | number | boolean | undefined>;

/** A file chooser as a form field: the chosen file goes to `file`, a refusal of it (field `file`) shows beside it. */
export function FileField({ label, accept, file }: { label: string; accept: string; file: Signal<File | null> }) {
  return (
    <Field label={label} path="file">
      {(control) => <input {...control} type="file" name="file" accept={accept} onChange={(e) => (file.value = e.currentTarget.files?.[0] ?? null)} />}
    </Field>
  );
}

export function TextField({ label, path, value, name, attrs = {} }: { label: string; path: string; value: Signal<string>; name: string; attrs?: Attrs }) {
  return (
    <Field label={label} path={path}>
      {(control) => (
        <input {...control} {...attrs} type="text" name={name} autocomplete="off" value={value} onInput={(e) => (value.value = e.currentTarget.value)} />
      )}
    </Field>
  );
}

/** Holds the text as typed; `numberValue` turns it into the number sent. A text field, since a number field drops a decimal comma its locale does not expect. */
export function NumberField({
  label,
  path,
  value,
  name,
  decimal = false,
}: {
  label: string;
  path: string;
  value: Signal<string>;
  name: string;
  decimal?: boolean;
}) {
  return (
    <Field label={label} path={path}>
      {(control) => (
        <input
          {...control}
          type="text"
          name={name}
          autocomplete="off"
          inputmode={decimal ? 'decimal' : 'numeric'}
          value={value}
          onInput={(e) => (value.value = e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export function DateField({ label, path, value, name }: { label: string; path: string; value: Signal<string>; name: string }) {
  return (
    <Field label={label} path={path}>
      {(control) => <input {...control} type="date" name={name} value={value} onInput={(e) => (value.value = e.currentTarget.value)} />}
    </Field>
  );
}

export function TextAreaField(props: { label: string; path: string; value: Signal<string>; name: string; rows?: number; attrs?: Attrs }) {
  const { label, path, value, name, rows = 3, attrs = {} } = props;
  return (
    <Field label={label} path={path}>
      {(control) => <textarea {...control} {...attrs} name={name} rows={rows} value={value} onInput={(e) => (value.value = e.currentTarget.value)} />}
    </Field>
  );
}

export function CheckField({ label, path, value, name }: { label: string; path: string; value: Signal<boolean>; name: string }) {
  return (
    <Field label={label} path={path} check>
      {(control) => <input {...control} type="checkbox" name={name} checked={value} onChange={(e) => (value.value = e.currentTarget.checked)} />}
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField(props: {
  label: string;
  path: string;
  value: Signal<string>;
  name: string;
  choices: readonly Choice[];
  empty?: string;
  shown?: string;
}) {
  const { label, path, value, name, choices, empty } = props;
  return (
    <Field label={label} path={path}>
      {(control) => (
        <select {...control} name={name} value={props.shown ?? value.value} onChange={(e) => (value.value = e.currentTarget.value)}>
          {empty !== undefined && <option value="">{empty}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The number typed, with a decimal comma or point on any browser locale ("48,5" and "48.5" are 48.5); anything else is NaN, which the server refuses naming the field. */
export function numberValue(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** A number as the user's language writes it in a field: 48,5 in German, 48.5 in English. */
export function numberText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return language() === 'de' ? String(value).replace('.', ',') : String(value);
}

export function textValue(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** A form whose submit is one request: its refusal shown by the fields, the submit button disabled meanwhile. */
export function useServerForm() {
  const errors = useMemo(() => new FormErrors(), []);
  const form = useRef<HTMLFormElement>(null);
  const busy = useSignal(false);
  useFocusFirstInvalid(form, errors);
  /** Runs the request, showing its refusal by the fields; true when it went through. */
  const submit = async (work: () => Promise<void>): Promise<boolean> => {
    errors.clear();
    busy.value = true;
    try {
      await work();
      return true;
    } catch (failure) {
      errors.show(failure instanceof ApiError ? failure : new ApiError(0, 'client_error', errorText(failure)));
      return false;
    } finally {
      busy.value = false;
    }
  };
  return { errors, form, busy, submit };
}
