import { h } from '../dom';

/** Short status messages in one polite live region, so screen readers announce them too. */
export function createToaster(parent: HTMLElement): (text: string, kind?: 'info' | 'error') => void {
  const region = h('div', { class: 'toasts', attrs: { role: 'status', 'aria-live': 'polite' } });
  parent.append(region);
  return (text, kind = 'info') => {
    const item = h('div', { class: `toast toast--${kind}` }, text);
    region.append(item);
    setTimeout(() => item.remove(), kind === 'error' ? 8000 : 4000);
  };
}
