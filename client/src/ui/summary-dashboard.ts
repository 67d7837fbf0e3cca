import './summary-dashboard.css';
import { ApiError } from '../api';
import type { AppContext } from '../context';
import { h, replace, uniqueId } from '../dom';
import { formatDate } from '../i18n';
import { districtMap, quarterlyChart, statusBarsChart } from './summary-charts';
import { st } from './summary-texts';
import type { Summary, SummaryQuery, SummaryRow } from '../api-types';

const KEY_FIGURES = ['sinceStart.declared', 'sinceStart.reletAfterDeclaration', 'buildings.known', 'operations.total', 'inPeriod.declared', 'persons.affected'];

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Preset periods relative to today: the last twelve months, last calendar year, this year so far. */
export function presetPeriod(preset: string, today = new Date()): SummaryQuery | null {
  const year = today.getUTCFullYear();
  if (preset === 'last12') {
    const from = new Date(Date.UTC(year - 1, today.getUTCMonth(), today.getUTCDate() + 1));
    return { from: iso(from), to: iso(today) };
  }
  if (preset === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: iso(today) };
  return null;
}

/** Opens the "Lagebericht" over the current view; closing it returns to exactly where the user was. */
export function openSummaryDashboard(ctx: AppContext): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const headingId = uniqueId('summary-heading');
  const status = h('p', { class: 'summary-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const content = h('div', { class: 'summary-content' });
  const initial = presetPeriod('last12')!;
  const fromInput = h('input', { attrs: { type: 'date', id: uniqueId('summary-from'), name: 'from', required: true }, value: initial.from });
  const toInput = h('input', { attrs: { type: 'date', id: uniqueId('summary-to'), name: 'to', required: true }, value: initial.to });
  const presetSelect = h(
    'select',
    { attrs: { id: uniqueId('summary-preset') } },
    ...(['last12', 'lastYear', 'thisYear', 'custom'] as const).map((p) =>
      h(
        'option',
        { value: p },
        st(p === 'last12' ? 'presetLast12' : p === 'lastYear' ? 'presetLastYear' : p === 'thisYear' ? 'presetThisYear' : 'presetCustom'),
      ),
    ),
  );
  const districtSelect = h('select', { attrs: { id: uniqueId('summary-district'), name: 'district' } }, h('option', { value: '' }, st('wholeCity')));
  const field = (control: HTMLElement, text: string) => h('div', { class: 'field' }, h('label', { attrs: { for: control.id } }, text), control);
  const download = (format: 'csv' | 'pdf') =>
    h('button', { class: 'button', attrs: { type: 'button', 'data-format': format }, on: { click: () => void fetchFile(format) } }, st(format));
  const form = h(
    'form',
    { class: 'summary-form', attrs: { novalidate: true } },
    field(presetSelect, st('preset')),
    field(fromInput, st('from')),
    field(toInput, st('to')),
    field(districtSelect, st('district')),
    h(
      'div',
      { class: 'summary-actions' },
      h('button', { class: 'button button--primary', attrs: { type: 'submit' } }, st('show')),
      download('csv'),
      download('pdf'),
    ),
  );
  const close = () => {
    document.removeEventListener('keydown', onKey);
    overlay.remove();
    opener?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  const overlay = h(
    'section',
    { class: 'summary-dashboard', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': headingId } },
    h(
      'div',
      { class: 'summary-head' },
      h('h2', { attrs: { id: headingId, tabindex: -1 } }, st('heading')),
      h('button', { class: 'button summary-close', attrs: { type: 'button' }, on: { click: close } }, st('close')),
    ),
    form,
    status,
    content,
  );
  document.body.append(overlay);
  document.addEventListener('keydown', onKey);
  overlay.querySelector<HTMLElement>(`#${headingId}`)?.focus();

  const query = (): SummaryQuery => ({ from: fromInput.value, to: toInput.value, district: districtSelect.value || undefined });
  const showError = (error: unknown) => {
    const fields = error instanceof ApiError ? [...error.messagesByField().entries()].map(([f, m]) => `${f}: ${m.join(', ')}`).join('; ') : '';
    status.textContent = st('error', { message: fields || (error instanceof Error ? error.message : String(error)) });
    status.classList.add('summary-status--error');
  };
  // Only the answer to the latest choice is shown: a slow summary for a period chosen before must not replace it.
  let latest = 0;
  const load = async () => {
    const request = ++latest;
    status.classList.remove('summary-status--error');
    status.textContent = st('loading');
    content.setAttribute('aria-busy', 'true');
    try {
      const summary = await ctx.api.summary(query());
      if (request !== latest) return;
      fillDistricts(districtSelect, summary);
      renderSummary(content, summary);
      status.textContent = st('period', {
        from: formatDate(summary.period.from),
        to: formatDate(summary.period.to),
        prevFrom: formatDate(summary.previousPeriod.from),
        prevTo: formatDate(summary.previousPeriod.to),
      });
    } catch (error) {
      if (request === latest) showError(error);
    } finally {
      if (request === latest) content.removeAttribute('aria-busy');
    }
  };
  async function fetchFile(format: 'csv' | 'pdf'): Promise<void> {
    status.classList.remove('summary-status--error');
    status.textContent = st('downloading');
    try {
      const { blob, fileName } = await ctx.api.summaryFile(query(), format);
      const url = URL.createObjectURL(blob);
      const link = h('a', { attrs: { href: url, download: fileName, hidden: true } });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      status.textContent = st('downloaded', { file: fileName });
    } catch (error) {
      showError(error);
    }
  }
  presetSelect.addEventListener('change', () => {
    const period = presetPeriod(presetSelect.value);
    if (period) [fromInput.value, toInput.value] = [period.from, period.to];
  });
  for (const input of [fromInput, toInput]) input.addEventListener('input', () => (presetSelect.value = 'custom'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  void load();
}

/** The district filter offers the Stadtbezirke of the report (kept when one district is shown). */
function fillDistricts(select: HTMLSelectElement, summary: Summary): void {
  if (summary.district) return;
  const current = select.value;
  replace(
    select,
    h('option', { value: '' }, st('wholeCity')),
    ...summary.rows.filter((r) => r.districtId && !r.total).map((r) => h('option', { value: r.districtId! }, r.label)),
  );
  select.value = current;
}

function renderSummary(container: HTMLElement, summary: Summary): void {
  const total = summary.rows.find((r) => r.total)!;
  const figure = new Map(summary.figures.map((f) => [f.key, f]));
  replace(
    container,
    h('h3', { class: 'summary-title' }, `${summary.title}${summary.city ? ` – ${summary.city}` : ''}${summary.district ? ` – ${summary.district.name}` : ''}`),
    h(
      'div',
      { class: 'summary-tiles' },
      ...KEY_FIGURES.map((key) =>
        h('div', { class: 'summary-tile', dataset: { figure: key } }, h('strong', {}, total.cells[key].display), h('span', {}, figure.get(key)?.label ?? key)),
      ),
    ),
    h(
      'section',
      { class: 'summary-charts', attrs: { 'aria-label': st('charts') } },
      h('figure', {}, statusBarsChart(summary), h('figcaption', {}, st('statusChart'))),
      h('figure', {}, quarterlyChart(summary.charts.quarterly), h('figcaption', {}, st('quarterChart'))),
      h('figure', {}, districtMap(summary.charts.choropleth, summary.district?.id ?? null), h('figcaption', {}, summary.charts.choropleth.caption)),
    ),
    h('p', { class: 'muted' }, st('changeNote', { min: summary.method.minCell })),
    ...summary.topics.filter((t) => t.figureKeys.length).map((topic) => topicTable(topic.title, topic.figureKeys, summary.rows, figure)),
    methodSection(summary),
  );
}

function topicTable(title: string, keys: readonly string[], rows: readonly SummaryRow[], figures: Map<string, Summary['figures'][number]>): HTMLElement {
  return h(
    'section',
    { class: 'summary-topic' },
    h('h4', {}, title),
    h(
      'div',
      { class: 'summary-table-wrap' },
      h(
        'table',
        { class: 'summary-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'col' } }, st('figure')),
            ...rows.map((r) => h('th', { attrs: { scope: 'col' }, class: r.total ? 'is-total' : '' }, r.label)),
          ),
        ),
        h(
          'tbody',
          {},
          ...keys.map((key) =>
            h(
              'tr',
              { dataset: { figure: key } },
              h('th', { attrs: { scope: 'row', title: figures.get(key)?.definition ?? '' } }, figures.get(key)?.label ?? key),
              ...rows.map((r) =>
                h('td', { class: r.total ? 'is-total' : '' }, r.cells[key].display, h('span', { class: 'summary-change' }, r.cells[key].changeDisplay)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function methodSection(summary: Summary): HTMLElement {
  const m = summary.method;
  return h(
    'details',
    { class: 'summary-method' },
    h('summary', {}, st('method')),
    ...[m.period, m.previousPeriod, m.dataAsOfText, m.sources, m.visibilityRule, m.suppressionRule, m.fingerprintMethod].map((text) => h('p', {}, text)),
    h('p', {}, `${st('fingerprint')}: `, h('code', { class: 'summary-fingerprint' }, m.fingerprint)),
    h('h5', {}, st('definitions')),
    h('dl', {}, ...m.definitions.flatMap((d) => [h('dt', {}, d.label), h('dd', {}, d.definition)])),
  );
}
