export type Child = Node | string | number | null | undefined | false;

type Listener = (event: Event) => void;

export interface Props {
  class?: string;
  /** Attributes set verbatim (aria-*, role, type, name, for, ...). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  dataset?: Record<string, string>;
  on?: Record<string, Listener>;
  value?: string;
  checked?: boolean;
  disabled?: boolean;
  hidden?: boolean;
}

/** Builds an element; every string child becomes a text node, so data is never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [key, value] of Object.entries(props.dataset ?? {})) el.dataset[key] = value;
  for (const [type, listener] of Object.entries(props.on ?? {})) el.addEventListener(type, listener);
  if (props.value !== undefined) (el as HTMLInputElement).value = props.value;
  if (props.checked !== undefined) (el as HTMLInputElement).checked = props.checked;
  if (props.disabled !== undefined) (el as HTMLInputElement).disabled = props.disabled;
  if (props.hidden !== undefined) el.hidden = props.hidden;
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces all children of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

let ids = 0;
export function uniqueId(prefix: string): string {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** Listens with an async handler; a failure the handler does not catch is reported like any uncaught error. */
export function onAsync<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, handler: (event: HTMLElementEventMap[K]) => Promise<void>): void {
  target.addEventListener(type, (event) => void handler(event).catch(reportError));
}
