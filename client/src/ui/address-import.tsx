import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { AddressImport, AddressImportQuery, City } from '../api-types';
import type { AppContext } from '../context';
import { formatDateTime, formatNumber, t } from '../i18n';
import { ErrorSummary, FileField, FormErrorsContext, SelectField, useServerForm } from './fields';

/** How often the list is read again while an import runs. */
const POLL_MS = 2000;

const COUNTS = ['lines', 'inserted', 'changed', 'unchanged', 'gone', 'matched', 'rejected', 'skipped'] as const;

/**
 * Loads the official addresses: NRW's Gebäudereferenzen as published, or a city's own list as CSV. The upload is
 * answered only when the import has finished, so meanwhile the imports list is read every two seconds and shows
 * the progress, also of an import another administrator started.
 */
export function AddressImportPanel({ ctx, cities }: { ctx: AppContext; cities: City[] }) {
  const file = useSignal<File | null>(null);
  const format = useSignal<'gebref' | 'csv'>('gebref');
  const city = useSignal('');
  const imports = useSignal<AddressImport[] | null>(null);
  const { errors, form, busy, submit } = useServerForm();

  const load = () =>
    ctx.api.addressImports().then(
      (list) => void (imports.value = list),
      () => undefined,
    );
  useEffect(() => void load(), []);
  const running = busy.value || (imports.value ?? []).some((i) => i.state === 'running');
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [running]);

  const run = async () => {
    const chosen = file.value;
    let report: AddressImport | null = null;
    const query: AddressImportQuery = { format: format.value, ...(city.value && { city: city.value }) };
    const ok = await submit(async () => {
      if (!chosen) throw new Error(t('addresses.fileHint'));
      report = await ctx.api.importAddresses(chosen, query);
    });
    await load();
    const done = report as AddressImport | null;
    if (ok && done) ctx.toast(t('addresses.done', { inserted: done.inserted, changed: done.changed, gone: done.gone, matched: done.matched }));
  };

  return (
    <section class="admin-section" aria-labelledby="addresses-heading">
      <h2 id="addresses-heading">{t('addresses.heading')}</h2>
      <p class="muted">{t('addresses.intro')}</p>
      <FormErrorsContext.Provider value={errors}>
        <form
          ref={form}
          class="admin-form"
          aria-labelledby="addresses-heading"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <FileField label={t('addresses.file')} accept=".txt,.csv,.zip,text/plain,text/csv,application/zip" file={file} />
          <p class="muted">{t('addresses.fileHint')}</p>
          <SelectField
            label={t('addresses.format')}
            path="format"
            name="format"
            value={format}
            choices={[
              { value: 'gebref', label: t('addresses.format.gebref') },
              { value: 'csv', label: t('addresses.format.csv') },
            ]}
          />
          {!ctx.user.city && cities.length > 0 && (
            <SelectField
              label={t('field.cityAgs')}
              path="city"
              name="city"
              value={city}
              choices={cities.map((c) => ({ value: c.ags, label: `${c.name} (${c.ags})` }))}
              empty={t('addresses.everyCity')}
            />
          )}
          <ErrorSummary title={t('operation.errors')} />
          <div class="form-actions">
            <button class="button button--primary" type="submit" disabled={running}>
              {running ? t('addresses.running') : t('addresses.start')}
            </button>
          </div>
        </form>
      </FormErrorsContext.Provider>
      {imports.value && <ImportList imports={imports.value} />}
    </section>
  );
}

function ImportList({ imports }: { imports: AddressImport[] }) {
  if (!imports.length) return <p class="muted">{t('addresses.none')}</p>;
  const latest = imports[0];
  return (
    <div aria-live="polite">
      <div class="admin-table" role="region" aria-label={t('addresses.imports')} tabIndex={0}>
        <table>
          <caption>{t('addresses.imports')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('addresses.startedAt')}</th>
              <th scope="col">{t('addresses.state')}</th>
              {COUNTS.map((c) => (
                <th scope="col" key={c}>
                  {t(`addresses.count.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {imports.map((i) => (
              <tr key={i.id} data-state={i.state}>
                <th scope="row">{formatDateTime(i.startedAt)}</th>
                <td>{t(`addresses.state.${i.state}`)}</td>
                {COUNTS.map((c) => (
                  <td key={c}>{formatNumber(i[c])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {latest.message && <p class="form-errors">{latest.message}</p>}
      {latest.problems.length > 0 && (
        <>
          <h3>{t('addresses.problems')}</h3>
          <ul class="import-problems">
            {latest.problems.map((p) => (
              <li key={p.line}>{t('addresses.problem', { line: p.line, message: p.message })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
