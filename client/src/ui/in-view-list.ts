import type { MapAnswer } from '../api-types';
import type { AppContext } from '../context';
import { h, replace } from '../dom';
import { t } from '../i18n';
import { statusSwatch } from './status-swatch';

const MAX_ITEMS = 150;

/**
 * The single buildings currently drawn, as a keyboard-reachable list: canvas points cannot take focus,
 * so this is how a keyboard or screen-reader user opens a file from the map.
 */
export function createInViewList(
  container: HTMLElement,
  ctx: AppContext,
  onSelect: (id: string) => void,
): { update(answer: MapAnswer | null, selected: string | null): void } {
  const heading = h('h2', { class: 'sidebar-heading' }, t('map.inView'));
  const list = h('ul', { class: 'in-view' });
  const note = h('p', { class: 'muted' });
  replace(container, heading, note, list);
  return {
    update(answer, selected) {
      const points = (answer?.features ?? []).filter((f) => !f.properties.cluster);
      const clustered = (answer?.features ?? []).some((f) => f.properties.cluster);
      heading.textContent = `${t('map.inView')} (${points.length})`;
      note.textContent = clustered || points.length > MAX_ITEMS ? t('map.tooManyInView') : '';
      // The list is drawn anew with every map answer; a keyboard user's focus stays on the same building.
      const focusedId = list.contains(document.activeElement) ? (document.activeElement?.closest<HTMLElement>('li[data-id]')?.dataset.id ?? null) : null;
      const shown = points.length > MAX_ITEMS ? [] : [...points].sort((a, b) => (a.properties.label ?? '').localeCompare(b.properties.label ?? ''));
      replace(
        list,
        ...shown.map((f) => {
          const swatch = statusSwatch(ctx, f.properties.status, f.properties.colour);
          const id = f.properties.id!;
          return h(
            'li',
            { dataset: { id, status: f.properties.status, colour: f.properties.colour } },
            h(
              'button',
              {
                class: `in-view-item${id === selected ? ' is-selected' : ''}`,
                attrs: { type: 'button', 'aria-current': id === selected ? 'true' : null },
                on: { click: () => onSelect(id) },
              },
              swatch,
              h('span', {}, f.properties.label ?? id),
              h('span', { class: 'visually-hidden' }, `, ${ctx.statusLabel(f.properties.status)}`),
            ),
          );
        }),
      );
      if (focusedId) list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(focusedId)}"] button`)?.focus({ preventScroll: true });
    },
  };
}
