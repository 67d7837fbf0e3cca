import './summary-dashboard.css';
import { useSignal } from '@preact/signals';
import { useEffect, useId, useRef } from 'preact/hooks';
import { ApiError } from '../api';
import { errorText, fieldErrorLine } from '../problem-text';
import type { City, Summary, SummaryFigure, SummaryQuery, SummaryRow } from '../api-types';
import type { AppContext } from '../context';
import { formatDate } from '../i18n';
import { SceneSvg } from './chart-scene';
import { openOverlay } from './overlay';
import { st } from './summary-texts';
import { addDays, cityToday } from '../city-day';

const KEY_FIGURES = ['sinceStart.declared', 'sinceStart.reletAfterDeclaration', 'buildings.known', 'operations.total', 'inPeriod.declared', 'persons.affected'];
const PRESETS = [
  ['last12', 'presetLast12'],
  ['lastYear', 'presetLastYear'],
  ['thisYear', 'presetThisYear'],
  ['custom', 'presetCustom'],
] as const;

/** Preset periods relative to the city's today (YYYY-MM-DD): the last twelve months, last calendar year, this year so far. */
export function presetPeriod(preset: string, today = cityToday()): SummaryQuery | null {
  const year = Number(today.slice(0, 4));
  if (preset === 'last12') {
    const sameDayLastYear = new Date(Date.UTC(year - 1, Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10))));
    return { from: addDays(sameDayLastYear.toISOString().slice(0, 10), 1), to: today };
  }
  if (preset === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: today };
  return null;
}

/** Opens the "Lagebericht" over the current view; closing it returns to exactly where the user was. */
export function openSummaryDashboard(ctx: AppContext): void {
  openOverlay((close) => <SummaryDashboard ctx={ctx} onClose={close} />);
}

interface Status {
  text: string;
  error?: boolean;
}

function SummaryDashboard({ ctx, onClose }: { ctx: AppContext; onClose: () => void }) {
  const initial = presetPeriod('last12')!;
  const preset = useSignal('last12');
  const from = useSignal(initial.from);
  const to = useSignal(initial.to);
  // A Land role chooses the city summarised, each city's council report being its own; a city's user sees theirs.
  const cities = useSignal<City[]>([]);
  const city = useSignal('');
  const district = useSignal('');
  const districts = useSignal<SummaryRow[]>([]);
  const summary = useSignal<Summary | null>(null);
  const status = useSignal<Status>({ text: '' });
  const busy = useSignal(false);
  // Only the answer to the latest choice is shown: a slow summary for a period chosen before must not replace it.
  const latest = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    heading.current?.focus();
    void loadCities().then(load);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const query = (): SummaryQuery => ({ from: from.value, to: to.value, city: city.value || undefined, district: district.value || undefined });

  async function loadCities(): Promise<void> {
    if (ctx.user.city) return;
    try {
      cities.value = await ctx.api.cities();
      city.value = cities.value[0]?.ags ?? '';
    } catch (error) {
      showError(error);
    }
  }
  const chooseCity = (ags: string) => {
    city.value = ags;
    // Another city's Stadtbezirke: the list is rebuilt from its report.
    district.value = '';
    districts.value = [];
  };
  const showError = (error: unknown) => {
    const fields = error instanceof ApiError ? error.fieldErrors.map(fieldErrorLine).join('; ') : '';
    status.value = { text: st('error', { message: fields || errorText(error) }), error: true };
  };

  async function load(): Promise<void> {
    const request = ++latest.current;
    status.value = { text: st('loading') };
    busy.value = true;
    try {
      const answer = await ctx.api.summary(query());
      if (request !== latest.current) return;
      // The district filter offers the Stadtbezirke of a city-wide report (kept while one district is shown).
      if (!answer.district) districts.value = answer.rows.filter((r) => r.districtId && !r.total);
      summary.value = answer;
      status.value = {
        text: st('period', {
          from: formatDate(answer.period.from),
          to: formatDate(answer.period.to),
          prevFrom: formatDate(answer.previousPeriod.from),
          prevTo: formatDate(answer.previousPeriod.to),
        }),
      };
    } catch (error) {
      if (request === latest.current) showError(error);
    } finally {
      if (request === latest.current) busy.value = false;
    }
  }

  async function download(format: 'csv' | 'pdf'): Promise<void> {
    status.value = { text: st('downloading') };
    try {
      const { blob, fileName } = await ctx.api.summaryFile(query(), format);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      Object.assign(link, { href: url, download: fileName, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      status.value = { text: st('downloaded', { file: fileName }) };
    } catch (error) {
      showError(error);
    }
  }

  const choosePeriod = (value: string) => {
    preset.value = value;
    const period = presetPeriod(value);
    if (period) [from.value, to.value] = [period.from, period.to];
  };
  const typeDate = (target: typeof from, value: string) => {
    target.value = value;
    preset.value = 'custom';
  };

  return (
    <section class="summary-dashboard" role="dialog" aria-modal="true" aria-labelledby={`${id}-heading`}>
      <div class="summary-head">
        <h2 id={`${id}-heading`} tabIndex={-1} ref={heading}>
          {st('heading')}
        </h2>
        <button class="button summary-close" type="button" onClick={onClose}>
          {st('close')}
        </button>
      </div>
      <form
        class="summary-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void load();
        }}
      >
        <div class="field">
          <label for={`${id}-preset`}>{st('preset')}</label>
          <select id={`${id}-preset`} value={preset} onChange={(e) => choosePeriod(e.currentTarget.value)}>
            {PRESETS.map(([value, text]) => (
              <option key={value} value={value}>
                {st(text)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-from`}>{st('from')}</label>
          <input id={`${id}-from`} type="date" name="from" required value={from} onInput={(e) => typeDate(from, e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${id}-to`}>{st('to')}</label>
          <input id={`${id}-to`} type="date" name="to" required value={to} onInput={(e) => typeDate(to, e.currentTarget.value)} />
        </div>
        {cities.value.length > 1 && (
          <div class="field">
            <label for={`${id}-city`}>{st('city')}</label>
            <select id={`${id}-city`} name="city" value={city} onChange={(e) => chooseCity(e.currentTarget.value)}>
              {cities.value.map((c) => (
                <option key={c.ags} value={c.ags}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for={`${id}-district`}>{st('district')}</label>
          <select id={`${id}-district`} name="district" value={district} onChange={(e) => (district.value = e.currentTarget.value)}>
            <option value="">{st('wholeCity')}</option>
            {districts.value.map((r) => (
              <option key={r.districtId} value={r.districtId!}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div class="summary-actions">
          <button class="button button--primary" type="submit">
            {st('show')}
          </button>
          {(['csv', 'pdf'] as const).map((format) => (
            <button key={format} class="button" type="button" data-format={format} onClick={() => void download(format)}>
              {st(format)}
            </button>
          ))}
        </div>
      </form>
      <p class={`summary-status${status.value.error ? ' summary-status--error' : ''}`} role="status" aria-live="polite">
        {status.value.text}
      </p>
      <div class="summary-content" aria-busy={busy.value ? 'true' : undefined}>
        {summary.value && <SummaryReport summary={summary.value} />}
      </div>
    </section>
  );
}

function SummaryReport({ summary }: { summary: Summary }) {
  // A district's report leads with that district's figures, never the city's.
  const total = summary.rows.find((r) => (summary.district ? r.districtId === summary.district.id : r.total))!;
  const figures = new Map(summary.figures.map((f) => [f.key, f]));
  return (
    <>
      <h3 class="summary-title">{`${summary.title}${summary.city ? ` – ${summary.city}` : ''}${summary.district ? ` – ${summary.district.name}` : ''}`}</h3>
      <div class="summary-tiles">
        {KEY_FIGURES.map((key) => (
          <div key={key} class="summary-tile" data-figure={key}>
            <strong>{total.cells[key].display}</strong>
            <span>{figures.get(key)?.label ?? key}</span>
          </div>
        ))}
      </div>
      <section class="summary-charts" aria-label={st('charts')}>
        {(
          [
            ['statusBars', 'status'],
            ['quarterly', 'quarterly'],
            ['choropleth', 'map'],
          ] as const
        ).map(([name, kind]) => (
          <figure key={name}>
            <SceneSvg scene={summary.charts.scenes[name]} class={`summary-chart--${kind}`} />
            <figcaption>{summary.charts.scenes[name].title}</figcaption>
          </figure>
        ))}
      </section>
      <p class="muted">{st('changeNote', { deviation: summary.method.maxDeviation, min: summary.method.minCell })}</p>
      {summary.topics
        .filter((topic) => topic.figureKeys.length)
        .map((topic) => (
          <TopicTable key={topic.key} title={topic.title} keys={topic.figureKeys} rows={summary.rows} figures={figures} />
        ))}
      <MethodSection summary={summary} />
    </>
  );
}

function TopicTable({
  title,
  keys,
  rows,
  figures,
}: {
  title: string;
  keys: readonly string[];
  rows: readonly SummaryRow[];
  figures: Map<string, SummaryFigure>;
}) {
  return (
    <section class="summary-topic">
      <h4>{title}</h4>
      {/* Focusable, so a table wider than the screen can be scrolled sideways with the keyboard. */}
      <div class="summary-table-wrap" tabIndex={0} role="region" aria-label={title}>
        <table class="summary-table">
          <thead>
            <tr>
              <th scope="col">{st('figure')}</th>
              {rows.map((r) => (
                <th key={r.label} scope="col" class={r.total ? 'is-total' : ''}>
                  {r.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key} data-figure={key}>
                <th scope="row" title={figures.get(key)?.definition ?? ''}>
                  {figures.get(key)?.label ?? key}
                </th>
                {rows.map((r) => (
                  <td key={r.label} class={r.total ? 'is-total' : ''}>
                    {r.cells[key].display}
                    <span class="summary-change">{r.cells[key].changeDisplay}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MethodSection({ summary: { method: m } }: { summary: Summary }) {
  return (
    <details class="summary-method">
      <summary>{st('method')}</summary>
      {[m.period, m.previousPeriod, m.dataAsOfText, m.sources, m.visibilityRule, m.perturbationRule, m.fingerprintMethod].map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      <p>
        {`${st('fingerprint')}: `}
        <code class="summary-fingerprint">{m.fingerprint}</code>
      </p>
      <h5>{st('definitions')}</h5>
      <dl>{m.definitions.flatMap((d) => [<dt key={`${d.key}-t`}>{d.label}</dt>, <dd key={`${d.key}-d`}>{d.definition}</dd>])}</dl>
    </details>
  );
}
