import { ApiError } from '../api';
import { errorText } from '../problem-text';
import type { OfficialAddress, PropertySummary } from '../api-types';
import type { AppContext } from '../context';
import { h, replace, uniqueId, type Child } from '../dom';
import { t } from '../i18n';
import { statusSwatch } from './status-swatch';

const DEBOUNCE_MS = 200;
const LIMIT = 8;

export interface AddressSearchOptions {
  /** Buildings of the file are suggested when given. */
  onProperty?: (property: PropertySummary) => void;
  /** Official addresses (the gazetteer) are suggested when given, after the buildings, without those a building already stands at. */
  onOfficial?: (address: OfficialAddress) => void;
  /** What the official suggestions say they lead to. */
  officialHint?: string;
  label?: string;
}

interface Suggestion {
  text: string;
  parts: Child[];
  choose: () => void;
}

export const officialLabel = (a: OfficialAddress) => `${a.street} ${a.houseNumber}${a.houseNumberSuffix ?? ''}`;

/** An address box with suggestions from GET /properties?q= and GET /addresses?q= (ARIA combobox: arrows, Enter, Escape). */
export function createAddressSearch(ctx: AppContext, options: AddressSearchOptions): HTMLElement {
  const labelText = options.label ?? t('search.label');
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
  let results: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (suggestion: Suggestion) => {
    input.value = suggestion.text;
    close();
    suggestion.choose();
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${index}`);
  };
  const render = (items: Suggestion[], empty: string | null) => {
    results = items;
    active = -1;
    if (!items.length && !empty) return close();
    replace(
      list,
      ...(items.length
        ? items.map((s, i) =>
            h(
              'li',
              { attrs: { id: `${id}-opt-${i}`, role: 'option', 'aria-selected': 'false' }, on: { mousedown: (e) => (e.preventDefault(), choose(s)) } },
              ...s.parts,
            ),
          )
        : [h('li', { class: 'search-empty', attrs: { role: 'option', 'aria-disabled': 'true' } }, empty)]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const propertySuggestion = (p: PropertySummary, onProperty: (p: PropertySummary) => void): Suggestion => ({
    text: p.address.label,
    parts: [statusSwatch(ctx, p.status, p.statusColour), h('span', {}, p.address.label), h('span', { class: 'search-status' }, ctx.statusLabel(p.status))],
    choose: () => onProperty(p),
  });
  const officialSuggestion = (a: OfficialAddress, onOfficial: (a: OfficialAddress) => void): Suggestion => ({
    text: officialLabel(a),
    parts: [
      h('span', { class: 'swatch swatch--official', attrs: { 'aria-hidden': 'true' } }),
      h('span', {}, officialLabel(a)),
      h('span', { class: 'search-status' }, options.officialHint ?? t('search.official')),
    ],
    choose: () => onOfficial(a),
  });
  const search = async (q: string) => {
    pending?.abort();
    pending = new AbortController();
    const { onProperty, onOfficial } = options;
    const [properties, official] = await Promise.allSettled([
      onProperty ? ctx.api.searchProperties(q, LIMIT, pending.signal) : Promise.resolve(null),
      onOfficial ? ctx.api.searchAddresses(q, LIMIT, pending.signal) : Promise.resolve(null),
    ]);
    const failed = [properties, official].find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason as unknown;
    // Anything but a refusal or a lost connection is a newer search that superseded this one.
    if (failed !== undefined && !(failed instanceof ApiError)) return;
    const buildings = properties.status === 'fulfilled' && properties.value ? properties.value.items : [];
    // Where a building of the file already stands at an official address, it is the building that is suggested.
    const taken = new Set(buildings.map((p) => p.officialAddressId));
    const addresses = official.status === 'fulfilled' && official.value ? official.value.filter((a) => !taken.has(a.id)) : [];
    const items = [
      ...(onProperty ? buildings.map((p) => propertySuggestion(p, onProperty)) : []),
      ...(onOfficial ? addresses.map((a) => officialSuggestion(a, onOfficial)) : []),
    ];
    // A failed half is said only when nothing else was found: offline, the recent buildings still answer.
    render(items, failed instanceof ApiError ? errorText(failed) : t('search.none'));
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
