import { ApiError } from '../api';
import { errorText } from '../problem-text';
import type { PropertySummary } from '../api-types';
import type { AppContext } from '../context';
import { h, replace, uniqueId } from '../dom';
import { t } from '../i18n';
import { statusSwatch } from './status-swatch';

const DEBOUNCE_MS = 200;

/** An address box with suggestions from GET /properties?q= (ARIA combobox: arrows, Enter, Escape). */
export function createAddressSearch(ctx: AppContext, onSelect: (property: PropertySummary) => void, labelText = t('search.label')): HTMLElement {
  const id = uniqueId('search');
  const input = h('input', {
    class: 'search-input',
    attrs: {
      id,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      placeholder: t('search.placeholder'),
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-list`,
    },
  });
  const list = h('ul', { class: 'search-list', attrs: { id: `${id}-list`, role: 'listbox', 'aria-label': labelText }, hidden: true });
  let results: PropertySummary[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (property: PropertySummary) => {
    input.value = property.address.label;
    close();
    onSelect(property);
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${index}`);
  };
  const render = (items: PropertySummary[], empty: string | null) => {
    results = items;
    active = -1;
    if (!items.length && !empty) return close();
    replace(
      list,
      ...(items.length
        ? items.map((p, i) => {
            const swatch = statusSwatch(ctx, p.status, p.statusColour);
            return h(
              'li',
              { attrs: { id: `${id}-opt-${i}`, role: 'option', 'aria-selected': 'false' }, on: { mousedown: (e) => (e.preventDefault(), choose(p)) } },
              swatch,
              h('span', {}, p.address.label),
              h('span', { class: 'search-status' }, ctx.statusLabel(p.status)),
            );
          })
        : [h('li', { class: 'search-empty', attrs: { role: 'option', 'aria-disabled': 'true' } }, empty)]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const search = async (q: string) => {
    pending?.abort();
    pending = new AbortController();
    try {
      const page = await ctx.api.searchProperties(q, 8, pending.signal);
      render(page.items, t('search.none'));
    } catch (error) {
      if (error instanceof ApiError) render([], errorText(error));
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return close();
    timer = setTimeout(() => void search(q), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && results.length) {
      event.preventDefault();
      highlight((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length) {
      event.preventDefault();
      highlight((active - 1 + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const pick = results[active >= 0 ? active : 0];
      if (pick) {
        event.preventDefault();
        choose(pick);
      }
    } else if (event.key === 'Escape' && !list.hidden) {
      // One Escape closes the suggestions only, not the drawer around them.
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return h('div', { class: 'search' }, h('label', { class: 'search-label', attrs: { for: id } }, labelText), input, list);
}
