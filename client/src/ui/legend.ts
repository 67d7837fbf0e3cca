import type { PropertyStatus } from '../api-types';
import type { AppContext } from '../context';
import { h, replace } from '../dom';
import { formatNumber, t } from '../i18n';
import { STATUSES } from '../url-state';
import { statusSwatch } from './status-swatch';

export interface Legend {
  update(counts: Record<PropertyStatus, number> | null, total: number | null, selected: readonly PropertyStatus[]): void;
}

/**
 * Status colours with their counts; each row is also the status filter (checkbox) with an "only this" button.
 * The counts ignore the status filter, so switching a status back on shows what will appear.
 */
export function createLegend(container: HTMLElement, ctx: AppContext, onChange: (statuses: PropertyStatus[]) => void): Legend {
  let selected: readonly PropertyStatus[] = [];
  const list = h('ul', { class: 'legend-list' });
  const totalLine = h('p', { class: 'legend-total', attrs: { 'aria-live': 'polite' } });
  const allButton = h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: () => onChange([]) } }, t('legend.all'));
  replace(container, h('h2', { class: 'sidebar-heading' }, t('legend.heading')), list, totalLine, allButton);

  const shown = (status: PropertyStatus) => selected.length === 0 || selected.includes(status);
  const toggle = (status: PropertyStatus, on: boolean) => {
    const next = STATUSES.filter((s) => (s === status ? on : shown(s)));
    onChange(next.length === STATUSES.length ? [] : next);
  };

  return {
    update(counts, total, nextSelected) {
      selected = nextSelected;
      replace(
        list,
        ...STATUSES.map((status) => {
          const label = ctx.statusLabel(status);
          const swatch = statusSwatch(ctx, status);
          const box = h('input', {
            attrs: { type: 'checkbox', id: `legend-${status}` },
            checked: shown(status),
            on: { change: (e) => toggle(status, (e.target as HTMLInputElement).checked) },
          });
          const count = counts ? (counts[status] ?? 0) : null;
          return h(
            'li',
            { class: 'legend-row', dataset: { status } },
            box,
            h('label', { attrs: { for: `legend-${status}` } }, swatch, h('span', { class: 'legend-label' }, label)),
            h('span', { class: 'legend-count', dataset: { count: String(count ?? '') } }, count === null ? '…' : formatNumber(count)),
            h(
              'button',
              {
                class: 'link-button legend-only',
                attrs: { type: 'button', title: t('legend.onlyTitle', { label }), 'aria-label': t('legend.onlyTitle', { label }) },
                on: { click: () => onChange([status]) },
              },
              t('legend.only'),
            ),
          );
        }),
      );
      totalLine.textContent = total === null ? '' : t('legend.total', { count: formatNumber(total) });
      allButton.hidden = selected.length === 0;
    },
  };
}
