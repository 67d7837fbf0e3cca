import { useSignal } from '@preact/signals';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { City, KatasterColumns, KatasterImportRecord, KatasterImportReport, KatasterMapping } from '../api-types';
import type { AppContext } from '../context';
import { formatDateTime, formatNumber, label, t, type MessageKey } from '../i18n';
import { openOverlay } from './overlay';
import { ErrorSummary, Field, FileField, FormErrorsContext, SelectField, TextField, useServerForm } from './fields';

/** Every field a column can be read as, in the order the form offers them; typed as a Record, so a field the server adds is not forgotten. */
const FIELDS = Object.keys({
  street: true,
  houseNumber: true,
  houseNumberSuffix: true,
  postcode: true,
  district: true,
  lat: true,
  lon: true,
  owner: true,
  manager: true,
  fileReference: true,
  declaredOn: true,
  personsAffected: true,
  childrenAffected: true,
  renovationStartedOn: true,
  liftedOn: true,
  reletOn: true,
  closedOn: true,
  closeReason: true,
  note: true,
} satisfies Record<keyof KatasterColumns, true>) as Array<keyof KatasterColumns>;
type Columns = Partial<Record<keyof KatasterColumns, string>>;

/** Opens the panel over the lead's map; closing it returns to where the lead was. */
export function openKatasterImport(ctx: AppContext): void {
  openOverlay((close) => <KatasterDialog ctx={ctx} onClose={close} />);
}

function KatasterDialog({ ctx, onClose }: { ctx: AppContext; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  // A Land role's lead names the city the list is for.
  const cities = useSignal<City[]>([]);
  useEffect(() => {
    if (!ctx.user.city)
      ctx.api.cities().then(
        (all) => void (cities.value = all),
        () => ctx.toast(t('users.citiesFailed'), 'error'),
      );
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    heading.current?.focus();
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div class="kataster-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-heading`}>
      <div class="kataster-dialog-head">
        <h2 id={`${id}-heading`} tabIndex={-1} ref={heading}>
          {t('kataster.heading')}
        </h2>
        <button class="button" type="button" onClick={onClose}>
          {t('kataster.close')}
        </button>
      </div>
      <KatasterImportPanel ctx={ctx} cities={cities.value} headed={false} />
    </div>
  );
}

/**
 * Takes over the city's existing list of problem buildings: a trial run shows what would happen row by row, the
 * column choice is saved for the city, and only a trial of the same file with the saved choice unlocks the import.
 */
export function KatasterImportPanel({ ctx, cities, headed = true }: { ctx: AppContext; cities: City[]; headed?: boolean }) {
  const file = useSignal<File | null>(null);
  const sheet = useSignal('');
  const city = useSignal('');
  const report = useSignal<KatasterImportReport | null>(null);
  // The file, sheet and city the shown trial was made with: the import is for exactly those.
  const trialOf = useSignal<{ file: File; sheet: string; city: string } | null>(null);
  const columns = useSignal<Columns>({});
  const saved = useSignal<KatasterMapping | null>(null);
  const imports = useSignal<KatasterImportRecord[] | null>(null);
  const { errors, form, busy, submit } = useServerForm();
  const cityParam = () => city.value || undefined;

  const loadSaved = () =>
    Promise.all([ctx.api.katasterMapping(cityParam()), ctx.api.katasterImports(cityParam())]).then(
      ([mapping, list]) => {
        saved.value = mapping;
        imports.value = list;
      },
      () => undefined,
    );
  // A Land role works on one city at a time: the first until another is chosen, nothing before the cities are known.
  useEffect(() => {
    if (!ctx.user.city && !city.value && cities[0]) city.value = cities[0].ags;
  }, [cities]);
  useEffect(() => {
    if (ctx.user.city || city.value) void loadSaved();
  }, [city.value]);

  const trial = async () => {
    const chosen = file.value;
    await submit(async () => {
      if (!chosen) throw new Error(t('kataster.fileHint'));
      const answer = await ctx.api.importKataster(chosen, { dryRun: 'true', sheet: sheet.value || undefined, city: cityParam() });
      report.value = answer;
      trialOf.value = { file: chosen, sheet: sheet.value, city: city.value };
      columns.value = { ...answer.columns };
    });
  };

  const saveColumns = async () => {
    const ok = await submit(async () => {
      saved.value = await ctx.api.saveKatasterMapping(columns.value as KatasterColumns, saved.value?.version ?? 0, cityParam());
    });
    if (ok) {
      ctx.toast(t('kataster.columnsSaved'));
      await trial();
    }
  };

  const importNow = async () => {
    const of = trialOf.value;
    if (!of) return;
    const ok = await submit(async () => {
      report.value = await ctx.api.importKataster(of.file, { sheet: of.sheet || undefined, city: of.city || undefined, fileName: of.file.name });
    });
    await loadSaved();
    const done = report.value;
    if (ok && done && !done.dryRun) {
      ctx.toast(done.alreadyImported ? t('kataster.alreadyImported') : t('kataster.done', { created: done.created, decisions: done.decisions }));
    }
  };

  const current = report.value;
  const sameTrial = trialOf.value !== null && trialOf.value.file === file.value && trialOf.value.sheet === sheet.value && trialOf.value.city === city.value;
  const changed = current !== null && FIELDS.some((f) => (columns.value[f] ?? '') !== (current.columns[f] ?? ''));
  const ready = current?.dryRun === true && sameTrial && current.columnsSaved && !changed;

  return (
    <section class="admin-section kataster-import" aria-labelledby="kataster-heading">
      {headed ? <h2 id="kataster-heading">{t('kataster.heading')}</h2> : <h3 id="kataster-heading">{t('kataster.steps')}</h3>}
      <p class="muted">{t('kataster.intro')}</p>
      <FormErrorsContext.Provider value={errors}>
        <form
          ref={form}
          class="admin-form"
          aria-labelledby="kataster-heading"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void trial();
          }}
        >
          <FileField label={t('kataster.file')} accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" file={file} />
          <p class="muted">{t('kataster.fileHint')}</p>
          <TextField label={t('field.sheet')} path="sheet" name="sheet" value={sheet} />
          {!ctx.user.city && cities.length > 0 && (
            <SelectField
              label={t('field.cityAgs')}
              path="city"
              name="city"
              value={city}
              choices={cities.map((c) => ({ value: c.ags, label: `${c.name} (${c.ags})` }))}
            />
          )}
          {current && sameTrial && (
            <fieldset class="kataster-columns">
              <legend>{t('kataster.columns')}</legend>
              <p class="muted">{current.columnsSaved && !changed ? t('kataster.columnsAreSaved') : t('kataster.columnsToSave')}</p>
              {FIELDS.map((field) => (
                <ColumnChoice key={field} field={field} headings={current.headings} columns={columns} />
              ))}
              <div class="form-actions">
                <button class="button" type="button" disabled={busy.value || (current.columnsSaved && !changed)} onClick={() => void saveColumns()}>
                  {t('kataster.saveColumns')}
                </button>
              </div>
            </fieldset>
          )}
          <ErrorSummary title={t('operation.errors')} />
          <div class="form-actions">
            <button class="button" type="submit" disabled={busy.value}>
              {t('kataster.trial')}
            </button>
            <button class="button button--primary" type="button" disabled={busy.value || !ready} onClick={() => void importNow()}>
              {t('kataster.import')}
            </button>
          </div>
        </form>
      </FormErrorsContext.Provider>
      {current && <ReportView report={current} />}
      {imports.value && <ImportList imports={imports.value} />}
    </section>
  );
}

function ColumnChoice({ field, headings, columns }: { field: keyof KatasterColumns; headings: string[]; columns: { value: Columns } }) {
  const value = columns.value[field] ?? '';
  const required = field === 'street' || field === 'houseNumber';
  return (
    <Field label={t(`kataster.field.${field}` as MessageKey) + (required ? ' *' : '')} path={`columns.${field}`}>
      {(control) => (
        <select
          {...control}
          name={`columns.${field}`}
          value={value}
          onChange={(e) => (columns.value = { ...columns.value, [field]: e.currentTarget.value || undefined })}
        >
          <option value="">{t('kataster.notRead')}</option>
          {headings.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function ReportView({ report }: { report: KatasterImportReport }) {
  const rowProblems = (row: number) => report.problems.filter((p) => p.row === row);
  const columnProblems = rowProblems(0);
  return (
    <div class="kataster-report" aria-live="polite" data-dry-run={String(report.dryRun)}>
      <h3>{report.dryRun ? t('kataster.trialResult') : t('kataster.importResult')}</h3>
      <p class="kataster-summary">
        {t('kataster.summary', {
          rows: formatNumber(report.rows),
          created: formatNumber(report.created),
          existing: formatNumber(report.existing),
          rejected: formatNumber(report.rejected),
          parties: formatNumber(report.parties),
          decisions: formatNumber(report.decisions),
        })}
      </p>
      {report.alreadyImported && <p class="notice">{t('kataster.sameFile')}</p>}
      <p class="muted">{t('kataster.fileHash', { sha256: report.sha256.slice(0, 16) })}</p>
      {columnProblems.length > 0 && (
        <ul class="form-errors">
          {columnProblems.map((p) => (
            <li key={`${p.field}-${p.code}`}>
              {t(`kataster.field.${p.field}` as MessageKey)}: {t(`kataster.problem.${p.code}` as MessageKey)}
            </li>
          ))}
        </ul>
      )}
      {report.results.length > 0 && (
        <div class="admin-table" role="region" aria-label={t('kataster.rows')} tabIndex={0}>
          <table>
            <caption>{t('kataster.rows')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kataster.row')}</th>
                <th scope="col">{t('kataster.outcome')}</th>
                <th scope="col">{t('operation.street')}</th>
                <th scope="col">{t('kataster.placement')}</th>
                <th scope="col">{t('filters.district')}</th>
                <th scope="col">{t('kataster.decisions')}</th>
                <th scope="col">{t('kataster.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {report.results.map((r) => (
                <tr key={r.row} data-outcome={r.outcome}>
                  <th scope="row">{r.row}</th>
                  <td>{t(`kataster.outcome.${r.outcome}`)}</td>
                  <td>{r.address ?? ''}</td>
                  <td>{r.placement ? t(`kataster.placement.${r.placement}`) : ''}</td>
                  <td>{r.district ?? ''}</td>
                  <td>{r.decisions.map((d) => label('decisionType', d)).join(', ')}</td>
                  <td>
                    {rowProblems(r.row).map((p) => (
                      <div key={`${p.field}-${p.code}`} class={p.severity === 'error' ? 'kataster-error' : 'kataster-warning'} title={p.message}>
                        {p.column ? `${p.column}: ` : ''}
                        {t(`kataster.problem.${p.code}` as MessageKey)}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function ImportList({ imports }: { imports: KatasterImportRecord[] }) {
  if (!imports.length) return <p class="muted">{t('kataster.none')}</p>;
  return (
    <div class="admin-table" role="region" aria-label={t('kataster.imports')} tabIndex={0}>
      <table>
        <caption>{t('kataster.imports')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kataster.importedAt')}</th>
            <th scope="col">{t('field.fileName')}</th>
            <th scope="col">{t('kataster.count.rows')}</th>
            <th scope="col">{t('kataster.count.created')}</th>
            <th scope="col">{t('kataster.count.existing')}</th>
            <th scope="col">{t('kataster.count.rejected')}</th>
            <th scope="col">{t('kataster.count.decisions')}</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr key={i.id}>
              <th scope="row">{formatDateTime(i.createdAt)}</th>
              <td>{i.fileName ?? ''}</td>
              <td>{formatNumber(i.rows)}</td>
              <td>{formatNumber(i.created)}</td>
              <td>{formatNumber(i.existing)}</td>
              <td>{formatNumber(i.rejected)}</td>
              <td>{formatNumber(i.decisions)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
