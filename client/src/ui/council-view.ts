import type { DistrictCollection, DistrictOverview, PropertyStatus } from '../api-types';
import type { AppContext } from '../context';
import { h, replace } from '../dom';
import { formatNumber, t } from '../i18n';
import { createCouncilMap } from '../map/council-map';
import { STATUSES } from '../url-state';
import { demoBanner, renderTopbar } from './topbar';

type Measure = PropertyStatus | 'total';

export interface CouncilShellOptions {
  ctx: AppContext;
  onLogout: () => void;
  onLanguage: () => void;
}

export async function renderCouncilShell(root: HTMLElement, options: CouncilShellOptions): Promise<void> {
  const sidebar = h('aside', { class: 'sidebar sidebar--wide', attrs: { 'aria-label': t('council.heading') } });
  const mapElement = h('div', { class: 'map', attrs: { id: 'map' } });
  root.replaceChildren(
    ...(options.ctx.config.demoData ? [demoBanner()] : []),
    renderTopbar({ ctx: options.ctx, onLogout: options.onLogout, onLanguage: options.onLanguage }),
    h('div', { class: 'workspace workspace--council' }, sidebar, h('div', { class: 'map-wrap' }, mapElement)),
  );
  await renderCouncilView(sidebar, mapElement, options.ctx);
}

/** District-level view for the council: a choropleth and a table of counts per Stadtbezirk and status, never addresses. */
export async function renderCouncilView(container: HTMLElement, mapElement: HTMLElement, ctx: AppContext): Promise<void> {
  const [outlines, overview] = await Promise.all([ctx.api.districts('bezirk'), ctx.api.mapDistricts()]);
  const map = createCouncilMap(mapElement, ctx.config);
  let measure: Measure = 'uninhabitable';
  let selected: string | null = null;
  const measureSelect = h(
    'select',
    { attrs: { id: 'council-measure' } },
    h('option', { value: 'total' }, t('council.total')),
    ...STATUSES.map((s) => h('option', { value: s }, ctx.statusLabel(s))),
  );
  measureSelect.value = measure;
  // Focusable, so the wide table can be scrolled sideways with the keyboard.
  const table = h('div', { class: 'council-table', attrs: { tabindex: 0, role: 'region', 'aria-label': t('council.heading') } });
  const legend = h('div', { class: 'council-legend' });
  replace(
    container,
    h('h2', { class: 'sidebar-heading' }, t('council.heading')),
    h('p', { class: 'muted' }, t('council.note')),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'council-measure' } }, t('council.colourBy')), measureSelect),
    legend,
    table,
  );

  const value = (id: string) => {
    const item = overview.items.find((i) => i.id === id);
    return item ? (measure === 'total' ? item.total : item.counts[measure]) : 0;
  };
  const draw = () => {
    // The server's classes for this count: the same scale as the Lagebericht's map.
    const classes = overview.scales[measure];
    const colour = (count: number) => (classes.find((c) => count >= c.min && count <= c.max) ?? classes[classes.length - 1]).colour;
    map.draw(
      outlines,
      (id) => colour(value(id)),
      (feature) => `${feature.properties.name}: ${formatNumber(value(feature.id))}`,
      (id) => {
        selected = id;
        renderTable(table, overview, outlines, ctx, selected);
      },
    );
    replace(
      legend,
      ...classes.map((c) => {
        const swatch = h('span', { class: 'swatch' });
        swatch.style.backgroundColor = c.colour;
        return h('span', { class: 'council-step' }, swatch, c.min === c.max ? formatNumber(c.min) : `${formatNumber(c.min)}–${formatNumber(c.max)}`);
      }),
    );
    renderTable(table, overview, outlines, ctx, selected);
  };
  measureSelect.addEventListener('change', () => {
    measure = measureSelect.value as Measure;
    draw();
  });
  draw();
}

function renderTable(container: HTMLElement, overview: DistrictOverview, outlines: DistrictCollection, ctx: AppContext, selected: string | null): void {
  const names = new Map(outlines.features.map((f) => [f.id, f.properties.name]));
  const rows = [...overview.items].sort((a, b) => (names.get(a.id) ?? a.name).localeCompare(names.get(b.id) ?? b.name));
  const withoutTotal = Object.values(overview.withoutDistrict).reduce((a, b) => a + b, 0);
  replace(
    container,
    h(
      'table',
      { class: 'counts-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' } }, t('council.district')),
          ...STATUSES.map((s) => h('th', { attrs: { scope: 'col' } }, ctx.statusLabel(s))),
          h('th', { attrs: { scope: 'col' } }, t('council.total')),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((row) =>
          h(
            'tr',
            { class: row.id === selected ? 'is-selected' : '', dataset: { districtId: row.id } },
            h('th', { attrs: { scope: 'row' } }, row.name),
            ...STATUSES.map((s) => h('td', {}, formatNumber(row.counts[s]))),
            h('td', {}, formatNumber(row.total)),
          ),
        ),
        withoutTotal
          ? h(
              'tr',
              {},
              h('th', { attrs: { scope: 'row' } }, t('council.withoutDistrict')),
              ...STATUSES.map((s) => h('td', {}, formatNumber(overview.withoutDistrict[s]))),
              h('td', {}, formatNumber(withoutTotal)),
            )
          : null,
      ),
    ),
  );
}
