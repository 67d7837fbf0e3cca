import type { ApiError } from '../api';
import { h, replace, uniqueId, type Child } from '../dom';
import { numberText, numberValue, textValue } from './fields';
import { errorText, fieldErrorLine, fieldErrorTexts } from '../problem-text';

/**
 * A labelled form control with a slot for the server's message. `field` is the API's field path
 * (`findings[1].severity`), so a 400 answer lands next to the control it is about.
 */
export function field(labelText: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, path: string, extraClass = ''): HTMLElement {
  const id = control.id || uniqueId('f');
  control.id = id;
  control.dataset.field = path;
  const error = h('p', { class: 'field-error', attrs: { id: `${id}-error`, 'aria-live': 'polite' }, hidden: true });
  control.setAttribute('aria-describedby', `${id}-error`);
  // Once the field is edited its old message no longer applies.
  const clear = () => {
    error.hidden = true;
    error.textContent = '';
    control.removeAttribute('aria-invalid');
    control.closest('.field--invalid')?.classList.remove('field--invalid');
  };
  control.addEventListener('input', clear);
  control.addEventListener('change', clear);
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    return h(
      'div',
      { class: `field field--check ${extraClass}`, dataset: { field: path } },
      h('label', { attrs: { for: id } }, control, ' ', labelText),
      error,
    );
  }
  return h('div', { class: `field ${extraClass}`, dataset: { field: path } }, h('label', { attrs: { for: id } }, labelText), control, error);
}

export function textInput(name: string, value = '', attrs: Record<string, string | number | boolean> = {}): HTMLInputElement {
  return h('input', { attrs: { type: 'text', name, autocomplete: 'off', ...attrs }, value });
}

export function numberInput(name: string, value: number | null, attrs: Record<string, string | number | boolean> = {}): HTMLInputElement {
  return h('input', { attrs: { type: 'text', name, inputmode: 'numeric', autocomplete: 'off', ...attrs }, value: numberText(value) });
}

export function dateInput(name: string, value: string | null): HTMLInputElement {
  return h('input', { attrs: { type: 'date', name }, value: value ?? '' });
}

export function checkbox(name: string, checked: boolean): HTMLInputElement {
  return h('input', { attrs: { type: 'checkbox', name }, checked });
}

export function textArea(name: string, value = '', rows = 3): HTMLTextAreaElement {
  return h('textarea', { attrs: { name, rows }, value });
}

export function select(name: string, options: ReadonlyArray<{ value: string; label: string }>, value: string | null, empty?: string): HTMLSelectElement {
  const el = h(
    'select',
    { attrs: { name } },
    empty !== undefined ? h('option', { value: '' }, empty) : null,
    ...options.map((o) => h('option', { value: o.value }, o.label)),
  );
  el.value = value ?? '';
  return el;
}

/** Empty input → null; otherwise the number, or NaN (which the server then refuses, naming the field). */
export const numberOrNull = (input: HTMLInputElement): number | null => numberValue(input.value);

export const textOrNull = (input: HTMLInputElement | HTMLTextAreaElement): string | null => textValue(input.value);

export function clearFieldErrors(form: HTMLElement): void {
  for (const el of form.querySelectorAll<HTMLElement>('.field-error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of form.querySelectorAll('.field--invalid')) el.classList.remove('field--invalid');
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const summary = form.querySelector<HTMLElement>('.form-errors');
  if (summary) {
    summary.hidden = true;
    replace(summary);
  }
}

/**
 * Puts each field error of a 400 answer under its control; errors for fields the form has no control for
 * (and the problem's detail) go to the form's summary. Returns the first control marked.
 */
export function showFieldErrors(form: HTMLElement, error: ApiError, summaryTitle: string): HTMLElement | null {
  clearFieldErrors(form);
  let first: HTMLElement | null = null;
  const unplaced: string[] = [];
  for (const [path, errors] of error.errorsByField()) {
    const wrapper = findFieldWrapper(form, path);
    const slot = wrapper?.querySelector<HTMLElement>(':scope > .field-error');
    if (!wrapper || !slot) {
      unplaced.push(...errors.map(fieldErrorLine));
      continue;
    }
    slot.textContent = fieldErrorTexts(errors).join('; ');
    slot.hidden = false;
    wrapper.classList.add('field--invalid');
    const control = wrapper.querySelector<HTMLElement>('input, select, textarea');
    control?.setAttribute('aria-invalid', 'true');
    first ??= control ?? wrapper;
  }
  const summary = form.querySelector<HTMLElement>('.form-errors');
  if (summary) {
    const lines: Child[] = [h('strong', {}, error.fieldErrors.length ? summaryTitle : errorText(error))];
    for (const line of unplaced) lines.push(h('span', {}, line));
    replace(summary, ...lines);
    summary.hidden = false;
  }
  first?.focus();
  return first;
}

/** The wrapper for `a[1].b`, or for its closest parent path (`a[1]`, then `a`) when the exact one is missing. */
function findFieldWrapper(form: HTMLElement, path: string): HTMLElement | null {
  let current: string | null = path;
  while (current) {
    const found: HTMLElement | undefined = [...form.querySelectorAll<HTMLElement>('.field[data-field]')].find((el) => el.dataset.field === current);
    if (found) return found;
    const cut: number = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : null;
  }
  return null;
}
